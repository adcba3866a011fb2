import type { MigrationInterface, QueryRunner } from 'typeorm';

const ASSOCIATION_ROLES = `'PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL', 'MEMBER'`;
const AWARD_LEVELS = `'NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY'`;
const KINDS = `'COMMUNITY_BRANCH_SECRETARY', 'COMMUNITY_BRANCH_COMMITTEE', 'ELDERS_STUDIO', 'NEXT_GENERATION_COMMITTEE', 'PARENT_SCHOOL_TEACHER', 'LECTURER'`;

/**
 * The community and advisory roles members hold (社会任职: 小区党支部书记 / 委员, 五老工作室,
 * 关工委, 家长学校, 宣讲员), with the organisation and the time held; the 五老工作室 as
 * organisations with the cases they handled each year; and the associations (老年社会团体)
 * with their members, their activities on the shared record (organiser ASSOCIATION, kinds
 * EXHIBITION and COMPETITION beside PERFORMANCE) and the awards won at them.
 */
export class CommunityRoles1764371650000 implements MigrationInterface {
  name = 'CommunityRoles1764371650000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE elders_studio (
        id serial PRIMARY KEY,
        name varchar(100) NOT NULL CONSTRAINT elders_studio_name_check CHECK (btrim(name) <> ''),
        township varchar(50),
        founded_on date,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT elders_studio_name_key UNIQUE (name)
      )`);
    await q.query(`
      CREATE TABLE elders_studio_year (
        studio_id int NOT NULL CONSTRAINT elders_studio_year_studio_id_fkey REFERENCES elders_studio (id),
        year int NOT NULL CONSTRAINT elders_studio_year_year_check CHECK (year BETWEEN 1949 AND 9999),
        cases int NOT NULL CONSTRAINT elders_studio_year_cases_check CHECK (cases >= 0),
        CONSTRAINT elders_studio_year_pkey PRIMARY KEY (studio_id, year)
      )`);
    await q.query(`
      CREATE TABLE member_role (
        id serial PRIMARY KEY,
        member_id int NOT NULL CONSTRAINT member_role_member_id_fkey REFERENCES member (id),
        kind varchar(30) NOT NULL CONSTRAINT member_role_kind_check CHECK (kind IN (${KINDS})),
        organisation varchar(100),
        studio_id int CONSTRAINT member_role_studio_id_fkey REFERENCES elders_studio (id),
        title varchar(50),
        started_on date NOT NULL,
        ended_on date,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_role_organisation_check CHECK (
          (kind = 'ELDERS_STUDIO' AND studio_id IS NOT NULL AND organisation IS NULL)
          OR (kind <> 'ELDERS_STUDIO' AND studio_id IS NULL AND btrim(organisation) <> '')),
        CONSTRAINT member_role_check CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX member_role_member_idx ON member_role (member_id, started_on)`);
    await q.query(`CREATE INDEX member_role_kind_idx ON member_role (kind, started_on)`);
    await q.query(`CREATE INDEX member_role_studio_idx ON member_role (studio_id)`);

    await q.query(`
      CREATE TABLE association (
        id serial PRIMARY KEY,
        name varchar(100) NOT NULL CONSTRAINT association_name_check CHECK (btrim(name) <> ''),
        founded_on date,
        description text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT association_name_key UNIQUE (name)
      )`);
    await q.query(`
      CREATE TABLE association_member (
        id serial PRIMARY KEY,
        association_id int NOT NULL CONSTRAINT association_member_association_id_fkey REFERENCES association (id),
        member_id int NOT NULL CONSTRAINT association_member_member_id_fkey REFERENCES member (id),
        role varchar(20) NOT NULL CONSTRAINT association_member_role_check CHECK (role IN (${ASSOCIATION_ROLES})),
        joined_on date NOT NULL,
        left_on date,
        CONSTRAINT association_member_check CHECK (left_on IS NULL OR left_on >= joined_on)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX association_member_current_key ON association_member (association_id, member_id) WHERE left_on IS NULL`,
    );
    await q.query(
      `CREATE INDEX association_member_member_idx ON association_member (member_id, association_id)`,
    );

    await q.query(`ALTER TABLE activity ADD COLUMN organiser_association_id int
      CONSTRAINT activity_organiser_association_id_fkey REFERENCES association (id)`);
    await q.query(
      `CREATE INDEX activity_association_idx ON activity (organiser_association_id, starts_at)`,
    );
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_organiser_kind_check`);
    await q.query(`ALTER TABLE activity ADD CONSTRAINT activity_organiser_kind_check
      CHECK (organiser_kind IN ('BUREAU', 'BRANCH', 'TEAM', 'ASSOCIATION'))`);
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_organiser_check`);
    await q.query(`ALTER TABLE activity ADD CONSTRAINT activity_organiser_check
      CHECK ((organiser_kind = 'BRANCH') = (organiser_branch_id IS NOT NULL) AND (organiser_kind = 'TEAM') = (organiser_team_id IS NOT NULL) AND (organiser_kind = 'ASSOCIATION') = (organiser_association_id IS NOT NULL))`);
    await q.query(`INSERT INTO activity_kind (code) VALUES ('EXHIBITION'), ('COMPETITION')`);
    await q.query(`
      CREATE TABLE activity_award (
        id serial PRIMARY KEY,
        activity_id int NOT NULL CONSTRAINT activity_award_activity_id_fkey REFERENCES activity (id) ON DELETE CASCADE,
        award varchar(100) NOT NULL CONSTRAINT activity_award_award_check CHECK (btrim(award) <> ''),
        level varchar(10) NOT NULL CONSTRAINT activity_award_level_check CHECK (level IN (${AWARD_LEVELS})),
        recipient varchar(100)
      )`);
    await q.query(`CREATE INDEX activity_award_activity_idx ON activity_award (activity_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE activity_award`);
    const gone = `SELECT id FROM activity WHERE organiser_kind = 'ASSOCIATION' OR kind IN ('EXHIBITION', 'COMPETITION')`;
    for (const table of [
      'volunteer_service',
      'volunteer_hours',
      'volunteer_donation',
      'activity_participant',
      'activity_attachment',
    ])
      await q.query(`DELETE FROM ${table} WHERE activity_id IN (${gone})`);
    await q.query(`DELETE FROM activity WHERE id IN (${gone})`);
    await q.query(`DELETE FROM activity_kind WHERE code IN ('EXHIBITION', 'COMPETITION')`);
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_organiser_check`);
    await q.query(`ALTER TABLE activity ADD CONSTRAINT activity_organiser_check
      CHECK ((organiser_kind = 'BRANCH') = (organiser_branch_id IS NOT NULL) AND (organiser_kind = 'TEAM') = (organiser_team_id IS NOT NULL))`);
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_organiser_kind_check`);
    await q.query(`ALTER TABLE activity ADD CONSTRAINT activity_organiser_kind_check
      CHECK (organiser_kind IN ('BUREAU', 'BRANCH', 'TEAM'))`);
    await q.query(`ALTER TABLE activity DROP COLUMN organiser_association_id`);
    await q.query(`DROP TABLE association_member`);
    await q.query(`DROP TABLE association`);
    await q.query(`DROP TABLE member_role`);
    await q.query(`DROP TABLE elders_studio_year`);
    await q.query(`DROP TABLE elders_studio`);
  }
}
