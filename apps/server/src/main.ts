import 'reflect-metadata';
import path from 'node:path';
import { loadConfig, ConfigError, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { Database } from './db/database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded';
import { seedDemoIfEmpty } from './db/seed/seed-if-empty';
import { createSchema } from './graphql/schema';
import { buildApp } from './app';

/** Resolves relative folders from the repository root, wherever the command was started. */
const REPO_ROOT = path.resolve(__dirname, '../../..');
const fromRoot = (p: string) => path.resolve(REPO_ROOT, p);

async function openDatabase(config: Config, logger: Logger) {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(fromRoot(config.DATA_DIR), config.EMBEDDED_PG_PORT, logger);
    url = embedded.url;
  }
  const db = new Database(url, config.DB_POOL_SIZE);
  await db.open();
  const applied = await db.migrate();
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  if (config.SEED_DEMO) await seedDemoIfEmpty(db, logger);
  return { db, embedded };
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const { db, embedded } = await openDatabase(config, logger);
  const app = await buildApp({
    db,
    schema: await createSchema(),
    logger,
    adminDist: fromRoot(config.ADMIN_DIST ?? 'apps/admin/dist'),
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await app.close();
    await db.close();
    await embedded?.stop();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.HOST, port: config.PORT });
  const base = `http://localhost:${config.PORT}`;
  console.log(`\n  晚霞 Wanxia is running\n  API      ${base}/graphql\n  Console  ${base}/\n`);
}

main().catch((error: unknown) => {
  console.error('Wanxia failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
