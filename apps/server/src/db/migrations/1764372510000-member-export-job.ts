import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whole-roster exports that outlast a proxy's timeout (a province's million members take about
 * two minutes) run as background jobs: what was asked, by whom, and the file when it is ready.
 */
export class MemberExportJob1764372510000 implements MigrationInterface {
  name = 'MemberExportJob1764372510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_export (
        id serial PRIMARY KEY,
        owner varchar(40) NOT NULL,
        caller jsonb NOT NULL,
        criteria jsonb NOT NULL,
        today date NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'QUEUED',
        row_count int,
        size_bytes bigint,
        file_key varchar(100),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT member_export_status_check
          CHECK (status IN ('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED'))
      )`);
    await q.query(`CREATE INDEX member_export_owner_idx ON member_export (owner, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_export`);
  }
}
