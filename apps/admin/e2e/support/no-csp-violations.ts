import { cspViolations } from './browser';

// Every screen a test opened ran within the Content-Security-Policy.
afterEach(() => {
  const seen = cspViolations.splice(0);
  expect(seen).toEqual([]);
});
