import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { Database } from './database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';

/** Relative folders are resolved from the repository root, wherever the command started. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const fromRoot = (p: string) => path.resolve(REPO_ROOT, p);

export interface OpenedDatabase {
  db: Database;
  url: string;
  embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenedDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(
      fromRoot(config.DATA_DIR),
      config.EMBEDDED_PG_PORT,
      logger,
    );
    url = embedded.url;
  }
  const db = new Database(url, config.DB_POOL_SIZE);
  await db.open();
  return {
    db,
    url,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
