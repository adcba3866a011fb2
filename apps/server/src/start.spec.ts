import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { TEMPLATE_EMPTY, TEST_ROLES, testDatabaseUrl, testOwnerUrl } from './test/constants';
import { freePort } from './lib/free-port';
import { spawnServerProcess } from './test/server-process';

/** Starts the server with `env`; it must stop by itself with exit 1, and says why. */
async function failedStart(env: Record<string, string>) {
  const started = Date.now();
  const server = await spawnServerProcess(env);
  const exit = await server.exited;
  return { ...exit, ms: Date.now() - started, output: server.output() };
}

function holdPort(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function withEmptyDatabase<T>(
  work: (url: string, ownerUrl: string) => Promise<T>,
): Promise<T> {
  const name = `wanxia_start_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: process.env.WANXIA_TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_EMPTY} OWNER ${TEST_ROLES.owner.name}`,
  );
  try {
    return await work(testDatabaseUrl(name), testOwnerUrl(name));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe('starting the server', () => {
  describe('a start that cannot succeed names its cause and the variable to change', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-start-'));
      await chmod(dataDir, 0o755);
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('pnpm start checks the settings and PORT before it builds anything', async () => {
      const check = (env: Record<string, string>) =>
        spawnSync(process.execPath, [path.resolve(__dirname, '../scripts/check-config.mjs')], {
          env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', ...env },
          encoding: 'utf8',
        });
      expect(check({ PORT: String(await freePort()) }).status).toBe(0);
      const bad = check({ PORT: '99999' });
      expect([bad.status, bad.stderr]).toEqual([1, expect.stringContaining('PORT="99999"')]);
      const port = await freePort();
      const held = await holdPort(port);
      try {
        const busy = check({ PORT: String(port) });
        expect([busy.status, busy.stderr]).toEqual([
          1,
          expect.stringContaining(`Port ${port} is in use by another program. Set PORT`),
        ]);
      } finally {
        held.close();
      }
    });

    it('a bad setting, at once', async () => {
      const result = await failedStart({ PORT: 'eighty' });
      expect(result.code).toBe(1);
      expect(result.output).toContain('PORT="eighty"');
      expect(result.ms).toBeLessThan(10_000);
    });

    it('a busy PORT, before anything is started', async () => {
      const port = await freePort();
      const held = await holdPort(port);
      try {
        const result = await failedStart({ PORT: String(port), DATA_DIR: dataDir });
        expect(result.code).toBe(1);
        expect(result.output).toContain(`Port ${port} is in use by another program. Set PORT`);
      } finally {
        held.close();
      }
    });

    it('a busy EMBEDDED_PG_PORT', async () => {
      const pgPort = await freePort();
      const held = await holdPort(pgPort);
      try {
        const result = await failedStart({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
        expect(result.code).toBe(1);
        expect(result.output).toContain(
          `Port ${pgPort} is in use by another program. Set EMBEDDED_PG_PORT`,
        );
        expect(result.output).not.toContain('undefined');
      } finally {
        held.close();
      }
    });

    it('a DATA_DIR whose cluster another PostgreSQL runs on (a server running, or one killed)', async () => {
      const first = await spawnServerProcess({
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(await freePort()),
      });
      try {
        await first.ready(90_000);
        const result = await failedStart({
          DATA_DIR: dataDir,
          EMBEDDED_PG_PORT: String(await freePort()),
        });
        expect(result.code).toBe(1);
        expect(result.output).toMatch(
          /A PostgreSQL \(process \d+\) already runs on the cluster in .*Stop it \(kill \d+\), or set DATA_DIR/s,
        );
      } finally {
        await first.stop();
      }
    }, 120_000);

    it('a DATA_DIR that cannot be created', async () => {
      const result = await failedStart({ DATA_DIR: path.join(__filename, 'data') });
      expect(result.code).toBe(1);
      expect(result.output).toMatch(
        /The data folder .* cannot be created or written .* Set DATA_DIR/,
      );
    });

    it('a DATABASE_URL that refuses connections, without its password', async () => {
      const port = await freePort();
      const result = await failedStart({
        DATABASE_URL: `postgres://wanxia:s3cret-pw@127.0.0.1:${port}/wanxia`,
      });
      expect(result.code).toBe(1);
      expect(result.output).toContain(
        `The PostgreSQL in DATABASE_URL (127.0.0.1:${port}) refuses connections`,
      );
      expect(result.output).toContain('Check DATABASE_URL');
      expect(result.output).not.toContain('s3cret-pw');
    });

    it('a DATABASE_URL whose host is unknown', async () => {
      const result = await failedStart({
        DATABASE_URL: 'postgres://wanxia:s3cret-pw@db.wanxia.invalid:5432/wanxia',
      });
      expect(result.code).toBe(1);
      expect(result.output).toMatch(
        /DATABASE_URL \(db\.wanxia\.invalid:5432\).*Check DATABASE_URL/,
      );
      expect(result.output).not.toContain('s3cret-pw');
    });

    it('a DATABASE_URL with a wrong password', async () => {
      const url = new URL(process.env.WANXIA_TEST_ADMIN_URL!);
      url.password = 's3cret-wrong';
      const result = await failedStart({ DATABASE_URL: url.toString() });
      expect(result.code).toBe(1);
      expect(result.output).toContain('refused the user name or password. Check DATABASE_URL');
      expect(result.output).not.toContain('s3cret-wrong');
    });
  });

  it('three processes at once on one empty database all come up; the demo data and accounts are loaded once', async () => {
    await withEmptyDatabase(async (url, ownerUrl) => {
      // The template is migrated already; start from nothing, as a new deployment does.
      const db = new Client({ connectionString: ownerUrl });
      await db.connect();
      await db.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      await db.end();

      const servers = await Promise.all(
        [1, 2, 3].map(() =>
          spawnServerProcess({
            DATABASE_URL: url,
            DATABASE_OWNER_URL: ownerUrl,
            SEED_DEMO: 'true',
            LOG_LEVEL: 'info',
          }),
        ),
      );
      try {
        await Promise.all(servers.map((server) => server.ready(180_000)));
        const loaded = servers.filter((s) => s.output().includes('demo data loaded')).length;
        expect(loaded).toBe(1);

        const check = new Client({ connectionString: url });
        await check.connect();
        const { rows } = await check.query(`SELECT
          (SELECT count(*)::int FROM branch) AS branches,
          (SELECT count(*)::int FROM member) AS members,
          (SELECT count(*)::int FROM app_user) AS users`);
        await check.end();
        expect(rows[0]).toEqual({ branches: 147, members: 6000, users: 5 });
      } finally {
        await Promise.all(servers.map((server) => server.stop()));
      }
    });
  }, 240_000);
});
