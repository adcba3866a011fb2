import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activity kinds become rows of their own table (referenced by activity.kind) instead of a
 * CHECK list, so each area adds its kinds with an INSERT.
 */
export class ActivityKinds1764371300000 implements MigrationInterface {
  name = 'ActivityKinds1764371300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE activity_kind (code varchar(40) PRIMARY KEY)`);
    await q.query(`
      INSERT INTO activity_kind (code) VALUES
        ('BRANCH_MEMBERS_MEETING'), ('BRANCH_COMMITTEE_MEETING'), ('PARTY_GROUP_MEETING'),
        ('PARTY_LECTURE'), ('ORGANISATIONAL_LIFE_MEETING'), ('DEMOCRATIC_APPRAISAL'),
        ('THEMED_PARTY_DAY'), ('PARTY_EDUCATION'), ('OTHER')`);
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_kind_check`);
    await q.query(
      `ALTER TABLE activity ADD CONSTRAINT activity_kind_fkey FOREIGN KEY (kind) REFERENCES activity_kind (code)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_kind_fkey`);
    await q.query(
      `ALTER TABLE activity ADD CONSTRAINT activity_kind_check CHECK (kind IN ('BRANCH_MEMBERS_MEETING', 'BRANCH_COMMITTEE_MEETING', 'PARTY_GROUP_MEETING', 'PARTY_LECTURE', 'ORGANISATIONAL_LIFE_MEETING', 'DEMOCRATIC_APPRAISAL', 'THEMED_PARTY_DAY', 'PARTY_EDUCATION', 'OTHER'))`,
    );
    await q.query(`DROP TABLE activity_kind`);
  }
}
