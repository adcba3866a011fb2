import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The activity centre (老干部活动中心): its rooms, their bookings (never two of one room at
 * once: an exclusion constraint over the booked time ranges), the courses of the 老年大学 with
 * their enrolments and each session's attendance, and an activity's room beside its free-text
 * place.
 */
export class Centre1764371700000 implements MigrationInterface {
  name = 'Centre1764371700000';

  async up(q: QueryRunner): Promise<void> {
    // Equality on room_id inside a GiST exclusion constraint; trusted, so the owner may create it.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE centre_room (
        id serial PRIMARY KEY,
        name varchar(50) NOT NULL CONSTRAINT centre_room_name_check CHECK (btrim(name) <> ''),
        capacity int NOT NULL CONSTRAINT centre_room_capacity_check CHECK (capacity > 0),
        area_sqm int NOT NULL CONSTRAINT centre_room_area_check CHECK (area_sqm > 0),
        equipment text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT centre_room_name_key UNIQUE (name)
      )`);

    await q.query(`
      CREATE TABLE course (
        id serial PRIMARY KEY,
        name varchar(50) NOT NULL CONSTRAINT course_name_check CHECK (btrim(name) <> ''),
        term varchar(20) NOT NULL CONSTRAINT course_term_check CHECK (btrim(term) <> ''),
        teacher varchar(50) NOT NULL,
        room_id int NOT NULL CONSTRAINT course_room_id_fkey REFERENCES centre_room (id),
        schedule jsonb NOT NULL,
        term_starts_on date NOT NULL,
        term_ends_on date NOT NULL,
        capacity int NOT NULL CONSTRAINT course_capacity_check CHECK (capacity > 0),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT course_term_dates_check CHECK (term_ends_on >= term_starts_on),
        CONSTRAINT course_term_name_key UNIQUE (term, name)
      )`);
    await q.query(`CREATE INDEX course_term_idx ON course (term_starts_on, id)`);

    await q.query(`
      CREATE TABLE room_booking (
        id serial PRIMARY KEY,
        room_id int NOT NULL CONSTRAINT room_booking_room_id_fkey REFERENCES centre_room (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        purpose varchar(200) NOT NULL,
        activity_id int CONSTRAINT room_booking_activity_id_fkey REFERENCES activity (id) ON DELETE CASCADE,
        course_id int CONSTRAINT room_booking_course_id_fkey REFERENCES course (id),
        status varchar(10) NOT NULL DEFAULT 'BOOKED'
          CONSTRAINT room_booking_status_check CHECK (status IN ('BOOKED', 'CANCELLED')),
        booked_by varchar(100) NOT NULL,
        cancelled_at timestamptz,
        cancelled_by varchar(100),
        cancel_reason varchar(200),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT room_booking_check CHECK (ends_at > starts_at),
        CONSTRAINT room_booking_for_check CHECK (activity_id IS NULL OR course_id IS NULL),
        CONSTRAINT room_booking_cancelled_check CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
        CONSTRAINT room_booking_no_overlap EXCLUDE USING gist
          (room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status = 'BOOKED')
      )`);
    await q.query(`CREATE INDEX room_booking_starts_idx ON room_booking (starts_at, room_id)`);
    await q.query(`CREATE INDEX room_booking_course_idx ON room_booking (course_id, starts_at)`);
    await q.query(`CREATE INDEX room_booking_activity_idx ON room_booking (activity_id)`);

    await q.query(`
      CREATE TABLE course_enrolment (
        id serial PRIMARY KEY,
        course_id int NOT NULL CONSTRAINT course_enrolment_course_id_fkey REFERENCES course (id),
        member_id int NOT NULL CONSTRAINT course_enrolment_member_id_fkey REFERENCES member (id),
        status varchar(10) NOT NULL
          CONSTRAINT course_enrolment_status_check CHECK (status IN ('ENROLLED', 'WAITING', 'WITHDRAWN')),
        enrolled_by varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        promoted_at timestamptz,
        withdrawn_at timestamptz,
        CONSTRAINT course_enrolment_withdrawn_check CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX course_enrolment_member_key ON course_enrolment (course_id, member_id) WHERE status <> 'WITHDRAWN'`,
    );
    await q.query(
      `CREATE INDEX course_enrolment_course_idx ON course_enrolment (course_id, status, id)`,
    );
    await q.query(`CREATE INDEX course_enrolment_member_idx ON course_enrolment (member_id)`);

    await q.query(`
      CREATE TABLE course_attendance (
        booking_id int NOT NULL CONSTRAINT course_attendance_booking_id_fkey REFERENCES room_booking (id),
        member_id int NOT NULL CONSTRAINT course_attendance_member_id_fkey REFERENCES member (id),
        present boolean NOT NULL,
        CONSTRAINT course_attendance_pkey PRIMARY KEY (booking_id, member_id)
      )`);

    await q.query(
      `ALTER TABLE activity ADD COLUMN room_id int CONSTRAINT activity_room_id_fkey REFERENCES centre_room (id)`,
    );
    await q.query(
      `COMMENT ON COLUMN activity.place IS 'Free text; a room of the activity centre is room_id'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `COMMENT ON COLUMN activity.place IS 'Free text; a room of the activity centre will be a column of its own'`,
    );
    await q.query(`ALTER TABLE activity DROP COLUMN room_id`);
    await q.query(`DROP TABLE course_attendance`);
    await q.query(`DROP TABLE course_enrolment`);
    await q.query(`DROP TABLE room_booking`);
    await q.query(`DROP TABLE course`);
    await q.query(`DROP TABLE centre_room`);
  }
}
