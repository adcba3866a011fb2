import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { Database } from './database';
import { roleOf } from './roles';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';

/** Relative folders are resolved from the repository root, wherever the command started. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const fromRoot = (p: string) => path.resolve(REPO_ROOT, p);

export interface OpenedDatabase {
  /** Connected as the app role. */
  db: Database;
  url: string;
  embedded?: EmbeddedPostgres;
  /** Runs `work` connected as the owner role (the app's own connection when there is one URL). */
  asOwner<T>(work: (owner: Database) => Promise<T>): Promise<T>;
  /** Migrates as the owner and grants the app role its privileges; the migrations applied. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL (the app role; DATABASE_OWNER_URL migrates), or starts the embedded
 * PostgreSQL, which makes both roles, when it is unset.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenedDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.DATABASE_URL;
  let ownerUrl = config.DATABASE_OWNER_URL ?? url;
  if (!url) {
    embedded = await startEmbeddedPostgres(
      fromRoot(config.DATA_DIR),
      config.EMBEDDED_PG_PORT,
      logger,
    );
    url = embedded.url;
    ownerUrl = embedded.ownerUrl;
  }
  const db = new Database(url, config.DB_POOL_SIZE);
  await db.open();
  const split = ownerUrl !== url;
  async function asOwner<T>(work: (owner: Database) => Promise<T>): Promise<T> {
    if (!split) return work(db);
    const owner = new Database(ownerUrl!, 2);
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
    embedded,
    asOwner,
    migrate: () => asOwner((owner) => owner.migrate(split ? roleOf(url) : undefined)),
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
