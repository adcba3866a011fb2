import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { TEMPLATE_EMPTY, TEST_ROLES, testDatabaseUrl, testOwnerUrl } from './test/constants';
import { freePort } from './lib/free-port';
import { MAIN, spawnServerProcess, type ServerProcess } from './test/server-process';

/** Lines a clean start and stop must not print: warnings and errors, and stack frames. */
function errorLines(output: string): string[] {
  return output.split('\n').filter((line) => {
    if (line.startsWith('{')) return (JSON.parse(line) as { level: number }).level >= 40;
    return /error|^\s+at /i.test(line);
  });
}

/** The steps the server closed, in the order it closed them. */
function stepsStopped(output: string, nth = 0): string[] {
  const summary = output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg: string; closed?: { step: string }[] })
    .filter((entry) => entry.msg === 'stopped')[nth];
  return summary?.closed?.map((entry) => entry.step) ?? [];
}

const occurrences = (output: string, text: string) => output.split(text).length - 1;

/** Without it the start warns that there is no administrator yet. */
const FIRST_ADMIN = { ADMIN_USERNAME: 'chief', ADMIN_PASSWORD: 'a-long-enough-password' };

async function waitFor(server: ServerProcess, text: string, ms = 30_000, times = 1): Promise<void> {
  const deadline = Date.now() + ms;
  while (occurrences(server.output(), text) < times) {
    if (Date.now() > deadline) throw new Error(`"${text}" never came: ${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signals a running server with its job worker on; resolves with how it ended and how long it took. */
async function signalAndWait(server: ServerProcess, signal: NodeJS.Signals, group: boolean) {
  const started = Date.now();
  if (group) process.kill(-server.child.pid!, signal);
  else server.child.kill(signal);
  const exit = await server.exited;
  return { ...exit, ms: Date.now() - started };
}

describe('stopping the server', () => {
  describe('with the embedded PostgreSQL', () => {
    let dataDir: string;
    let pgPort: number;
    beforeAll(async () => {
      // Under the temp folder: as root, PostgreSQL's own user must reach the cluster.
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-stop-'));
      await chmod(dataDir, 0o755);
      pgPort = await freePort();
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it.each([
      ['SIGINT', false],
      ['SIGTERM', false],
      ['SIGINT', true],
    ] as const)(
      '%s (to the whole process group: %s) stops HTTP, the job worker, the pool, then PostgreSQL; exit 0 in < 10 s',
      async (signal, group) => {
        const server = await spawnServerProcess(
          {
            ...FIRST_ADMIN,
            DATA_DIR: dataDir,
            EMBEDDED_PG_PORT: String(pgPort),
            JOBS: 'true',
            LOG_LEVEL: 'info',
          },
          { group },
        );
        await server.ready(90_000);
        await waitFor(server, 'Worker connected');
        const postgresPid = Number(
          (await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0],
        );
        expect(isAlive(postgresPid)).toBe(true);

        const result = await signalAndWait(server, signal, group);
        process.stdout.write(
          `${signal}${group ? ' to the group' : ''}: exit ${result.code} in ${result.ms} ms\n`,
        );

        expect(result).toMatchObject({ code: 0, signal: null });
        expect(result.ms).toBeLessThan(10_000);
        expect(errorLines(server.output())).toEqual([]);
        expect(stepsStopped(server.output())).toEqual([
          'HTTP',
          'job worker',
          'database pool',
          'embedded PostgreSQL',
        ]);
        expect(isAlive(postgresPid)).toBe(false);
      },
      120_000,
    );

    it('under node --watch (pnpm dev), a restart on change stops the old server cleanly first', async () => {
      const server = await spawnServerProcess(
        {
          ...FIRST_ADMIN,
          DATA_DIR: dataDir,
          EMBEDDED_PG_PORT: String(pgPort),
          JOBS: 'true',
          LOG_LEVEL: 'info',
        },
        { group: true, watch: true },
      );
      await server.ready(90_000);
      await waitFor(server, 'Worker connected');
      // A recompiled file: the same content, written again.
      const changed = path.join(path.dirname(MAIN), 'kernel', 'clock.js');
      await writeFile(changed, await readFile(changed));
      await waitFor(server, 'is running', 60_000, 2);
      await waitFor(server, 'Worker connected', 30_000, 2);

      const result = await signalAndWait(server, 'SIGINT', true);
      expect(result).toMatchObject({ code: 0, signal: null });
      expect(errorLines(server.output())).toEqual([]);
      const everything = ['HTTP', 'job worker', 'database pool', 'embedded PostgreSQL'];
      expect([stepsStopped(server.output(), 0), stepsStopped(server.output(), 1)]).toEqual([
        everything,
        everything,
      ]);
    }, 180_000);
  });

  it('on an external PostgreSQL, SIGTERM closes HTTP, the worker and the pool and leaves the database up', async () => {
    const name = `wanxia_stop_${process.pid}`;
    const admin = new Client({ connectionString: process.env.WANXIA_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_EMPTY} OWNER ${TEST_ROLES.owner.name}`,
    );
    try {
      const server = await spawnServerProcess({
        ...FIRST_ADMIN,
        DATABASE_URL: testDatabaseUrl(name),
        DATABASE_OWNER_URL: testOwnerUrl(name),
        JOBS: 'true',
        LOG_LEVEL: 'info',
      });
      await server.ready();
      await waitFor(server, 'Worker connected');
      const result = await signalAndWait(server, 'SIGTERM', false);
      expect(result).toMatchObject({ code: 0, signal: null });
      expect(result.ms).toBeLessThan(10_000);
      expect(errorLines(server.output())).toEqual([]);
      expect(stepsStopped(server.output())).toEqual(['HTTP', 'job worker', 'database pool']);
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`,
        [name],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
