import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { activityInReach, chinaDayStart } from '../activity/activity.repository';
import type { CentreStats } from './centre.types';

/**
 * A year of the activity centre from its records, up to `asOf` (the year's end, or today).
 * The whole county sees the centre's every booking and course; a caller limited to a branch
 * sees the bookings of its branches' activities, and the courses, enrolments and attendance of
 * its members.
 */
export async function centreFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: string,
): Promise<CentreStats> {
  const from = chinaDayStart(`${year}-01-01`);
  const until = chinaDayStart(sql`(${asOf}::date + 1)`);
  const bookingInReach = reach.wholeBureau
    ? sql`rb.room_id IN (SELECT r.id FROM centre_room r WHERE ${reach.bureau('r')})`
    : sql`EXISTS (SELECT 1 FROM activity a WHERE a.id = rb.activity_id AND ${activityInReach('a', reach)})`;
  const [bookings] = await db.run(sql`
    SELECT count(*)::int AS n,
      coalesce(sum(extract(epoch FROM rb.ends_at - rb.starts_at)), 0)::bigint AS seconds
    FROM room_booking rb
    WHERE rb.status = 'BOOKED' AND rb.starts_at >= ${from} AND rb.starts_at < ${until} AND ${bookingInReach}`);
  const [rooms] = await db.run(
    sql`SELECT count(*)::int AS n FROM centre_room r WHERE r.active AND ${reach.bureau('r')}`,
  );
  const courseInReach = reach.wholeBureau
    ? sql`s.course_id IN (SELECT c.id FROM course c WHERE ${reach.bureau('c')})`
    : sql`s.course_id IN (SELECT course_id FROM e)`;
  // The year's course sessions, and the enrolments of the members in reach in their courses.
  const [courses] = await db.run(sql`
    WITH s AS (
      SELECT rb.id, rb.course_id FROM room_booking rb
      WHERE rb.course_id IS NOT NULL AND rb.status = 'BOOKED'
        AND rb.starts_at >= ${from} AND rb.starts_at < ${until}),
    e AS (
      SELECT e.course_id, e.status FROM course_enrolment e JOIN member m ON m.id = e.member_id
      WHERE e.course_id IN (SELECT course_id FROM s) AND e.status <> 'WITHDRAWN' AND ${reach.member('m')}),
    a AS (
      SELECT ca.present FROM course_attendance ca JOIN member m ON m.id = ca.member_id
      WHERE ca.booking_id IN (SELECT id FROM s) AND ${reach.member('m')})
    SELECT
      (SELECT count(DISTINCT s.course_id) FROM s
        WHERE ${courseInReach})::int AS courses,
      (SELECT count(*) FROM s
        WHERE ${courseInReach})::int AS sessions,
      (SELECT count(*) FROM e WHERE e.status = 'ENROLLED')::int AS enrolled,
      (SELECT count(*) FROM e WHERE e.status = 'WAITING')::int AS waiting,
      (SELECT count(*) FROM a)::int AS recorded,
      (SELECT count(*) FROM a WHERE a.present)::int AS present`);
  const recorded = Number(courses.recorded);
  return {
    rooms: Number(rooms.n),
    bookings: Number(bookings.n),
    bookedHours: Number(bookings.seconds) / 3600,
    courses: Number(courses.courses),
    sessionsHeld: Number(courses.sessions),
    enrolments: Number(courses.enrolled),
    waiting: Number(courses.waiting),
    courseAttendance: Number(courses.present),
    courseAttendanceRate: recorded ? Number(courses.present) / recorded : null,
  };
}
