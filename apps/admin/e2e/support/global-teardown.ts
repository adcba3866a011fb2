import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** SIGTERM: the server drains, then stops its PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __WANXIA_SERVER__?: ChildProcess }).__WANXIA_SERVER__;
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  // The grace timer must not outlive the server: a pending timer would hold jest open.
  const grace = new AbortController();
  await Promise.race([exited, sleep(20_000, undefined, { signal: grace.signal }).catch(() => {})]);
  grace.abort();
  server.stdout?.destroy();
  server.stderr?.destroy();
}
