import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, type Config } from '../kernel/config';
import { createLogger } from '../kernel/logger';
import { backupDatabase, restoreDatabase } from './backup';
import { EmbeddedCluster, embeddedOwnerUrl } from './embedded';
import { fromRoot } from './open';
import { findPgTools } from './pg-tools';

/**
 * pnpm db:backup [file] and pnpm db:restore <file>, as the owner role (DATABASE_OWNER_URL, else
 * DATABASE_URL), or on the embedded PostgreSQL, whether the server is running (its PostgreSQL is
 * used) or not (started for the while).
 */
async function withDatabaseUrl(config: Config, work: (url: string) => Promise<void>) {
  if (config.DATABASE_URL) return work(config.DATABASE_OWNER_URL ?? config.DATABASE_URL);
  const dataDir = fromRoot(config.DATA_DIR);
  const running = await embeddedOwnerUrl(dataDir, config.EMBEDDED_PG_PORT);
  if (running && (await reachable(running))) return work(running);
  const cluster = new EmbeddedCluster(dataDir, config.EMBEDDED_PG_PORT, createLogger('warn'));
  try {
    await cluster.start();
    await work(cluster.ownerUrl);
  } finally {
    await cluster.stop();
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  const connected = await client.connect().then(
    () => true,
    () => false,
  );
  await client.end().catch(() => undefined);
  return connected;
}

/** Paths are taken from where the command was typed, not from the package folder. */
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function main() {
  const [command, file] = process.argv.slice(2);
  const config = loadConfig();
  const tools = await findPgTools(config.PG_BIN_DIR);
  if (command === 'backup') {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const target = file ? fromCaller(file) : fromRoot(`backups/wanxia-${stamp}.dump`);
    await mkdir(path.dirname(target), { recursive: true });
    await withDatabaseUrl(config, (url) => backupDatabase(url, target, tools));
    const { size } = await stat(target);
    console.log(`Backup written to ${target} (${(size / 1024 / 1024).toFixed(1)} MB)`);
  } else if (command === 'restore' && file) {
    const source = fromCaller(file);
    await stat(source);
    await withDatabaseUrl(config, (url) => restoreDatabase(url, source, tools));
    console.log(`Restored ${source}`);
  } else {
    throw new Error('usage: pnpm db:backup [file] | pnpm db:restore <file>');
  }
}

main().catch((error: unknown) => {
  console.error('Failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
