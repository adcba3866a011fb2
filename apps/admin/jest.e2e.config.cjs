/** End-to-end tests: the built console on the real server, in Debian's Chromium. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/e2e/support/no-csp-violations.ts'],
  // A scenario is a chain of steps, each waiting for the state the next needs (Playwright gives
  // each wait 30 s). The whole chain gets a loose bound: on a busy machine its length says
  // nothing about a fault, and a 90 s bound failed the funding and import scenarios there.
  testTimeout: 300000,
  maxWorkers: 1,
};
