import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate budgets are counters a crash may forget: an unlogged table writes no WAL, so taking a
 * lease waits for no flush to disk. After a crash PostgreSQL empties it, and every caller starts
 * again with a full bucket, which is how a new caller starts anyway.
 */
export class RateBudgetUnlogged1764372600000 implements MigrationInterface {
  name = 'RateBudgetUnlogged1764372600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_budget SET UNLOGGED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_budget SET LOGGED`);
  }
}
