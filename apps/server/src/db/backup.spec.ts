import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger } from '../kernel/logger';
import { ensureFirstAdmin } from '../modules/user/accounts-seed';
import { startScratchPostgres } from '../test/scratch-postgres';
import { testDatabaseUrl, TEMPLATE_EMPTY } from '../test/constants';
import { backupDatabase, restoreDatabase } from './backup';
import { PostgresDatabase } from './database';
import { assertCanRead, findPgTools, type PgTools } from './pg-tools';

/** Every table's row count and a checksum of its rows, in a fresh connection. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(`
      SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY 1`);
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables as { name: string }[]) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM ${name} t`,
      );
      result[name] = rows[0] as { rows: number; md5: string };
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('the backup drill', () => {
  let tools: PgTools;
  let url: string;
  let stopServer: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    tools = await findPgTools(process.env.PG_BIN_DIR);
    // A server of pg_dump's own version when its folder has one; else the run's PostgreSQL.
    if (tools.binDir && existsSync(path.join(tools.binDir, 'postgres'))) {
      const scratch = await startScratchPostgres(tools.binDir);
      url = scratch.url;
      stopServer = scratch.stop;
    } else {
      const admin = new Client({ connectionString: process.env.WANXIA_TEST_ADMIN_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE wanxia_backup_drill TEMPLATE ${TEMPLATE_EMPTY}`);
      url = testDatabaseUrl('wanxia_backup_drill');
      stopServer = async () => {
        await admin.query('DROP DATABASE wanxia_backup_drill WITH (FORCE)');
        await admin.end();
      };
    }
    const db = new PostgresDatabase(url, 2);
    await db.open();
    try {
      await db.migrate();
      await ensureFirstAdmin(db, createLogger('silent'), {
        username: 'admin',
        password: 'backup-drill-1',
      });
    } finally {
      await db.close();
    }
    dir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-backup-'));
  });
  afterAll(async () => {
    await stopServer?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('backs up, lets the data change, restores: the data equals the backup', async () => {
    const file = path.join(dir, 'wanxia.dump');
    const backedUp = await fingerprint(url);
    expect(backedUp['public.app_user'].rows).toBe(1);
    await backupDatabase(url, file, tools);

    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE app_user SET display_name = 'changed after the backup'`);
    await client.query(
      `INSERT INTO login_throttle (key, failures, window_started_at) VALUES ('ip:192.0.2.1', 3, now())`,
    );
    await client.query(`DELETE FROM visit_setting WHERE occasion = 'HOLIDAY'`);
    await client.end();
    const changed = await fingerprint(url);
    expect(changed).not.toEqual(backedUp);

    await restoreDatabase(url, file, tools);
    expect(await fingerprint(url)).toEqual(backedUp);
  }, 60_000);

  it('says which pg_dump to install when it is older than the server', () => {
    expect(() => assertCanRead({ ...tools, major: 15 }, 180004)).toThrow(
      /pg_dump 15 .* cannot read PostgreSQL 18: install postgresql-client-18 and set PG_BIN_DIR/,
    );
    expect(() => assertCanRead({ ...tools, major: 18 }, 150010)).not.toThrow();
  });
});
