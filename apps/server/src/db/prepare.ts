import type { Logger } from '../kernel/logger';
import { ensureFirstAdmin } from '../modules/user/accounts-seed';
import type { OpenedDatabase } from './open';
import { seedDemoIfEmpty } from './seed/seed-if-empty';

export interface PrepareOptions {
  seedDemo: boolean;
  firstAdmin: { username?: string; password?: string };
}

/**
 * Migrations (as the owner), then the demo data and the first administrator (as the app), each
 * under the schema lock: any number of server processes may start at once on an empty database;
 * the first does the work and the others find it done. The two steps take the lock one after the
 * other, not nested: the owner's connection is another session, which would wait on ours.
 */
export async function prepareDatabase(
  database: OpenedDatabase,
  logger: Logger,
  options: PrepareOptions,
): Promise<{ seeded: boolean }> {
  const applied = await database.migrate();
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const { db } = database;
  return db.exclusively(async () => {
    const seeded = options.seedDemo && (await seedDemoIfEmpty(db, logger));
    await ensureFirstAdmin(db, logger, options.firstAdmin);
    return { seeded };
  });
}
