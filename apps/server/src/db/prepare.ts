import type { Logger } from '../logger';
import { ensureFirstAdmin } from '../modules/user/accounts-seed';
import type { Database } from './database';
import { seedDemoIfEmpty } from './seed/seed-if-empty';

export interface PrepareOptions {
  seedDemo: boolean;
  firstAdmin: { username?: string; password?: string };
}

/**
 * Migrations, then the demo data and the first administrator, all under the schema lock: any
 * number of server processes may start at once on an empty database; the first does the work
 * and the others find it done.
 */
export async function prepareDatabase(
  db: Database,
  logger: Logger,
  options: PrepareOptions,
): Promise<{ seeded: boolean }> {
  return db.exclusively(async () => {
    const applied = await db.migrate();
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const seeded = options.seedDemo && (await seedDemoIfEmpty(db, logger));
    await ensureFirstAdmin(db, logger, options.firstAdmin);
    return { seeded };
  });
}
