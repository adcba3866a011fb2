import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The visits made late, latest first: the visit records' 补访 filter and its count. */
export class VisitLate1764370700000 implements MigrationInterface {
  name = 'VisitLate1764370700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX visit_late_idx ON visit (visited_on, id) WHERE late`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX visit_late_idx`);
  }
}
