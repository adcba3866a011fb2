import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Only tasks of a life event carry one: the holiday and birthday tasks (nine in ten, two million
 * a year for a million members) no longer add an entry to this index each, and the look-ups by
 * event, all by equality, find the same rows.
 */
export class VisitTaskLifeEventPartial1764372500000 implements MigrationInterface {
  name = 'VisitTaskLifeEventPartial1764372500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX visit_task_life_event_idx`);
    await q.query(
      `CREATE INDEX visit_task_life_event_idx ON visit_task (life_event_id) WHERE life_event_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX visit_task_life_event_idx`);
    await q.query(`CREATE INDEX visit_task_life_event_idx ON visit_task (life_event_id)`);
  }
}
