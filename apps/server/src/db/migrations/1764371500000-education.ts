import type { MigrationInterface, QueryRunner } from 'typeorm';

const WORK_KINDS = `'ESSAY', 'VIDEO', 'RESEARCH_REPORT', 'RED_STORY', 'CHRONICLE'`;
const AWARD_LEVELS = `'NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY'`;
const AWARD_GRADES = `'SPECIAL', 'FIRST', 'SECOND', 'THIRD', 'EXCELLENCE'`;
const LECTURE_FORMATS = `'ON_SITE', 'VIDEO'`;
const ORDER_STATES = `'ORDERED', 'SCHEDULED', 'HELD', 'CANCELLED'`;

/**
 * 学习教育: the topic lecture as an activity kind; the 红色讲堂's catalogue of lectures, the
 * branches' orders (点单) and how they were scheduled, held (as an activity) and rated; works (征文, videos, 调研报告, 红色故事,
 * 志书) with their authors from the roster and their awards; the monthly learning points of the
 * provincial platform (三湘老干部e家) per member.
 */
export class Education1764371500000 implements MigrationInterface {
  name = 'Education1764371500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO activity_kind (code) VALUES ('TOPIC_LECTURE')`);

    await q.query(`
      CREATE TABLE work (
        id serial PRIMARY KEY,
        kind varchar(20) NOT NULL CONSTRAINT work_kind_check CHECK (kind IN (${WORK_KINDS})),
        title varchar(200) NOT NULL CONSTRAINT work_title_check CHECK (btrim(title) <> ''),
        year int NOT NULL CONSTRAINT work_year_check CHECK (year BETWEEN 1949 AND 9999),
        topic_area varchar(40),
        submitted_to varchar(200),
        adopted boolean,
        award_level varchar(20) CONSTRAINT work_award_level_check CHECK (award_level IN (${AWARD_LEVELS})),
        award_grade varchar(20) CONSTRAINT work_award_grade_check CHECK (award_grade IN (${AWARD_GRADES})),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT work_award_check CHECK ((award_level IS NULL) = (award_grade IS NULL)),
        CONSTRAINT work_research_check CHECK (kind = 'RESEARCH_REPORT' OR (topic_area IS NULL AND adopted IS NULL))
      )`);
    await q.query(`CREATE INDEX work_year_idx ON work (year, kind, id)`);

    await q.query(`
      CREATE TABLE work_author (
        work_id int NOT NULL CONSTRAINT work_author_work_id_fkey REFERENCES work (id) ON DELETE CASCADE,
        member_id int NOT NULL CONSTRAINT work_author_member_id_fkey REFERENCES member (id),
        position int NOT NULL CONSTRAINT work_author_position_check CHECK (position >= 1),
        CONSTRAINT work_author_pkey PRIMARY KEY (work_id, member_id),
        CONSTRAINT work_author_position_key UNIQUE (work_id, position)
      )`);
    await q.query(`CREATE INDEX work_author_member_idx ON work_author (member_id)`);

    await q.query(`
      CREATE TABLE learning_points (
        member_id int NOT NULL CONSTRAINT learning_points_member_id_fkey REFERENCES member (id),
        month date NOT NULL CONSTRAINT learning_points_month_check CHECK (extract(day FROM month) = 1),
        points int NOT NULL CONSTRAINT learning_points_points_check CHECK (points >= 0),
        province_rank int CONSTRAINT learning_points_rank_check CHECK (province_rank >= 1),
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT learning_points_pkey PRIMARY KEY (member_id, month)
      )`);
    await q.query(`CREATE INDEX learning_points_month_idx ON learning_points (month, points)`);

    await q.query(`
      CREATE TABLE lecture (
        id serial PRIMARY KEY,
        topic varchar(200) NOT NULL CONSTRAINT lecture_topic_check CHECK (btrim(topic) <> ''),
        lecturer varchar(100) NOT NULL CONSTRAINT lecture_lecturer_check CHECK (btrim(lecturer) <> ''),
        minutes int NOT NULL CONSTRAINT lecture_minutes_check CHECK (minutes BETWEEN 10 AND 600),
        format varchar(20) NOT NULL CONSTRAINT lecture_format_check CHECK (format IN (${LECTURE_FORMATS})),
        description text,
        archived boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE lecture_order (
        id serial PRIMARY KEY,
        lecture_id int NOT NULL CONSTRAINT lecture_order_lecture_id_fkey REFERENCES lecture (id),
        branch_id int NOT NULL CONSTRAINT lecture_order_branch_id_fkey REFERENCES branch (id),
        wished_from date NOT NULL,
        wished_to date NOT NULL,
        note varchar(500),
        state varchar(20) NOT NULL CONSTRAINT lecture_order_state_check CHECK (state IN (${ORDER_STATES})),
        starts_at timestamptz,
        place varchar(200),
        lecturer varchar(100),
        activity_id int CONSTRAINT lecture_order_activity_id_fkey REFERENCES activity (id) ON DELETE SET NULL,
        cancel_reason varchar(200),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT lecture_order_activity_id_key UNIQUE (activity_id),
        CONSTRAINT lecture_order_wished_check CHECK (wished_to >= wished_from),
        CONSTRAINT lecture_order_scheduled_check CHECK (state NOT IN ('SCHEDULED', 'HELD') OR (starts_at IS NOT NULL AND lecturer IS NOT NULL)),
        CONSTRAINT lecture_order_held_check CHECK (state = 'HELD' OR activity_id IS NULL)
      )`);
    await q.query(`CREATE INDEX lecture_order_branch_idx ON lecture_order (branch_id, state)`);
    await q.query(`CREATE INDEX lecture_order_created_idx ON lecture_order (created_at, id)`);

    await q.query(`
      CREATE TABLE lecture_rating (
        order_id int NOT NULL CONSTRAINT lecture_rating_order_id_fkey REFERENCES lecture_order (id),
        member_id int NOT NULL CONSTRAINT lecture_rating_member_id_fkey REFERENCES member (id),
        score int NOT NULL CONSTRAINT lecture_rating_score_check CHECK (score BETWEEN 1 AND 5),
        CONSTRAINT lecture_rating_pkey PRIMARY KEY (order_id, member_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lecture_rating`);
    await q.query(`DROP TABLE lecture_order`);
    await q.query(`DROP TABLE lecture`);
    await q.query(`DROP TABLE learning_points`);
    await q.query(`DROP TABLE work_author`);
    await q.query(`DROP TABLE work`);
    await q.query(`DELETE FROM activity_kind WHERE code = 'TOPIC_LECTURE'`);
  }
}
