import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 党龄 counts from full membership (转正), not from joining: the date, the day party years count
 * from (joining + 1 year while the date is unknown, as in old records) and the 50-year medal's
 * cut-off day of the year, a setting (31 December; some provinces use 1 July).
 */
export class FullMembership1764370800000 implements MigrationInterface {
  name = 'FullMembership1764370800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE member
        ADD COLUMN full_membership_date date,
        ADD COLUMN party_standing_from date GENERATED ALWAYS AS
          (coalesce(full_membership_date, (party_join_date + interval '1 year')::date)) STORED,
        ADD CONSTRAINT member_full_membership_after_joining
          CHECK (full_membership_date IS NULL
            OR (party_join_date IS NOT NULL AND full_membership_date >= party_join_date))`);
    await q.query(`CREATE INDEX member_party_standing_idx ON member (party_standing_from, id)`);
    await q.query(`
      CREATE TABLE member_setting (
        id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        medal_cutoff_month smallint NOT NULL DEFAULT 12,
        medal_cutoff_day smallint NOT NULL DEFAULT 31,
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A day every year has: 29 February is refused.
        CHECK (make_date(2001, medal_cutoff_month, medal_cutoff_day) IS NOT NULL)
      )`);
    await q.query(`INSERT INTO member_setting DEFAULT VALUES`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_setting`);
    await q.query(`DROP INDEX member_party_standing_idx`);
    await q.query(`
      ALTER TABLE member DROP CONSTRAINT member_full_membership_after_joining,
        DROP COLUMN party_standing_from, DROP COLUMN full_membership_date`);
  }
}
