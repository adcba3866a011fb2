import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roster on a past day and its movements in a year (the members filter's asOf and
 * movement, the yearly report): memberships by period, deaths and transfers out by day.
 */
export class RosterDates1764371200000 implements MigrationInterface {
  name = 'RosterDates1764371200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX branch_membership_period_idx ON branch_membership (started_on, ended_on)`,
    );
    await q.query(`CREATE INDEX member_death_date_idx ON member (death_date)`);
    await q.query(`CREATE INDEX member_transferred_out_idx ON member (transferred_out_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX member_transferred_out_idx`);
    await q.query(`DROP INDEX member_death_date_idx`);
    await q.query(`DROP INDEX branch_membership_period_idx`);
  }
}
