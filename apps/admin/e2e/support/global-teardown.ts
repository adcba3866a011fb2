import type { ChildProcess } from 'node:child_process';

/** SIGTERM: the server drains, then stops its PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __WANXIA_SERVER__?: ChildProcess }).__WANXIA_SERVER__;
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
}
