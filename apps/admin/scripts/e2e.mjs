// Runs the end-to-end tests when Chromium is there. Without it they are skipped with the reason
// printed, except in CI (CI=true), where .ci/run installs Chromium and a skip would hide a failure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const reason = `End-to-end tests need Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH).`;
  if (process.env.CI === 'true') {
    console.error(`${reason} CI must run them.`);
    process.exit(1);
  }
  console.warn(`SKIPPED: ${reason}`);
  process.exit(0);
}
const result = spawnSync('jest', ['-c', 'jest.e2e.config.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: true,
});
process.exit(result.status ?? 1);
