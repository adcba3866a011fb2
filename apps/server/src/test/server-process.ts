import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../lib/free-port';

export const MAIN = path.resolve(__dirname, '../../dist/main.js');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The built server (dist/main.js) as a process, with everything it prints kept. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  exited: Promise<Exit>;
  /** Resolves once the process answers /readyz; rejects if it exits or takes longer than `ms`. */
  ready(ms?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Spawns the built server with `env` over the test defaults (no jobs, no demo data, warnings and
 * above). `group`: in a process group of its own, so a test can signal the group as Ctrl-C does;
 * `watch`: under `node --watch`, as `pnpm dev` runs it.
 * `pnpm test` builds it first.
 */
export async function spawnServerProcess(
  env: Record<string, string | undefined>,
  options: { group?: boolean; watch?: boolean } = {},
): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run pnpm build first`);
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, options.watch ? ['--watch', MAIN] : [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      JOBS: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...env,
      PORT: port,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.group ?? false,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  async function ready(ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      if (hasExited) throw new Error(`the server exited: ${output}`);
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the server did not start in ${ms / 1000} s: ${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    url,
    child,
    output: () => output,
    exited,
    ready,
    async stop() {
      if (!hasExited) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The built server as a process of its own on an existing database: what a second replica
 * behind the load balancer is, connected as the app role and migrating as the owner.
 */
export async function startServerProcess(
  databaseUrl: string,
  ownerUrl: string,
): Promise<ServerProcess> {
  const server = await spawnServerProcess({
    DATABASE_URL: databaseUrl,
    DATABASE_OWNER_URL: ownerUrl,
  });
  await server.ready();
  return server;
}
