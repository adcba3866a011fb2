import type { Queryable, Row } from '../../kernel/db/database';
import { Projection } from '../../kernel/db/projection';
import { raw, sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach } from '../../kernel/access/reach';
import { activityInReach } from '../activity/activity.repository';
import { ENROLMENT_COLUMNS, toEnrolment } from '../centre/centre.repository';
import { EnrolmentStatus, type CourseEnrolment } from '../centre/centre.types';
import { ActivitySignupEntity } from './activity-signup.entity';
import { SignupWindowEntity } from './signup-window.entity';
import { Signup, SignupStatus, SignupWindow } from './signup.types';

const WINDOW = Projection.of(
  SignupWindowEntity,
  {
    computed: {
      // What it is for, as those who sign up read it (an activity may be out of their reach).
      title: `coalesce((SELECT a.title FROM activity a WHERE a.id = $.activity_id),
        (SELECT c.name FROM course c WHERE c.id = $.course_id))`,
      startsAt: `(SELECT a.starts_at FROM activity a WHERE a.id = $.activity_id)`,
      endsAt: `(SELECT a.ends_at FROM activity a WHERE a.id = $.activity_id)`,
      place: `(SELECT a.place FROM activity a WHERE a.id = $.activity_id)`,
      // A course's places are its own capacity, its sign-ups its enrolments.
      capacity: `coalesce($.capacity, (SELECT c.capacity FROM course c WHERE c.id = $.course_id))`,
      signedUp: `CASE WHEN $.activity_id IS NULL
        THEN (SELECT count(*)::int FROM course_enrolment e WHERE e.course_id = $.course_id AND e.status = 'ENROLLED')
        ELSE (SELECT count(*)::int FROM activity_signup s WHERE s.activity_id = $.activity_id AND s.status = 'SIGNED_UP') END`,
      waiting: `CASE WHEN $.activity_id IS NULL
        THEN (SELECT count(*)::int FROM course_enrolment e WHERE e.course_id = $.course_id AND e.status = 'WAITING')
        ELSE (SELECT count(*)::int FROM activity_signup s WHERE s.activity_id = $.activity_id AND s.status = 'WAITING') END`,
    },
  },
  {},
);
export const WINDOW_COLUMNS = WINDOW.select('w', WINDOW.properties());

const SIGNUP = Projection.of(
  ActivitySignupEntity,
  {
    omit: ['signedUpByUserId', 'signedUpByTokenId', 'cancelledBy'],
    computed: {
      // The place in the queue: who signed up first (the lower id) moves up first.
      waitingPosition: `CASE WHEN $.status = 'WAITING' THEN (SELECT count(*)::int FROM activity_signup w
        WHERE w.activity_id = $.activity_id AND w.status = 'WAITING' AND w.id <= $.id) END`,
    },
  },
  {},
);
export const SIGNUP_COLUMNS = SIGNUP.select('s', SIGNUP.properties());

/**
 * The activities a caller may sign members up for, as a condition on `alias`: those in reach,
 * and the county's (the bureau's, a volunteer team's, an association's), which are open to
 * every branch's members.
 */
export function signupActivityInReach(alias: string, reach: Reach) {
  return sql`(${activityInReach(alias, reach)} OR ${raw(alias)}.organiser_kind <> 'BRANCH')`;
}

export const toWindow = (row: Row): SignupWindow => Object.assign(new SignupWindow(), row);

export const toSignup = (row: Row): Signup =>
  Object.assign(new Signup(), { courseId: null, ...row });

const SIGNUP_OF_ENROLMENT: Record<EnrolmentStatus, SignupStatus> = {
  [EnrolmentStatus.ENROLLED]: SignupStatus.SIGNED_UP,
  [EnrolmentStatus.WAITING]: SignupStatus.WAITING,
  [EnrolmentStatus.WITHDRAWN]: SignupStatus.CANCELLED,
};
const ENROLMENT_OF_SIGNUP = Object.fromEntries(
  Object.entries(SIGNUP_OF_ENROLMENT).map(([enrolment, signup]) => [signup, enrolment]),
) as Record<SignupStatus, EnrolmentStatus>;

/** A course enrolment as a sign-up for the course. */
export function signupOfEnrolment(enrolment: CourseEnrolment): Signup {
  return Object.assign(new Signup(), {
    key: enrolment.key,
    activityId: null,
    courseId: enrolment.courseId,
    memberId: enrolment.memberId,
    status: SIGNUP_OF_ENROLMENT[enrolment.status],
    waitingPosition: enrolment.waitingPosition,
    signedUpAt: enrolment.createdAt,
    signedUpBy: enrolment.enrolledBy,
    promotedAt: enrolment.promotedAt,
    cancelledAt: enrolment.withdrawnAt,
  });
}

