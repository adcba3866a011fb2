import 'reflect-metadata';
import path from 'node:path';
import { loadConfig, readEnvFile, type Config } from './kernel/config';
import { createLogger } from './kernel/logger';
import { fromRoot, openDatabase } from './db/open';
import { prepareDatabase } from './db/prepare';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/user/accounts-seed';
import { createSchema } from './api/graphql/schema';
import { buildApp, limitsFrom } from './api/http/app';
import { systemClock } from './kernel/clock';
import { startJobs } from './jobs/worker';
import { Lifecycle } from './lifecycle';
import { assertPortFree, portError } from './start-checks';

/** A stop that takes longer than this is cut short (an orchestrator's grace period is 10 s). */
const STOP_DEADLINE_MS = 9_000;
import { Metrics } from './api/metrics/metrics';
import { FolderStorage } from './modules/activity/attachment-storage';

function configOrExit(): Config {
  try {
    readEnvFile();
    return loadConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

async function main() {
  const config = configOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  const lifecycle = new Lifecycle(logger);

  // Ctrl-C reaches the whole process group, `kill` or an orchestrator this process alone: either
  // way everything closes in order (the embedded PostgreSQL runs in a group of its own).
  const stop = async (signal: NodeJS.Signals) => {
    if (lifecycle.stopping) return;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.warn({ ms: STOP_DEADLINE_MS }, 'stopping took too long; exiting now');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    await lifecycle.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  try {
    await assertPortFree(config.PORT, config.HOST, 'PORT');
    const database = await openDatabase(config, logger, lifecycle);
    const { seeded } = await prepareDatabase(database, logger, {
      seedDemo: config.SEED_DEMO,
      firstAdmin: { username: config.ADMIN_USERNAME, password: config.ADMIN_PASSWORD },
    });
    const metrics = config.METRICS ? new Metrics(database.db) : undefined;
    const exportsDir = fromRoot(config.EXPORTS_DIR ?? path.join(config.DATA_DIR, 'exports'));
    if (config.JOBS) {
      const jobs = await startJobs({
        db: database.db,
        connectionString: database.url,
        logger,
        clock: systemClock,
        metrics,
        exportsDir,
      });
      lifecycle.onStop('job worker', () => jobs.stop());
    }
    const app = await buildApp({
      db: database.db,
      schema: await createSchema(),
      logger,
      adminDist: fromRoot(config.ADMIN_DIST),
      limits: limitsFrom(config),
      anonymousIntrospection: config.INTROSPECTION_ANONYMOUS,
      trustedProxies: config.TRUSTED_PROXIES,
      metrics: metrics && { metrics, token: config.METRICS_TOKEN },
      attachments: {
        storage: new FolderStorage(
          fromRoot(config.ATTACHMENTS_DIR ?? path.join(config.DATA_DIR, 'attachments')),
        ),
        maxBytes: config.ATTACHMENT_MAX_BYTES,
      },
      exportsDir,
    });
    lifecycle.onStop('HTTP', () => app.close());
    await app.listen({ host: config.HOST, port: config.PORT }).catch((error) => {
      throw portError(error, config.PORT, config.HOST, 'PORT');
    });
    if (lifecycle.stopping) return;
    printWelcome(config, seeded, database.embedded);
  } catch (error) {
    // A signal during the start closes what was opened; what that interrupts is no failure.
    if (lifecycle.stopping) return;
    console.error('Wanxia failed to start:', error instanceof Error ? error.message : error);
    await lifecycle.stop();
    process.exit(1);
  }
}

function printWelcome(config: Config, seeded: boolean, embedded: boolean): void {
  const base = `http://localhost:${config.PORT}`;
  console.warn(
    [
      '',
      `  晚霞 Wanxia is running${seeded ? ' (demo data loaded)' : ''}`,
      `  API      ${base}/graphql`,
      `  Console  ${base}/`,
      `  Database ${embedded ? `embedded PostgreSQL, data in ${fromRoot(config.DATA_DIR)}` : 'DATABASE_URL'}`,
      ...(config.SEED_DEMO
        ? [`  Sign in  ${DEMO_USERS.map((u) => u.username).join(', ')} (password ${DEMO_PASSWORD})`]
        : []),
      '',
    ].join('\n'),
  );
}

void main();
