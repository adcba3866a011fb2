import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visit coverage at province scale: a year's tasks (some 2 million for a million members) are
 * counted from an index that carries what the counts read, without visiting the table.
 */
export class VisitCoverageIndex1764372200000 implements MigrationInterface {
  name = 'VisitCoverageIndex1764372200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX visit_task_coverage_idx ON visit_task (due_by) INCLUDE (occasion, status, done_late, member_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX visit_task_coverage_idx`);
  }
}
