import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Branches (a tree by materialised path), members and their branch history. */
export class Roster1764370000000 implements MigrationInterface {
  name = 'Roster1764370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE branch (
        id serial PRIMARY KEY,
        name varchar(100) NOT NULL CHECK (btrim(name) <> ''),
        name_pinyin text NOT NULL,
        search_text text NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('GENERAL_BRANCH', 'BRANCH')),
        parent_id int REFERENCES branch (id),
        path text NOT NULL,
        depth int NOT NULL,
        demonstration_level varchar(20) CHECK (demonstration_level IN ('PROVINCIAL', 'CITY', 'COUNTY')),
        demonstration_year int CHECK (demonstration_year BETWEEN 1949 AND 2200),
        has_members_home boolean NOT NULL DEFAULT false,
        secretary_id int,
        founded_on date,
        address varchar(200),
        meeting_place varchar(200),
        archived_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((demonstration_level IS NULL) = (demonstration_year IS NULL))
      )`);
    await q.query(`CREATE INDEX branch_parent_idx ON branch (parent_id)`);
    await q.query(`CREATE INDEX branch_path_idx ON branch (path text_pattern_ops)`);
    await q.query(`CREATE INDEX branch_kind_idx ON branch (kind, name_pinyin, id)`);
    await q.query(`CREATE INDEX branch_name_idx ON branch (name_pinyin, id)`);
    await q.query(`CREATE INDEX branch_created_idx ON branch (created_at, id)`);
    await q.query(`CREATE INDEX branch_founded_idx ON branch (founded_on, id)`);
    await q.query(
      `CREATE INDEX branch_demonstration_idx ON branch (demonstration_level) WHERE demonstration_level IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX branch_home_idx ON branch (has_members_home) WHERE has_members_home`,
    );
    await q.query(`CREATE INDEX branch_search_idx ON branch USING gin (search_text gin_trgm_ops)`);
    await q.query(
      `CREATE UNIQUE INDEX branch_sibling_name_key ON branch (coalesce(parent_id, 0), name) WHERE archived_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE member (
        id serial PRIMARY KEY,
        name varchar(50) NOT NULL CHECK (btrim(name) <> ''),
        name_pinyin text NOT NULL,
        name_initials text NOT NULL,
        search_text text GENERATED ALWAYS AS (name || ' ' || name_pinyin || ' ' || name_initials) STORED,
        gender varchar(10) NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
        ethnicity varchar(20) NOT NULL,
        birth_date date NOT NULL,
        birth_md smallint GENERATED ALWAYS AS
          ((extract(month FROM birth_date) * 100 + extract(day FROM birth_date))::smallint) STORED,
        id_card_number char(18) NOT NULL,
        phone varchar(20),
        address varchar(200),
        residence_kind varchar(20) NOT NULL CHECK (residence_kind IN ('TOWNSHIP', 'ELSEWHERE')),
        residence_place varchar(50) NOT NULL,
        former_unit varchar(100),
        former_position varchar(100),
        rank varchar(50),
        retirement_type varchar(10) NOT NULL CHECK (retirement_type IN ('LIXIU', 'TUIXIU')),
        retirement_date date,
        work_start_date date,
        party_member boolean NOT NULL,
        party_join_date date,
        branch_id int NOT NULL REFERENCES branch (id),
        status varchar(20) NOT NULL DEFAULT 'ACTIVE'
          CHECK (status IN ('ACTIVE', 'DECEASED', 'TRANSFERRED_OUT')),
        death_date date,
        transferred_out_on date,
        transfer_destination varchar(100),
        health_status varchar(20) CHECK (health_status IN ('GOOD', 'FAIR', 'POOR', 'BEDRIDDEN')),
        health_notes text,
        living_situation varchar(20)
          CHECK (living_situation IN ('ALONE', 'WITH_SPOUSE', 'WITH_FAMILY', 'CARE_HOME')),
        spouse_name varchar(50),
        emergency_contact_name varchar(50),
        emergency_contact_relation varchar(20),
        emergency_contact_phone varchar(20),
        care_plan text,
        contact_leader varchar(50),
        tags text[] NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'DECEASED') = (death_date IS NOT NULL)),
        CHECK ((status = 'TRANSFERRED_OUT') = (transferred_out_on IS NOT NULL)),
        CHECK (party_member OR party_join_date IS NULL)
      )`);
    await q.query(
      `ALTER TABLE branch ADD CONSTRAINT branch_secretary_fk FOREIGN KEY (secretary_id) REFERENCES member (id)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX member_current_id_card_key ON member (id_card_number) WHERE status = 'ACTIVE'`,
    );
    await q.query(
      `CREATE INDEX member_id_card_suffix_idx ON member (reverse(id_card_number) text_pattern_ops)`,
    );
    await q.query(`CREATE INDEX member_branch_idx ON member (branch_id, status)`);
    await q.query(`CREATE INDEX member_status_name_idx ON member (status, name_pinyin, id)`);
    await q.query(`CREATE INDEX member_name_idx ON member (name_pinyin, id)`);
    await q.query(`CREATE INDEX member_birth_date_idx ON member (birth_date, id)`);
    await q.query(`CREATE INDEX member_birth_md_idx ON member (birth_md)`);
    await q.query(`CREATE INDEX member_party_join_idx ON member (party_join_date, id)`);
    await q.query(`CREATE INDEX member_retirement_idx ON member (retirement_type)`);
    await q.query(`CREATE INDEX member_created_idx ON member (created_at, id)`);
    await q.query(`CREATE INDEX member_updated_idx ON member (updated_at, id)`);
    await q.query(`CREATE INDEX member_secretary_idx ON branch (secretary_id)`);
    await q.query(`CREATE INDEX member_search_idx ON member USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX member_tags_idx ON member USING gin (tags)`);

    await q.query(`
      CREATE TABLE branch_membership (
        id serial PRIMARY KEY,
        member_id int NOT NULL REFERENCES member (id),
        branch_id int NOT NULL REFERENCES branch (id),
        started_on date NOT NULL,
        ended_on date,
        reason varchar(20) NOT NULL CHECK (reason IN ('ENROLLED', 'TRANSFERRED')),
        note varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(
      `CREATE INDEX branch_membership_member_idx ON branch_membership (member_id, started_on)`,
    );
    await q.query(`CREATE INDEX branch_membership_branch_idx ON branch_membership (branch_id)`);
    await q.query(
      `CREATE UNIQUE INDEX branch_membership_open_key ON branch_membership (member_id) WHERE ended_on IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE branch_membership`);
    await q.query(`ALTER TABLE branch DROP CONSTRAINT branch_secretary_fk`);
    await q.query(`DROP TABLE member`);
    await q.query(`DROP TABLE branch`);
  }
}
