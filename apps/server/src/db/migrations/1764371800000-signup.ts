import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 网络报名: an activity or a course open for sign-up until a deadline. `signup_window` is the
 * one record of a sign-up's window, for an activity (with its capacity) or a course (whose own
 * capacity and waiting list, `course_enrolment`, take the sign-ups). `activity_signup` holds the
 * sign-ups for activities: signed up, waiting in the order asked, or cancelled.
 */
export class Signup1764371800000 implements MigrationInterface {
  name = 'Signup1764371800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signup_window (
        id serial PRIMARY KEY,
        activity_id int CONSTRAINT signup_window_activity_id_fkey REFERENCES activity (id) ON DELETE CASCADE,
        course_id int CONSTRAINT signup_window_course_id_fkey REFERENCES course (id),
        capacity int,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        opened_by varchar(100) NOT NULL,
        closed_at timestamptz,
        closed_by varchar(100),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT signup_window_for_check CHECK ((activity_id IS NULL) <> (course_id IS NULL)),
        CONSTRAINT signup_window_capacity_check
          CHECK (CASE WHEN activity_id IS NULL THEN capacity IS NULL ELSE capacity > 0 END),
        CONSTRAINT signup_window_check CHECK (closes_at > opens_at),
        CONSTRAINT signup_window_closed_check CHECK ((closed_at IS NULL) = (closed_by IS NULL)),
        CONSTRAINT signup_window_activity_id_key UNIQUE (activity_id),
        CONSTRAINT signup_window_course_id_key UNIQUE (course_id)
      )`);
    await q.query(`CREATE INDEX signup_window_closes_idx ON signup_window (closes_at, id)`);

    await q.query(`
      CREATE TABLE activity_signup (
        id serial PRIMARY KEY,
        activity_id int NOT NULL CONSTRAINT activity_signup_activity_id_fkey REFERENCES activity (id) ON DELETE CASCADE,
        member_id int NOT NULL CONSTRAINT activity_signup_member_id_fkey REFERENCES member (id),
        status varchar(10) NOT NULL
          CONSTRAINT activity_signup_status_check CHECK (status IN ('SIGNED_UP', 'WAITING', 'CANCELLED')),
        signed_up_at timestamptz NOT NULL,
        signed_up_by varchar(100) NOT NULL,
        signed_up_by_user_id int CONSTRAINT activity_signup_signed_up_by_user_id_fkey REFERENCES app_user (id),
        signed_up_by_token_id int CONSTRAINT activity_signup_signed_up_by_token_id_fkey REFERENCES api_token (id),
        promoted_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by varchar(100),
        CONSTRAINT activity_signup_by_check CHECK (signed_up_by_user_id IS NULL OR signed_up_by_token_id IS NULL),
        CONSTRAINT activity_signup_cancelled_check CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX activity_signup_member_key ON activity_signup (activity_id, member_id) WHERE status <> 'CANCELLED'`,
    );
    await q.query(
      `CREATE INDEX activity_signup_activity_idx ON activity_signup (activity_id, status, id)`,
    );
    await q.query(`CREATE INDEX activity_signup_member_idx ON activity_signup (member_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE activity_signup`);
    await q.query(`DROP TABLE signup_window`);
  }
}
