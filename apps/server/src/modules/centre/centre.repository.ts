import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach } from '../../kernel/access/reach';
import { chinaDayStart } from '../activity/activity.repository';
import { CourseAttendanceEntity } from './course-attendance.entity';
import { CourseEnrolmentEntity } from './course-enrolment.entity';
import { CourseEntity } from './course.entity';
import { RoomBookingEntity } from './room-booking.entity';
import { RoomEntity } from './room.entity';
import {
  Course,
  CourseAttendance,
  CourseEnrolment,
  Room,
  RoomBooking,
  type CourseSlot,
} from './centre.types';

const ROOM = Projection.of(RoomEntity, {}, {});
export const ROOM_COLUMNS = ROOM.select('r', ROOM.properties());
const BOOKING = Projection.of(RoomBookingEntity, {}, {});
export const BOOKING_COLUMNS = BOOKING.select('rb', BOOKING.properties());
const COURSE = Projection.of(CourseEntity, {}, {});
export const COURSE_COLUMNS = COURSE.select('c', COURSE.properties());
const ENROLMENT = Projection.of(
  CourseEnrolmentEntity,
  {
    computed: {
      // The place in the queue: who asked first (the lower id) moves up first.
      waitingPosition: `CASE WHEN $.status = 'WAITING' THEN (SELECT count(*)::int FROM course_enrolment w
        WHERE w.course_id = $.course_id AND w.status = 'WAITING' AND w.id <= $.id) END`,
    },
  },
  {},
);
export const ENROLMENT_COLUMNS = ENROLMENT.select('e', ENROLMENT.properties());
const ATTENDANCE = Projection.of(CourseAttendanceEntity, {}, {});
const ATTENDANCE_COLUMNS = ATTENDANCE.select('ca', ATTENDANCE.properties());

export const toRoom = (row: Row) => toNode(Room, 'Room', row);
export const toBooking = (row: Row) => toNode(RoomBooking, 'RoomBooking', row);
export const toCourse = (row: Row) => {
  const course = toNode(Course, 'Course', row);
  course.schedule = course.schedule as CourseSlot[];
  return course;
};
export const toEnrolment = (row: Row) => toNode(CourseEnrolment, 'CourseEnrolment', row);

/**
 * A room or course of the centre is its county's: those who reach the county (its secretaries
 * too, who book rooms and enrol their members) see it; the other counties do not.
 */
export async function roomsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${ROOM_COLUMNS} FROM centre_room r WHERE r.id = ANY(${keys}) AND ${reach.bureau('r')}`,
  );
  return rows.map(toRoom);
}

/** The centre's rooms in reach by name; the inactive ones only when asked. */
export function listRooms(
  db: Queryable,
  reach: Reach,
  includeInactive: boolean,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${ROOM_COLUMNS} FROM centre_room r`,
    countFrom: sql`FROM centre_room r`,
    conditions: includeInactive ? [reach.bureau('r')] : [reach.bureau('r'), sql`r.active`],
    sort: { expr: 'r.name', property: 'name', type: 'text' },
    tiebreaker: { expr: 'r.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toRoom,
    countWithPage: options.countWithPage,
  });
}

export async function bookingsByKeys(db: Queryable, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${BOOKING_COLUMNS} FROM room_booking rb WHERE rb.id = ANY(${keys})`,
  );
  return rows.map(toBooking);
}

/**
 * The bookings (not cancelled) holding any time of the China days `from` to `to`, of one room or
 * all, by start: one range condition the exclusion constraint's GiST index answers.
 */
export async function bookingsBetween(
  db: Queryable,
  reach: Reach,
  days: { from: string; to: string },
  roomKey: number | null,
) {
  const rows = await db.run(sql`
    SELECT ${BOOKING_COLUMNS} FROM room_booking rb
    WHERE rb.status = 'BOOKED'
      AND rb.room_id IN (SELECT r.id FROM centre_room r WHERE ${reach.bureau('r')})
      AND tstzrange(rb.starts_at, rb.ends_at, '[)')
        && tstzrange(${chinaDayStart(days.from)}, ${chinaDayStart(sql`(${days.to}::date + 1)`)}, '[)')
      ${roomKey === null ? sql`` : sql`AND rb.room_id = ${roomKey}`}
    ORDER BY rb.starts_at, rb.room_id, rb.id`);
  return rows.map(toBooking);
}

/**
 * The bookings (not cancelled) of a room that hold any of `ranges`, each with the index of the
 * range it is in the way of, in the order of the ranges.
 */
export async function clashingBookings(
  db: Queryable,
  roomKey: number,
  ranges: readonly { startsAt: Date; endsAt: Date }[],
): Promise<{ index: number; booking: RoomBooking }[]> {
  if (!ranges.length) return [];
  const rows = await db.run(sql`
    SELECT p.i::int - 1 AS "rangeIndex", ${BOOKING_COLUMNS}
    FROM unnest(${ranges.map((r) => r.startsAt)}::timestamptz[], ${ranges.map((r) => r.endsAt)}::timestamptz[])
      WITH ORDINALITY AS p(s, e, i)
    JOIN room_booking rb ON rb.room_id = ${roomKey} AND rb.status = 'BOOKED'
      AND tstzrange(rb.starts_at, rb.ends_at, '[)') && tstzrange(p.s, p.e, '[)')
    ORDER BY p.i, rb.starts_at, rb.id`);
  return rows.map(({ rangeIndex, ...row }) => ({
    index: Number(rangeIndex),
    booking: toBooking(row),
  }));
}

/** Each course's sessions (its bookings, cancelled ones too), by start. */
export async function sessionsOfCourses(db: Queryable, courseKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${BOOKING_COLUMNS} FROM room_booking rb
    WHERE rb.course_id = ANY(${courseKeys}) ORDER BY rb.course_id, rb.starts_at, rb.id`);
  return rows.map(toBooking);
}