/** Each activity's window (the activities are in reach already). */
export async function windowsOfActivities(db: Queryable, activityKeys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${WINDOW_COLUMNS} FROM signup_window w WHERE w.activity_id = ANY(${activityKeys})`,
  );
  return rows.map(toWindow);
}

/** Each course's window. */
export async function windowsOfCourses(db: Queryable, courseKeys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${WINDOW_COLUMNS} FROM signup_window w WHERE w.course_id = ANY(${courseKeys})`,
  );
  return rows.map(toWindow);
}

/** Whether a window takes sign-ups at `now`: opened, not past its deadline, not closed. */
export const isOpen = (window: SignupWindow, now: Date) =>
  window.closedAt === null && window.opensAt <= now && now < window.closesAt;

/**
 * The windows open at `now` of the activities a caller may sign members up for and of the courses
 * of the counties in reach,
 * the nearest deadline first.
 */
export function listOpenWindows(
  db: Queryable,
  reach: Reach,
  now: Date,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${WINDOW_COLUMNS}, w.closes_at::text AS "sortKey" FROM signup_window w`,
    countFrom: sql`FROM signup_window w`,
    conditions: [
      sql`w.closed_at IS NULL AND w.opens_at <= ${now} AND w.closes_at > ${now}`,
      sql`(w.activity_id IS NULL OR EXISTS (SELECT 1 FROM activity a
        WHERE a.id = w.activity_id AND ${signupActivityInReach('a', reach)}))`,
      sql`(w.course_id IS NULL OR EXISTS (SELECT 1 FROM course c
        WHERE c.id = w.course_id AND ${reach.bureau('c')}))`,
    ],
    sort: { expr: 'w.closes_at', property: 'sortKey', type: 'timestamptz' },
    tiebreaker: { expr: 'w.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toWindow,
    countWithPage: options.countWithPage,
  });
}

/** Places first, then the waiting list in order, then the cancelled. */
const RANK = (status: string) =>
  `CASE ${status} WHEN 'SIGNED_UP' THEN 0 WHEN 'ENROLLED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END`;

/**
 * A page of the sign-ups of members in reach for an activity the caller may sign members up
 * for (none for another): places by when signed up, then the waiting list in order, then the
 * cancelled.
 */
export function listActivitySignups(
  db: Queryable,
  reach: Reach,
  activityKey: number,
  statuses: readonly SignupStatus[],
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const from = sql`FROM activity_signup s JOIN member m ON m.id = s.member_id
    JOIN activity a ON a.id = s.activity_id`;
  return paginate({
    db,
    select: sql`SELECT ${SIGNUP_COLUMNS}, ${raw(RANK('s.status'))}::int AS rank ${from}`,
    countFrom: from,
    conditions: [
      sql`s.activity_id = ${activityKey}`,
      sql`s.status = ANY(${statuses})`,
      reach.member('m'),
      signupActivityInReach('a', reach),
    ],
    sort: { expr: RANK('s.status'), property: 'rank', type: 'integer' },
    tiebreaker: { expr: 's.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toSignup,
    countWithPage: options.countWithPage,
  });
}

/** A page of a course's enrolments of members in reach, as sign-ups, in the same order. */
export function listCourseSignups(
  db: Queryable,
  reach: Reach,
  courseKey: number,
  statuses: readonly SignupStatus[],
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const from = sql`FROM course_enrolment e JOIN member m ON m.id = e.member_id`;
  return paginate({
    db,
    select: sql`SELECT ${ENROLMENT_COLUMNS}, ${raw(RANK('e.status'))}::int AS rank ${from}`,
    countFrom: from,
    conditions: [
      sql`e.course_id = ${courseKey}`,
      sql`e.status = ANY(${statuses.map((s) => ENROLMENT_OF_SIGNUP[s])})`,
      reach.member('m'),
    ],
    sort: { expr: RANK('e.status'), property: 'rank', type: 'integer' },
    tiebreaker: { expr: 'e.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: (row) => signupOfEnrolment(toEnrolment(row)),
    countWithPage: options.countWithPage,
  });
}

/** Activity sign-ups by id (of members in reach). */
export async function signupsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${SIGNUP_COLUMNS} FROM activity_signup s JOIN member m ON m.id = s.member_id
    WHERE s.id = ANY(${keys}) AND ${reach.member('m')}`);
  return rows.map(toSignup);
}

/** Each activity's members holding a place, of members in reach, by name. */
export async function signedUpMembersOfActivities(
  db: Queryable,
  reach: Reach,
  activityKeys: readonly number[],
) {
  const rows = await db.run(sql`
    SELECT s.activity_id AS "activityId", s.member_id AS "memberId"
    FROM activity_signup s JOIN member m ON m.id = s.member_id
    WHERE s.activity_id = ANY(${activityKeys}) AND s.status = 'SIGNED_UP' AND ${reach.member('m')}
    ORDER BY s.activity_id, m.name_pinyin, m.id`);
  return rows.map((r) => ({ activityId: Number(r.activityId), memberId: Number(r.memberId) }));
}
