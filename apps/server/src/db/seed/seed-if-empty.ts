import type { Database } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Logger } from '../../kernel/logger';
import { chinaDate } from '@wanxia/schema';
import { seedDemo } from './demo';
import { seedDemoUsers } from '../../modules/user/accounts-seed';

/** Loads the demo data on the first run, when there are no branches yet. */
export async function seedDemoIfEmpty(db: Database, logger: Logger): Promise<boolean> {
  const [{ n }] = await db.run(sql`SELECT count(*)::int AS n FROM branch`);
  if (Number(n) > 0) return false;
  const started = Date.now();
  const summary = await seedDemo(db, { today: chinaDate(new Date()) });
  await seedDemoUsers(db);
  logger.info({ ...summary, ms: Date.now() - started }, 'demo data loaded');
  return true;
}
