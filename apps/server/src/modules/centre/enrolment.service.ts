import { compareDates } from '@wanxia/schema';
import type { Transaction } from '../../kernel/db/database';
import type { Reach } from '../../kernel/access/reach';
import { sql } from '../../kernel/db/sql';
import { callerLabel } from '../../kernel/access/caller';
import type { RequestScope } from '../../kernel/context';
import {
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  type InputKey,
  type MutationOutcome,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { BOOKING_COLUMNS, ENROLMENT_COLUMNS, toBooking, toEnrolment } from './centre.repository';
import { bureauOnly } from './centre-access';
import {
  BookingStatus,
  EnrolmentStatus,
  type CourseEnrolment,
  type RoomBooking,
} from './centre.types';

export const DUPLICATE_ENROLMENT = {
  course_enrolment_member_key: userError(
    'memberId',
    UserErrorCode.DUPLICATE,
    '已报名该课程 (already enrolled or waiting)',
  ),
};

/**
 * The course, locked: every enrolment and withdrawal of one course queues here, whichever
 * server process runs it, so places are counted one change at a time.
 */
async function lockCourse(tx: Transaction, reach: Reach, courseKey: number) {
  const [course] = await tx.run(sql`
    SELECT c.capacity, c.term_ends_on::text AS "termEndsOn", c.bureau_id AS "bureauId"
    FROM course c WHERE c.id = ${courseKey} AND ${reach.bureau('c')} FOR UPDATE`);
  if (!course) refuseIf([notFound('courseId', '课程', 'course')]);
  return {
    capacity: Number(course.capacity),
    termEndsOn: String(course.termEndsOn),
    bureauId: Number(course.bureauId),
  };
}

async function enrolmentOf(tx: Transaction, key: number): Promise<CourseEnrolment> {
  const [row] = await tx.run(
    sql`SELECT ${ENROLMENT_COLUMNS} FROM course_enrolment e WHERE e.id = ${key}`,
  );
  return toEnrolment(row);
}

/**
 * Enrols a member of the roster in reach in a course, within the caller's transaction: a place
 * while there is one, else the waiting list, in the order asked. Refuses (throwing the
 * userErrors, with `errors` collected before) when the course has ended or the member is not on
 * the roster in reach.
 */
export async function enrolMember(
  tx: Transaction,
  ctx: RequestScope,
  keys: { course: number; member: number },
  errors: UserError[] = [],
): Promise<CourseEnrolment> {
  const course = await lockCourse(tx, ctx.reach, keys.course);
  if (compareDates(course.termEndsOn, ctx.today) < 0)
    errors.push(
      userError('courseId', UserErrorCode.INVALID_STATE, '课程已结课 (the course has ended)'),
    );
  const [member] = await tx.run(sql`
    SELECT m.status, b.bureau_id AS "bureauId" FROM member m JOIN branch b ON b.id = m.branch_id
    WHERE m.id = ${keys.member} AND ${ctx.reach.member('m')}`);
  if (!member) errors.push(notFound('memberId', '人员', 'member'));
  else if (member.status !== 'ACTIVE')
    errors.push(
      userError('memberId', UserErrorCode.NOT_CURRENT, '该人员已不在册 (no longer on the roster)'),
    );
  // A county's 老年大学 teaches its own county's cadres: a city sees both, but enrols within one.
  else if (Number(member.bureauId) !== course.bureauId)
    errors.push(
      userError(
        'memberId',
        UserErrorCode.INVALID,
        '该人员不属于本课程所在县 (the member is of another county than the course)',
      ),
    );
  refuseIf(errors);
  const [taken] = await tx.run(sql`
    SELECT count(*)::int AS n FROM course_enrolment e
    WHERE e.course_id = ${keys.course} AND e.status = 'ENROLLED'`);
  const status =
    Number(taken.n) < course.capacity ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
  const [inserted] = await tx.run(sql`
    INSERT INTO course_enrolment (course_id, member_id, status, enrolled_by, created_at)
    VALUES (${keys.course}, ${keys.member}, ${status}, ${callerLabel(ctx.caller)}, ${ctx.now})
    RETURNING id`);
  return enrolmentOf(tx, Number(inserted.id));
}

/** Enrols a member of the roster in reach in a course (enrolMember in a transaction of its own). */
export async function enrolInCourse(
  ctx: RequestScope,
  keys: { course: InputKey; member: InputKey },
): Promise<MutationOutcome<CourseEnrolment>> {
  const errors: UserError[] = [];
  const courseKey = inputKey(keys.course, 'courseId', errors);
  const memberKey = inputKey(keys.member, 'memberId', errors);
  if (courseKey === null || memberKey === null) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'enrolInCourse',
    async (tx) => {
      const enrolment = await enrolMember(tx, ctx, { course: courseKey, member: memberKey });
      return {
        record: enrolment,
        change: { type: 'CourseEnrolment', key: enrolment.key, after: enrolment },
      };
    },
    DUPLICATE_ENROLMENT,
  );
}

/**
 * Withdraws a member in reach from a course, within the caller's transaction; the place they
 * held goes to the first on the waiting list. NOT_FOUND when the member holds no enrolment.
 */
