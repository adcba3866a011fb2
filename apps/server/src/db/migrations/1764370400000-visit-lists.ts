import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the visit filters and the printed lists (political birthdays by month). */
export class VisitLists1764370400000 implements MigrationInterface {
  name = 'VisitLists1764370400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX member_party_join_month_idx ON member ((extract(month FROM party_join_date)))`,
    );
    await q.query(`CREATE INDEX visit_task_trigger_idx ON visit_task (trigger_date)`);
    await q.query(`CREATE INDEX visit_task_opens_idx ON visit_task (due_from)`);
    await q.query(`CREATE INDEX visit_task_life_event_idx ON visit_task (life_event_id)`);
    await q.query(`CREATE INDEX visit_occasion_idx ON visit (occasion, visited_on)`);
    await q.query(`CREATE INDEX visit_follow_up_idx ON visit (visited_on) WHERE follow_up_needed`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX visit_follow_up_idx`);
    await q.query(`DROP INDEX visit_occasion_idx`);
    await q.query(`DROP INDEX visit_task_life_event_idx`);
    await q.query(`DROP INDEX visit_task_opens_idx`);
    await q.query(`DROP INDEX visit_task_trigger_idx`);
    await q.query(`DROP INDEX member_party_join_month_idx`);
  }
}
