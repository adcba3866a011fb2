import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'BRANCH_MEMBERS_MEETING', 'BRANCH_COMMITTEE_MEETING', 'PARTY_GROUP_MEETING', 'PARTY_LECTURE', 'ORGANISATIONAL_LIFE_MEETING', 'DEMOCRATIC_APPRAISAL', 'THEMED_PARTY_DAY'`;
const FREQUENCIES = `'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'NONE'`;

/**
 * The one activity record (organiser, participants with attendance, attachments) and the
 * frequencies 三会一课 and 组织生活 are required at, for the county and per branch.
 */
export class Activities1764371100000 implements MigrationInterface {
  name = 'Activities1764371100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity (
        id serial PRIMARY KEY,
        kind varchar(40) NOT NULL CONSTRAINT activity_kind_check CHECK (kind IN (${KINDS}, 'PARTY_EDUCATION', 'OTHER')),
        title varchar(200) NOT NULL CONSTRAINT activity_title_check CHECK (btrim(title) <> ''),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place varchar(200),
        organiser_kind varchar(20) NOT NULL CONSTRAINT activity_organiser_kind_check CHECK (organiser_kind IN ('BUREAU', 'BRANCH')),
        organiser_branch_id int CONSTRAINT activity_organiser_branch_id_fkey REFERENCES branch (id),
        external_attendance int NOT NULL DEFAULT 0,
        beneficiaries int NOT NULL DEFAULT 0,
        summary text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_organiser_check CHECK ((organiser_kind = 'BRANCH') = (organiser_branch_id IS NOT NULL)),
        CONSTRAINT activity_check CHECK (ends_at >= starts_at),
        CONSTRAINT activity_counts_check CHECK (external_attendance >= 0 AND beneficiaries >= 0)
      )`);
    await q.query(
      `COMMENT ON COLUMN activity.place IS 'Free text; a room of the activity centre will be a column of its own'`,
    );
    await q.query(`CREATE INDEX activity_starts_idx ON activity (starts_at, id)`);
    await q.query(
      `CREATE INDEX activity_branch_idx ON activity (organiser_branch_id, kind, starts_at)`,
    );
    await q.query(`CREATE INDEX activity_kind_idx ON activity (kind, starts_at)`);
    await q.query(`CREATE INDEX activity_title_idx ON activity USING gin (title gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE activity_participant (
        activity_id int NOT NULL CONSTRAINT activity_participant_activity_id_fkey REFERENCES activity (id) ON DELETE CASCADE,
        member_id int NOT NULL CONSTRAINT activity_participant_member_id_fkey REFERENCES member (id),
        attendance varchar(10) NOT NULL CONSTRAINT activity_participant_attendance_check CHECK (attendance IN ('PRESENT', 'ABSENT', 'EXCUSED')),
        absence_reason varchar(200),
        CONSTRAINT activity_participant_pkey PRIMARY KEY (activity_id, member_id),
        CONSTRAINT activity_participant_reason_check CHECK (attendance <> 'ABSENT' OR absence_reason IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX activity_participant_member_idx ON activity_participant (member_id)`,
    );

    await q.query(`
      CREATE TABLE activity_attachment (
        id serial PRIMARY KEY,
        activity_id int NOT NULL CONSTRAINT activity_attachment_activity_id_fkey REFERENCES activity (id),
        file_name varchar(200) NOT NULL,
        content_type varchar(40) NOT NULL CONSTRAINT activity_attachment_content_type_check
          CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
        size_bytes int NOT NULL CONSTRAINT activity_attachment_size_check CHECK (size_bytes > 0),
        storage_key varchar(200) NOT NULL,
        thumbnail_key varchar(200),
        created_by varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX activity_attachment_activity_idx ON activity_attachment (activity_id, id)`,
    );

    await q.query(`
      CREATE TABLE party_life_setting (
        kind varchar(40) PRIMARY KEY CONSTRAINT party_life_setting_kind_check CHECK (kind IN (${KINDS})),
        frequency varchar(20) NOT NULL CONSTRAINT party_life_setting_frequency_check CHECK (frequency IN (${FREQUENCIES})),
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO party_life_setting (kind, frequency) VALUES
        ('BRANCH_MEMBERS_MEETING', 'QUARTERLY'), ('BRANCH_COMMITTEE_MEETING', 'MONTHLY'),
        ('PARTY_GROUP_MEETING', 'MONTHLY'), ('PARTY_LECTURE', 'QUARTERLY'),
        ('ORGANISATIONAL_LIFE_MEETING', 'YEARLY'), ('DEMOCRATIC_APPRAISAL', 'YEARLY'),
        ('THEMED_PARTY_DAY', 'NONE')`);
    await q.query(`
      CREATE TABLE branch_party_life_setting (
        branch_id int NOT NULL CONSTRAINT branch_party_life_setting_branch_id_fkey REFERENCES branch (id),
        kind varchar(40) NOT NULL CONSTRAINT branch_party_life_setting_kind_check CHECK (kind IN (${KINDS})),
        frequency varchar(20) NOT NULL CONSTRAINT branch_party_life_setting_frequency_check CHECK (frequency IN (${FREQUENCIES})),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT branch_party_life_setting_pkey PRIMARY KEY (branch_id, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE branch_party_life_setting`);
    await q.query(`DROP TABLE party_life_setting`);
    await q.query(`DROP TABLE activity_attachment`);
    await q.query(`DROP TABLE activity_participant`);
    await q.query(`DROP TABLE activity`);
  }
}
