import type { ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const { __WANXIA_SERVER__: server, __WANXIA_DATA_DIR__: dataDir } = globalThis as {
  __WANXIA_SERVER__?: ChildProcess;
  __WANXIA_DATA_DIR__?: string;
};

/** The PostgreSQL still running on the cluster, by its lock file. */
async function postgresPid(): Promise<number | undefined> {
  const lock = await readFile(path.join(dataDir!, 'pg', 'postmaster.pid'), 'utf8').catch(() => '');
  return Number(lock.split('\n')[0]) || undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGTERM: the server drains, then stops its PostgreSQL; then the throw-away cluster (some
 * 270 MB) is deleted. A server that hangs is killed, and its PostgreSQL with it.
 */
export default async function globalTeardown(): Promise<void> {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    // The grace timer must not outlive the server: a pending timer would hold jest open.
    const grace = new AbortController();
    const ended = await Promise.race([
      exited.then(() => true),
      sleep(20_000, false, { signal: grace.signal }).catch(() => false),
    ]);
    grace.abort();
    if (!ended) server.kill('SIGKILL');
    server.stdout?.destroy();
    server.stderr?.destroy();
  }
  if (!dataDir) return;
  // The embedded PostgreSQL runs in a process group of its own: it outlives a killed server.
  const pid = await postgresPid();
  if (pid && alive(pid)) {
    process.kill(pid, 'SIGQUIT');
    while (alive(pid)) await sleep(100);
  }
  await rm(dataDir, { recursive: true, force: true });
}
