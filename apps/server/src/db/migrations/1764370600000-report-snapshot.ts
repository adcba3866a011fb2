import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A year's figures frozen as submitted: later edits no longer change them. */
export class ReportSnapshot1764370600000 implements MigrationInterface {
  name = 'ReportSnapshot1764370600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_snapshot (
        year int PRIMARY KEY CHECK (year BETWEEN 1949 AND 9999),
        stats jsonb NOT NULL,
        frozen_at timestamptz NOT NULL,
        frozen_by varchar(100) NOT NULL,
        frozen_by_user_id int REFERENCES app_user (id),
        frozen_by_token_id int REFERENCES api_token (id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_snapshot`);
  }
}
