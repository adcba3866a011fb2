import path from 'node:path';
import { Client } from 'pg';
import type { Config } from '../kernel/config';
import type { Lifecycle } from '../lifecycle';
import type { Logger } from '../kernel/logger';
import { StartError } from '../start-checks';
import { PostgresDatabase } from './database';
import { EmbeddedCluster } from './embedded';
import { roleOf } from './roles';

/** Relative folders are resolved from the repository root, wherever the command started. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const fromRoot = (p: string) => path.resolve(REPO_ROOT, p);

export interface OpenedDatabase {
  /** Connected as the app role. */
  db: PostgresDatabase;
  url: string;
  embedded: boolean;
  /** Runs `work` connected as the owner role (the app's own connection when there is one URL). */
  asOwner<T>(work: (owner: PostgresDatabase) => Promise<T>): Promise<T>;
  /** Migrates as the owner and grants the app role its privileges; the migrations applied. */
  migrate(): Promise<string[]>;
}

/**
 * Connects to DATABASE_URL (the app role; DATABASE_OWNER_URL migrates), or starts the embedded
 * PostgreSQL, which makes both roles, when it is unset; each is closed by `lifecycle`, the pool
 * before the PostgreSQL under it. With DATABASE_READ_URL a second pool on the read replica
 * serves `db.forReads()`.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  lifecycle: Lifecycle,
): Promise<OpenedDatabase> {
  let url = config.DATABASE_URL;
  let ownerUrl = config.DATABASE_OWNER_URL ?? url;
  if (!url) {
    const cluster = new EmbeddedCluster(fromRoot(config.DATA_DIR), config.EMBEDDED_PG_PORT, logger);
    lifecycle.onStop('embedded PostgreSQL', () => cluster.stop());
    await cluster.start();
    url = cluster.url;
    ownerUrl = cluster.ownerUrl;
  } else {
    await assertReachable(url);
    if (ownerUrl !== url) await assertReachable(ownerUrl!, 'DATABASE_OWNER_URL');
  }
  const db = new PostgresDatabase(url, config.DB_POOL_SIZE, logger);
  lifecycle.onStop('database pool', () => db.close());
  await db.open();
  if (config.DATABASE_READ_URL) {
    await assertReachable(config.DATABASE_READ_URL, 'DATABASE_READ_URL');
    const replica = new PostgresDatabase(config.DATABASE_READ_URL, config.DB_POOL_SIZE, logger, {
      readOnly: true,
    });
    lifecycle.onStop('read replica pool', () => replica.close());
    await replica.open();
    db.readFrom(replica);
  }
  const split = ownerUrl !== url;
  async function asOwner<T>(work: (owner: PostgresDatabase) => Promise<T>): Promise<T> {
    if (!split) return work(db);
    const owner = new PostgresDatabase(ownerUrl!, 2, logger);
    await owner.open();
    try {
      return await work(owner);
    } finally {
      await owner.close();
    }
  }
  return {
    db,
    url,
    embedded: !config.DATABASE_URL,
    asOwner,
    migrate: () => asOwner((owner) => owner.migrate(split ? roleOf(url) : undefined)),
  };
}

const CONNECT_TIMEOUT_MS = 10_000;

/** One connection to DATABASE_URL, so a start that cannot use it says why (never the password). */
async function assertReachable(url: string, variable = 'DATABASE_URL'): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined); // connect() rejects with the same error
  try {
    await client.connect();
  } catch (error) {
    throw new StartError(`${unreachableReason(url, error, variable)} Check ${variable}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function unreachableReason(url: string, error: unknown, variable: string): string {
  const { hostname, port, pathname } = new URL(url);
  const where = `The PostgreSQL in ${variable} (${hostname}:${port || 5432})`;
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case 'ECONNREFUSED':
      return `${where} refuses connections: is it running, on that port?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${where}: the host name is not known.`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return `${where} cannot be reached (${code}).`;
    case '28P01':
    case '28000':
      return `${where} refused the user name or password.`;
    case '3D000':
      return `${where} has no database ${pathname.slice(1)}.`;
    default:
      if (message?.includes('timeout')) {
        return `${where} did not answer within ${CONNECT_TIMEOUT_MS / 1000} s.`;
      }
      return `${where} could not be used: ${message ?? code}.`;
  }
}