export async function coursesByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${COURSE_COLUMNS} FROM course c WHERE c.id = ANY(${keys}) AND ${reach.bureau('c')}`,
  );
  return rows.map(toCourse);
}

export interface CourseCriteria {
  term?: string | null;
  /** Courses whose term includes this China day. */
  runningOn?: string | null;
}

function courseConditions(criteria: CourseCriteria | null | undefined): Sql[] {
  const conditions: Sql[] = [];
  if (criteria?.term) conditions.push(sql`c.term = ${criteria.term}`);
  if (criteria?.runningOn)
    conditions.push(
      sql`c.term_starts_on <= ${criteria.runningOn}::date AND c.term_ends_on >= ${criteria.runningOn}::date`,
    );
  return conditions;
}

/** Courses in reach, latest term first. */
export function listCourses(
  db: Queryable,
  reach: Reach,
  criteria: CourseCriteria | null | undefined,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${COURSE_COLUMNS}, c.term_starts_on::text AS "sortKey" FROM course c`,
    countFrom: sql`FROM course c`,
    conditions: [reach.bureau('c'), ...courseConditions(criteria)],
    sort: { expr: 'c.term_starts_on', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'c.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toCourse,
    countWithPage: options.countWithPage,
  });
}

/** Places taken and members waiting, per course. */
export async function enrolmentCounts(db: Queryable, courseKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT e.course_id AS "courseId",
      count(*) FILTER (WHERE e.status = 'ENROLLED')::int AS enrolled,
      count(*) FILTER (WHERE e.status = 'WAITING')::int AS waiting
    FROM course_enrolment e WHERE e.course_id = ANY(${courseKeys}) GROUP BY e.course_id`);
  return new Map(
    rows.map((r) => [
      Number(r.courseId),
      { enrolled: Number(r.enrolled), waiting: Number(r.waiting) },
    ]),
  );
}

/**
 * Each course's enrolments of members in reach (withdrawals left out): the enrolled by name,
 * then the waiting list in order.
 */
export async function enrolmentsOfCourses(
  db: Queryable,
  reach: Reach,
  courseKeys: readonly number[],
) {
  const rows = await db.run(sql`
    SELECT ${ENROLMENT_COLUMNS} FROM course_enrolment e JOIN member m ON m.id = e.member_id
    WHERE e.course_id = ANY(${courseKeys}) AND e.status <> 'WITHDRAWN' AND ${reach.member('m')}
    ORDER BY e.course_id, e.status = 'WAITING', CASE WHEN e.status = 'WAITING' THEN e.id END,
      m.name_pinyin, m.id`);
  return rows.map(toEnrolment);
}

/** Each member's enrolments (not withdrawn), latest term first (the members are in reach). */
export async function enrolmentsOfMembers(db: Queryable, memberKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ENROLMENT_COLUMNS} FROM course_enrolment e JOIN course c ON c.id = e.course_id
    WHERE e.member_id = ANY(${memberKeys}) AND e.status <> 'WITHDRAWN'
    ORDER BY e.member_id, c.term_starts_on DESC, c.name, e.id`);
  return rows.map(toEnrolment);
}

/** Enrolments of members in reach, by id. */
export async function enrolmentsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ENROLMENT_COLUMNS} FROM course_enrolment e JOIN member m ON m.id = e.member_id
    WHERE e.id = ANY(${keys}) AND ${reach.member('m')}`);
  return rows.map(toEnrolment);
}

/** Each session's attendance of members in reach, by name. */
export async function attendanceOfSessions(
  db: Queryable,
  reach: Reach,
  bookingKeys: readonly number[],
) {
  const rows = await db.run(sql`
    SELECT ${ATTENDANCE_COLUMNS} FROM course_attendance ca JOIN member m ON m.id = ca.member_id
    WHERE ca.booking_id = ANY(${bookingKeys}) AND ${reach.member('m')}
    ORDER BY ca.booking_id, m.name_pinyin, m.id`);
  return rows.map((row) => Object.assign(new CourseAttendance(), row));
}
