import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `'COUNTY', 'TOWNSHIP', 'VILLAGE'`;
const CATEGORIES = `'POLICY_OUTREACH', 'RURAL_REVITALISATION', 'GRASSROOTS_GOVERNANCE', 'CIVILISED_CITY', 'LEGAL_EDUCATION', 'ENVIRONMENT', 'TRAFFIC_SAFETY', 'POVERTY_RELIEF', 'SCIENCE', 'CULTURE', 'HEALTH', 'ANTI_DRUG', 'NEXT_GENERATION', 'OTHER'`;

/**
 * Volunteer service (银耀安化): teams at three levels with their service categories, volunteers
 * (members of the roster, or people not on it) and their memberships, and the volunteer side of
 * an activity a team organises: its category, the hours each volunteer gave, couplets written
 * and donations with their donors. The points rule is a setting (points per hour).
 */
export class Volunteers1764371600000 implements MigrationInterface {
  name = 'Volunteers1764371600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE volunteer_team (
        id serial PRIMARY KEY,
        name varchar(100) NOT NULL CONSTRAINT volunteer_team_name_check CHECK (btrim(name) <> ''),
        level varchar(10) NOT NULL CONSTRAINT volunteer_team_level_check CHECK (level IN (${LEVELS})),
        township varchar(50),
        village varchar(50),
        leader varchar(50),
        founded_on date,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT volunteer_team_name_key UNIQUE (name),
        CONSTRAINT volunteer_team_area_check CHECK ((level = 'COUNTY' OR township IS NOT NULL) AND (level <> 'VILLAGE' OR village IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE volunteer_team_category (
        team_id int NOT NULL CONSTRAINT volunteer_team_category_team_id_fkey REFERENCES volunteer_team (id) ON DELETE CASCADE,
        category varchar(30) NOT NULL CONSTRAINT volunteer_team_category_category_check CHECK (category IN (${CATEGORIES})),
        CONSTRAINT volunteer_team_category_pkey PRIMARY KEY (team_id, category)
      )`);

    await q.query(`
      CREATE TABLE volunteer (
        id serial PRIMARY KEY,
        member_id int CONSTRAINT volunteer_member_id_fkey REFERENCES member (id),
        name varchar(50),
        id_card_number varchar(18),
        phone varchar(20),
        village varchar(100),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT volunteer_member_id_key UNIQUE (member_id),
        CONSTRAINT volunteer_id_card_number_key UNIQUE (id_card_number),
        CONSTRAINT volunteer_person_check CHECK (
          (member_id IS NOT NULL AND name IS NULL AND id_card_number IS NULL AND phone IS NULL AND village IS NULL)
          OR (member_id IS NULL AND btrim(name) <> ''))
      )`);
    await q.query(`
      CREATE TABLE volunteer_membership (
        id serial PRIMARY KEY,
        team_id int NOT NULL CONSTRAINT volunteer_membership_team_id_fkey REFERENCES volunteer_team (id),
        volunteer_id int NOT NULL CONSTRAINT volunteer_membership_volunteer_id_fkey REFERENCES volunteer (id),
        joined_on date NOT NULL,
        left_on date,
        CONSTRAINT volunteer_membership_check CHECK (left_on IS NULL OR left_on >= joined_on)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX volunteer_membership_current_key ON volunteer_membership (team_id, volunteer_id) WHERE left_on IS NULL`,
    );
    await q.query(
      `CREATE INDEX volunteer_membership_volunteer_idx ON volunteer_membership (volunteer_id, team_id)`,
    );

    await q.query(`ALTER TABLE activity ADD COLUMN organiser_team_id int
      CONSTRAINT activity_organiser_team_id_fkey REFERENCES volunteer_team (id)`);
    await q.query(`CREATE INDEX activity_team_idx ON activity (organiser_team_id, starts_at)`);
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_organiser_kind_check`);
    await q.query(`ALTER TABLE activity ADD CONSTRAINT activity_organiser_kind_check
      CHECK (organiser_kind IN ('BUREAU', 'BRANCH', 'TEAM'))`);
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_organiser_check`);
    await q.query(`ALTER TABLE activity ADD CONSTRAINT activity_organiser_check
      CHECK ((organiser_kind = 'BRANCH') = (organiser_branch_id IS NOT NULL) AND (organiser_kind = 'TEAM') = (organiser_team_id IS NOT NULL))`);
    await q.query(`
      INSERT INTO activity_kind (code) VALUES ('VOLUNTEER_SERVICE'), ('SCIENCE_LECTURE'), ('PERFORMANCE')`);

    await q.query(`
      CREATE TABLE volunteer_service (
        activity_id int PRIMARY KEY CONSTRAINT volunteer_service_activity_id_fkey REFERENCES activity (id) ON DELETE CASCADE,
        category varchar(30) NOT NULL CONSTRAINT volunteer_service_category_check CHECK (category IN (${CATEGORIES})),
        couplets int NOT NULL DEFAULT 0 CONSTRAINT volunteer_service_couplets_check CHECK (couplets >= 0)
      )`);
    await q.query(`
      CREATE TABLE volunteer_hours (
        activity_id int NOT NULL CONSTRAINT volunteer_hours_activity_id_fkey REFERENCES activity (id) ON DELETE CASCADE,
        volunteer_id int NOT NULL CONSTRAINT volunteer_hours_volunteer_id_fkey REFERENCES volunteer (id),
        hours numeric(4,1) NOT NULL CONSTRAINT volunteer_hours_hours_check CHECK (hours > 0 AND hours <= 24),
        CONSTRAINT volunteer_hours_pkey PRIMARY KEY (activity_id, volunteer_id)
      )`);
    await q.query(
      `CREATE INDEX volunteer_hours_volunteer_idx ON volunteer_hours (volunteer_id, activity_id)`,
    );
    await q.query(`
      CREATE TABLE volunteer_donation (
        id serial PRIMARY KEY,
        activity_id int NOT NULL CONSTRAINT volunteer_donation_activity_id_fkey REFERENCES activity (id) ON DELETE CASCADE,
        donor varchar(100) NOT NULL CONSTRAINT volunteer_donation_donor_check CHECK (btrim(donor) <> ''),
        amount_fen int NOT NULL CONSTRAINT volunteer_donation_amount_fen_check CHECK (amount_fen > 0)
      )`);
    await q.query(
      `CREATE INDEX volunteer_donation_activity_idx ON volunteer_donation (activity_id, id)`,
    );

    await q.query(`
      CREATE TABLE volunteer_setting (
        id int PRIMARY KEY DEFAULT 1 CONSTRAINT volunteer_setting_id_check CHECK (id = 1),
        points_per_hour int NOT NULL DEFAULT 1 CONSTRAINT volunteer_setting_points_per_hour_check CHECK (points_per_hour BETWEEN 1 AND 100),
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO volunteer_setting (id) VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE volunteer_setting`);
    await q.query(`DROP TABLE volunteer_donation`);
    await q.query(`DROP TABLE volunteer_hours`);
    await q.query(`DROP TABLE volunteer_service`);
    const gone = `SELECT id FROM activity WHERE organiser_kind = 'TEAM' OR kind IN ('VOLUNTEER_SERVICE', 'SCIENCE_LECTURE', 'PERFORMANCE')`;
    await q.query(`DELETE FROM activity_participant WHERE activity_id IN (${gone})`);
    await q.query(`DELETE FROM activity_attachment WHERE activity_id IN (${gone})`);
    await q.query(
      `DELETE FROM activity WHERE organiser_kind = 'TEAM' OR kind IN ('VOLUNTEER_SERVICE', 'SCIENCE_LECTURE', 'PERFORMANCE')`,
    );
    await q.query(
      `DELETE FROM activity_kind WHERE code IN ('VOLUNTEER_SERVICE', 'SCIENCE_LECTURE', 'PERFORMANCE')`,
    );
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_organiser_check`);
    await q.query(`ALTER TABLE activity ADD CONSTRAINT activity_organiser_check
      CHECK ((organiser_kind = 'BRANCH') = (organiser_branch_id IS NOT NULL))`);
    await q.query(`ALTER TABLE activity DROP CONSTRAINT activity_organiser_kind_check`);
    await q.query(`ALTER TABLE activity ADD CONSTRAINT activity_organiser_kind_check
      CHECK (organiser_kind IN ('BUREAU', 'BRANCH'))`);
    await q.query(`ALTER TABLE activity DROP COLUMN organiser_team_id`);
    await q.query(`DROP TABLE volunteer_membership`);
    await q.query(`DROP TABLE volunteer`);
    await q.query(`DROP TABLE volunteer_team_category`);
    await q.query(`DROP TABLE volunteer_team`);
  }
}
