import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each caller's token bucket for the GraphQL cost budget, shared by every server process. */
export class RateBudget1764370200000 implements MigrationInterface {
  name = 'RateBudget1764370200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_budget (
        caller text PRIMARY KEY,
        points double precision NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_budget`);
  }
}