export async function withdrawMember(
  tx: Transaction,
  ctx: RequestScope,
  keys: { course: number; member: number },
): Promise<{ before: CourseEnrolment; after: CourseEnrolment; promotedKey: number | null }> {
  const course = await lockCourse(tx, ctx.reach, keys.course);
  const [current] = await tx.run(sql`
    SELECT ${ENROLMENT_COLUMNS} FROM course_enrolment e JOIN member m ON m.id = e.member_id
    WHERE e.course_id = ${keys.course} AND e.member_id = ${keys.member} AND e.status <> 'WITHDRAWN'
      AND ${ctx.reach.member('m')}`);
  if (!current) refuseIf([notFound('memberId', '报名', 'enrolment')]);
  const before = toEnrolment(current);
  await tx.run(sql`
    UPDATE course_enrolment SET status = 'WITHDRAWN', withdrawn_at = ${ctx.now}
    WHERE id = ${before.key}`);
  let promotedKey: number | null = null;
  if (before.status === EnrolmentStatus.ENROLLED) {
    const [promoted] = await tx.run(sql`
      UPDATE course_enrolment SET status = 'ENROLLED', promoted_at = ${ctx.now}
      WHERE id = (SELECT w.id FROM course_enrolment w
        WHERE w.course_id = ${keys.course} AND w.status = 'WAITING' ORDER BY w.id LIMIT 1)
        AND (SELECT count(*) FROM course_enrolment e
          WHERE e.course_id = ${keys.course} AND e.status = 'ENROLLED') < ${course.capacity}
      RETURNING id`);
    promotedKey = promoted ? Number(promoted.id) : null;
  }
  return { before, after: await enrolmentOf(tx, before.key), promotedKey };
}

/**
 * Withdraws a member from a course; the place they held goes to the first on the waiting list,
 * in the same transaction.
 */
export async function withdrawFromCourse(
  ctx: RequestScope,
  keys: { course: InputKey; member: InputKey },
): Promise<MutationOutcome<{ enrolment: CourseEnrolment; promotedKey: number | null }>> {
  const errors: UserError[] = [];
  const courseKey = inputKey(keys.course, 'courseId', errors);
  const memberKey = inputKey(keys.member, 'memberId', errors);
  if (courseKey === null || memberKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'withdrawFromCourse', async (tx) => {
    const { before, after, promotedKey } = await withdrawMember(tx, ctx, {
      course: courseKey,
      member: memberKey,
    });
    return {
      record: { enrolment: after, promotedKey },
      change: { type: 'CourseEnrolment', key: before.key, before, after },
      details: promotedKey === null ? {} : { promoted: promotedKey },
    };
  });
}

/**
 * Records who came to a session of a course: the enrolled members named came, the others
 * enrolled did not (the list replaces the one kept).
 */
export async function recordCourseAttendance(
  ctx: RequestScope,
  keys: { session: InputKey; present: InputKey[] },
): Promise<MutationOutcome<RoomBooking>> {
  const errors: UserError[] = [];
  bureauOnly(ctx, errors);
  const sessionKey = inputKey(keys.session, 'sessionId', errors);
  const present = keys.present.map((k, i) => inputKey(k, ['presentMemberIds', String(i)], errors));
  if (errors.length || sessionKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'recordCourseAttendance', async (tx) => {
    const [row] = await tx.run(sql`
      SELECT ${BOOKING_COLUMNS} FROM room_booking rb
      WHERE rb.id = ${sessionKey} AND rb.course_id IS NOT NULL
        AND rb.course_id IN (SELECT c.id FROM course c WHERE ${ctx.reach.bureau('c')}) FOR UPDATE`);
    if (!row) refuseIf([notFound('sessionId', '课次', 'session')]);
    const session = toBooking(row);
    if (session.status === BookingStatus.CANCELLED)
      errors.push(
        userError(
          'sessionId',
          UserErrorCode.INVALID_STATE,
          '该课次已取消 (the session was cancelled)',
        ),
      );
    if (session.startsAt > ctx.now)
      errors.push(
        userError(
          'sessionId',
          UserErrorCode.IN_FUTURE,
          '该课次尚未开始 (the session has not begun)',
        ),
      );
    const enrolled = new Set(
      (
        await tx.run(sql`
          SELECT e.member_id AS "memberId" FROM course_enrolment e
          WHERE e.course_id = ${session.courseId} AND e.status = 'ENROLLED'`)
      ).map((r) => Number(r.memberId)),
    );
    present.forEach((key, i) => {
      if (key !== null && !enrolled.has(key))
        errors.push(
          userError(
            ['presentMemberIds', String(i)],
            UserErrorCode.NOT_FOUND,
            '不是该课程的学员 (not enrolled in the course)',
          ),
        );
    });
    refuseIf(errors);
    const came = new Set(present as number[]);
    const members = [...enrolled];
    await tx.run(sql`DELETE FROM course_attendance WHERE booking_id = ${sessionKey}`);
    await tx.run(sql`
      INSERT INTO course_attendance (booking_id, member_id, present)
      SELECT ${sessionKey}, a.member_id, a.present
      FROM unnest(${members}::int[], ${members.map((m) => came.has(m))}::boolean[]) AS a(member_id, present)`);
    return {
      record: session,
      change: { type: 'RoomBooking', key: sessionKey },
      details: { enrolled: members.length, present: came.size },
    };
  });
}
