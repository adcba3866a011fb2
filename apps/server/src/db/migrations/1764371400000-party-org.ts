import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 组织建设 and 荣誉: branch committee terms (换届) with their seats, the yearly assessment of a
 * branch, members' representative roles (党代表, 人大代表, 政协委员) and commemorative medals
 * issued; the ceremonies and political events are kinds of the one activity record.
 */
export class PartyOrg1764371400000 implements MigrationInterface {
  name = 'PartyOrg1764371400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE committee_term (
        id serial PRIMARY KEY,
        branch_id int NOT NULL CONSTRAINT committee_term_branch_id_fkey REFERENCES branch (id),
        elected_on date NOT NULL,
        term_years smallint NOT NULL DEFAULT 3 CONSTRAINT committee_term_years_check CHECK (term_years BETWEEN 1 AND 10),
        remarks varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_term_branch_key UNIQUE (branch_id, elected_on)
      )`);
    await q.query(`
      CREATE TABLE committee_seat (
        id serial PRIMARY KEY,
        term_id int NOT NULL CONSTRAINT committee_seat_term_id_fkey REFERENCES committee_term (id) ON DELETE CASCADE,
        position varchar(30) NOT NULL CONSTRAINT committee_seat_position_check
          CHECK (position IN ('SECRETARY', 'DEPUTY_SECRETARY', 'ORGANISATION', 'PROPAGANDA', 'DISCIPLINE')),
        member_id int CONSTRAINT committee_seat_member_id_fkey REFERENCES member (id),
        name varchar(50),
        CONSTRAINT committee_seat_person_check CHECK ((member_id IS NULL) <> (name IS NULL))
      )`);
    await q.query(`CREATE INDEX committee_seat_term_idx ON committee_seat (term_id, id)`);
    await q.query(`CREATE INDEX committee_seat_member_idx ON committee_seat (member_id)`);

    await q.query(`
      CREATE TABLE branch_assessment (
        id serial PRIMARY KEY,
        branch_id int NOT NULL CONSTRAINT branch_assessment_branch_id_fkey REFERENCES branch (id),
        year int NOT NULL CONSTRAINT branch_assessment_year_check CHECK (year BETWEEN 1949 AND 2200),
        rating varchar(20) NOT NULL CONSTRAINT branch_assessment_rating_check
          CHECK (rating IN ('GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR')),
        reviewed_on date,
        remarks varchar(500),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT branch_assessment_branch_key UNIQUE (branch_id, year)
      )`);
    await q.query(`CREATE INDEX branch_assessment_year_idx ON branch_assessment (year)`);

    await q.query(`
      CREATE TABLE representative_role (
        id serial PRIMARY KEY,
        member_id int NOT NULL CONSTRAINT representative_role_member_id_fkey REFERENCES member (id),
        kind varchar(30) NOT NULL CONSTRAINT representative_role_kind_check
          CHECK (kind IN ('PARTY_CONGRESS', 'PEOPLES_CONGRESS', 'CPPCC')),
        level varchar(20) NOT NULL CONSTRAINT representative_role_level_check
          CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'TOWNSHIP')),
        term_from date NOT NULL,
        term_to date,
        CONSTRAINT representative_role_check CHECK (term_to IS NULL OR term_to >= term_from)
      )`);
    await q.query(`CREATE INDEX representative_role_member_idx ON representative_role (member_id)`);

    await q.query(`
      CREATE TABLE medal_award (
        id serial PRIMARY KEY,
        member_id int NOT NULL CONSTRAINT medal_award_member_id_fkey REFERENCES member (id),
        medal varchar(30) NOT NULL CONSTRAINT medal_award_medal_check
          CHECK (medal IN ('PARTY_50_YEARS', 'PRC_70TH_ANNIVERSARY')),
        issued_on date NOT NULL,
        ceremony varchar(200),
        issued_by varchar(100) NOT NULL,
        CONSTRAINT medal_award_member_key UNIQUE (member_id, medal)
      )`);
    await q.query(`CREATE INDEX medal_award_issued_idx ON medal_award (medal, issued_on)`);

    await q.query(`
      INSERT INTO activity_kind (code) VALUES
        ('HONORARY_RETIREMENT'), ('POLITICAL_BIRTHDAY'), ('POLITICAL_EVENT'), ('SYMPOSIUM'), ('INSPECTION')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM activity_kind WHERE code IN ('HONORARY_RETIREMENT', 'POLITICAL_BIRTHDAY', 'POLITICAL_EVENT', 'SYMPOSIUM', 'INSPECTION')`,
    );
    await q.query(`DROP TABLE medal_award`);
    await q.query(`DROP TABLE representative_role`);
    await q.query(`DROP TABLE branch_assessment`);
    await q.query(`DROP TABLE committee_seat`);
    await q.query(`DROP TABLE committee_term`);
  }
}
