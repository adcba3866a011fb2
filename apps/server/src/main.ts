import 'reflect-metadata';
import { loadConfig, ConfigError, type Config } from './config';
import { createLogger } from './logger';
import { fromRoot, openDatabase } from './db/open';
import { seedDemoIfEmpty } from './db/seed/seed-if-empty';
import { DEMO_PASSWORD, DEMO_USERS, ensureFirstAdmin } from './modules/user/accounts-seed';
import { createSchema } from './graphql/schema';
import { buildApp, limitsFrom } from './app';
import { systemClock } from './clock';
import { startJobs } from './jobs/worker';
import { Metrics } from './metrics/metrics';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const config = configOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(config, logger);
  const applied = await database.db.migrate();
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const seeded = config.SEED_DEMO && (await seedDemoIfEmpty(database.db, logger));
  await ensureFirstAdmin(database.db, logger, {
    username: config.ADMIN_USERNAME,
    password: config.ADMIN_PASSWORD,
  });
  const metrics = config.METRICS ? new Metrics(database.db) : undefined;
  const app = await buildApp({
    db: database.db,
    schema: await createSchema(),
    logger,
    adminDist: fromRoot(config.ADMIN_DIST ?? 'apps/admin/dist'),
    limits: limitsFrom(config),
    anonymousIntrospection: config.INTROSPECTION_ANONYMOUS,
    trustedProxies: config.TRUSTED_PROXIES,
    metrics: metrics && { metrics, token: config.METRICS_TOKEN },
  });

  const jobs = config.JOBS
    ? await startJobs({
        db: database.db,
        connectionString: database.url,
        logger,
        clock: systemClock,
        metrics,
      })
    : null;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await app.close();
    await jobs?.stop();
    await database.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.HOST, port: config.PORT });
  const base = `http://localhost:${config.PORT}`;
  console.warn(
    [
      '',
      `  晚霞 Wanxia is running${seeded ? ' (demo data loaded)' : ''}`,
      `  API      ${base}/graphql`,
      `  Console  ${base}/`,
      `  Database ${database.embedded ? `embedded PostgreSQL, data in ${fromRoot(config.DATA_DIR)}` : 'DATABASE_URL'}`,
      ...(config.SEED_DEMO
        ? [`  Sign in  ${DEMO_USERS.map((u) => u.username).join(', ')} (password ${DEMO_PASSWORD})`]
        : []),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error('Wanxia failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
