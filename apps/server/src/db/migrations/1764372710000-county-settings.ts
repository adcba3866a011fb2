import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The settings that drive a county's work become the county's to set: its visit windows and its
 * funding rules. The province's rows stay as they are and are the default; a county that sets
 * its own keeps a row here, whole (every field), in place of the province's.
 */
export class CountySettings1764372710000 implements MigrationInterface {
  name = 'CountySettings1764372710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bureau_visit_setting (
        bureau_id int NOT NULL CONSTRAINT bureau_visit_setting_bureau_id_fkey REFERENCES bureau (id),
        occasion varchar(20) NOT NULL
          CONSTRAINT bureau_visit_setting_occasion_fkey REFERENCES visit_setting (occasion),
        days_before int NOT NULL CONSTRAINT bureau_visit_setting_days_before_check
          CHECK (days_before BETWEEN 0 AND 366),
        days_after int NOT NULL CONSTRAINT bureau_visit_setting_days_after_check
          CHECK (days_after BETWEEN 0 AND 366),
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bureau_visit_setting_pkey PRIMARY KEY (bureau_id, occasion)
      )`);
    await q.query(`
      CREATE TABLE bureau_funding_setting (
        bureau_id int NOT NULL CONSTRAINT bureau_funding_setting_bureau_id_fkey REFERENCES bureau (id),
        allow_self_approval boolean NOT NULL,
        condolence_yearly_cap_fen bigint
          CONSTRAINT bureau_funding_setting_condolence_yearly_cap_fen_check
          CHECK (condolence_yearly_cap_fen > 0),
        secretaries_see_county_lines boolean NOT NULL,
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bureau_funding_setting_pkey PRIMARY KEY (bureau_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bureau_funding_setting`);
    await q.query(`DROP TABLE bureau_visit_setting`);
  }
}
