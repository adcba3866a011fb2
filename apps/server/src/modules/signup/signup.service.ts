import type { Transaction } from '../../kernel/db/database';
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
import { insertRow } from '../../kernel/db/entity-columns';
import { lockActivity } from '../activity/activity.service';
import { bureauOnly } from '../centre/centre-access';
import { DUPLICATE_ENROLMENT, enrolMember, withdrawMember } from '../centre/enrolment.service';
import { SignupWindowEntity } from './signup-window.entity';
import {
  SIGNUP_COLUMNS,
  WINDOW_COLUMNS,
  isOpen,
  signupActivityInReach,
  signupOfEnrolment,
  toSignup,
  toWindow,
} from './signup.repository';
import { SignupStatus, type Signup, type SignupWindow } from './signup.types';

/** The most places one activity's sign-up offers. */
export const MAX_CAPACITY = 10_000;

/** An activity or a course, as an input names it. */
export type SignupTarget =
  { activity: number; course?: never } | { course: number; activity?: never };

/** The ids of an input naming an activity or a course, as the API layer decoded them. */
export interface TargetKeys {
  activity: InputKey | null;
  course: InputKey | null;
}

/** The one activity or course an input names; naming neither or both is refused. */
function targetOf(keys: TargetKeys, errors: UserError[]): SignupTarget | null {
  if (keys.activity !== null && keys.course !== null) {
    errors.push(
      userError(
        'courseId',
        UserErrorCode.INVALID,
        '活动和课程只填一项 (name an activity or a course, not both)',
      ),
    );
    return null;
  }
  if (keys.activity !== null) {
    const key = inputKey(keys.activity, 'activityId', errors);
    return key === null ? null : { activity: key };
  }
  if (keys.course !== null) {
    const key = inputKey(keys.course, 'courseId', errors);
    return key === null ? null : { course: key };
  }
  errors.push(
    userError(
      'activityId',
      UserErrorCode.REQUIRED,
      '请选择活动或课程 (name an activity or a course)',
    ),
  );
  return null;
}

const targetField = (target: SignupTarget) => (target.activity ? 'activityId' : 'courseId');

/**
 * The target's window, locked: every sign-up and cancellation of one activity queues here,
 * whichever server process runs it, so places are counted one change at a time (by a statement
 * after the lock, which sees what the change before it committed). A course's window is only
 * shared (its enrolments queue on the course). Null when it has none.
 */
async function lockWindow(
  tx: Transaction,
  target: SignupTarget,
  mode: 'UPDATE' | 'SHARE',
): Promise<SignupWindow | null> {
  const [row] = await tx.run(sql`
    SELECT w.id FROM signup_window w
    WHERE ${target.activity ? sql`w.activity_id = ${target.activity}` : sql`w.course_id = ${target.course}`}
    ${mode === 'UPDATE' ? sql`FOR UPDATE` : sql`FOR SHARE`}`);
  return row ? windowOf(tx, Number(row.id)) : null;
}

async function windowOf(tx: Transaction, key: number): Promise<SignupWindow> {
  const [row] = await tx.run(
    sql`SELECT ${WINDOW_COLUMNS} FROM signup_window w WHERE w.id = ${key}`,
  );
  return toWindow(row);
}

async function signupOf(tx: Transaction, key: number): Promise<Signup> {
  const [row] = await tx.run(
    sql`SELECT ${SIGNUP_COLUMNS} FROM activity_signup s WHERE s.id = ${key}`,
  );
  return toSignup(row);
}

/**
 * An activity the caller may sign members up for (in reach, or the county's), locked: its
 * sign-ups and cancellations queue here. Missing or out of reach refuses.
 */
async function lockSignupActivity(
  tx: Transaction,
  ctx: RequestScope,
  key: number,
): Promise<{ key: number; startsAt: Date }> {
  const [row] = await tx.run(sql`
    SELECT a.id, a.starts_at AS "startsAt" FROM activity a
    WHERE a.id = ${key} AND ${signupActivityInReach('a', ctx.reach)} FOR UPDATE`);
  if (!row) refuseIf([notFound('activityId', '活动', 'activity')]);
  return { key: Number(row.id), startsAt: row.startsAt as Date };
}

/** The target in reach: an activity in reach (locked for the change), or a course (the bureau's). */
async function checkTarget(
  tx: Transaction,
  ctx: RequestScope,
  target: SignupTarget,
  errors: UserError[],
): Promise<{ startsAt: Date | null; lastDay: string | null }> {
  if (target.activity) {
    const activity = await lockActivity(tx, ctx, target.activity);
    return { startsAt: activity.startsAt, lastDay: null };
  }
  bureauOnly(ctx, errors, 'courseId');
  refuseIf(errors);
  // Not locked: the course's enrolments queue on it after its window, which this change locks.
  const [course] = await tx.run(sql`
    SELECT c.term_ends_on::text AS "termEndsOn" FROM course c
    WHERE c.id = ${target.course} AND ${ctx.reach.bureau('c')}`);
  if (!course) refuseIf([notFound('courseId', '课程', 'course')]);
  return { startsAt: null, lastDay: String(course.termEndsOn) };
}

/** Moves the first waiting members up while the activity has places. */
async function promoteWaiting(
  tx: Transaction,
  ctx: RequestScope,
  activityKey: number,
  capacity: number,
) {
  return tx.run(sql`
    WITH free AS (
      SELECT greatest(0, ${capacity} - count(*))::int AS n FROM activity_signup s
      WHERE s.activity_id = ${activityKey} AND s.status = 'SIGNED_UP'),
    moving AS (
      SELECT w.id FROM activity_signup w
      WHERE w.activity_id = ${activityKey} AND w.status = 'WAITING'
      ORDER BY w.id LIMIT (SELECT n FROM free))
    UPDATE activity_signup s SET status = 'SIGNED_UP', promoted_at = ${ctx.now}
    FROM moving WHERE s.id = moving.id
    RETURNING s.id`);
}

/** Two openings of one target at once: the second finds the first's window. */
const WINDOW_OPENED_TWICE = {
  signup_window_activity_id_key: userError(
    'activityId',
    UserErrorCode.DUPLICATE,
    '报名刚被他人开放，请刷新后重试 (opened by someone else meanwhile: reload and try again)',
  ),
  signup_window_course_id_key: userError(
    'courseId',
    UserErrorCode.DUPLICATE,
    '报名刚被他人开放，请刷新后重试 (opened by someone else meanwhile: reload and try again)',
  ),
};

/**
 * Opens an activity or a course for sign-up until `closesAt` (an activity with its places), or
 * changes the window it has: reopened when closed, more places move the waiting list up, fewer
 * than are taken are refused.
 */
export async function openSignup(
  ctx: RequestScope,
  input: { capacity?: number | null; opensAt?: Date | null; closesAt: Date },
  keys: TargetKeys,
): Promise<MutationOutcome<SignupWindow>> {
  const errors: UserError[] = [];
  const target = targetOf(keys, errors);
  const capacity = input.capacity ?? null;
  const opensAt = input.opensAt ?? ctx.now;
  if (target?.activity) {
    if (capacity === null)
      errors.push(
        userError('capacity', UserErrorCode.REQUIRED, '请填写名额 (the places are required)'),
      );
    else if (capacity < 1 || capacity > MAX_CAPACITY)
      errors.push(
        userError(
          'capacity',
          UserErrorCode.OUT_OF_RANGE,
          `名额须在 1 到 ${MAX_CAPACITY} 之间 (1 to ${MAX_CAPACITY} places)`,
        ),
      );
  } else if (target?.course && capacity !== null) {
    errors.push(
      userError(
        'capacity',
        UserErrorCode.INVALID,
        '课程的名额即其学员容量 (a course’s places are its capacity)',
      ),
    );
  }
  if (input.closesAt <= ctx.now)
    errors.push(
      userError('closesAt', UserErrorCode.TOO_EARLY, '截止时间已过 (the deadline has passed)'),
    );
  else if (input.closesAt <= opensAt)
    errors.push(
      userError(
        'closesAt',
        UserErrorCode.TOO_EARLY,
        '截止时间须晚于开始报名时间 (the deadline must follow the opening)',
      ),
    );
  if (target === null || errors.some((e) => e.code === UserErrorCode.INVALID_ID))
    return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'openSignup',
    async (tx) => {
      const { startsAt, lastDay } = await checkTarget(tx, ctx, target, errors);
      if (startsAt && input.closesAt > startsAt)
        errors.push(
          userError(
            'closesAt',
            UserErrorCode.OUT_OF_RANGE,
            '报名须在活动开始前截止 (sign-up must close before the activity starts)',
          ),
        );
      if (lastDay) {
        const [late] = await tx.run(sql`
        SELECT ${input.closesAt}::timestamptz >= ((${lastDay}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') AS late`);
        if (late.late)
          errors.push(
            userError(
              'closesAt',
              UserErrorCode.OUT_OF_RANGE,
              '报名须在课程结课前截止 (sign-up must close by the end of the term)',
            ),
          );
      }
      const before = await lockWindow(tx, target, 'UPDATE');
      if (before && capacity !== null && before.signedUp > capacity)
        errors.push(
          userError(
            'capacity',
            UserErrorCode.OUT_OF_RANGE,
            `名额不能少于已报名的 ${before.signedUp} 人 (fewer places than the ${before.signedUp} taken)`,
          ),
        );
      refuseIf(errors);
      let key: number;
      if (before) {
        await tx.run(sql`
        UPDATE signup_window SET capacity = ${capacity}, opens_at = ${opensAt},
          closes_at = ${input.closesAt}, closed_at = NULL, closed_by = NULL,
          version = version + 1, updated_at = ${ctx.now}
        WHERE id = ${before.key}`);
        key = before.key;
      } else {
        const [row] = await tx.run(
          sql`${insertRow(SignupWindowEntity, {
            activityId: target.activity ?? null,
            courseId: target.course ?? null,
            capacity,
            opensAt,
            closesAt: input.closesAt,
            openedBy: callerLabel(ctx.caller),
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })} RETURNING id`,
        );
        key = Number(row.id);
      }
      const promoted =
        target.activity && capacity !== null
          ? await promoteWaiting(tx, ctx, target.activity, capacity)
          : [];
      const after = await windowOf(tx, key);
      return {
        record: after,
        change: target.activity
          ? { type: 'Activity', key: target.activity }
          : { type: 'Course', key: target.course! },
        details: {
          signupWindow: { before: before ?? null, after },
          ...(promoted.length ? { promoted: promoted.map((r) => Number(r.id)) } : {}),
        },
      };
    },
    WINDOW_OPENED_TWICE,
  );
}

/** Closes an open sign-up before its deadline; its sign-ups stay. */
export async function closeSignup(
  ctx: RequestScope,
  keys: TargetKeys,
): Promise<MutationOutcome<SignupWindow>> {
  const errors: UserError[] = [];
  const target = targetOf(keys, errors);
  if (target === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'closeSignup', async (tx) => {
    await checkTarget(tx, ctx, target, errors);
    const before = await lockWindow(tx, target, 'UPDATE');
    if (!before || !isOpen(before, ctx.now))
      refuseIf([
        userError(
          targetField(target),
          UserErrorCode.CLOSED,
          '报名未开放或已截止 (sign-up is not open)',
        ),
      ]);
    await tx.run(sql`
      UPDATE signup_window SET closed_at = ${ctx.now}, closed_by = ${callerLabel(ctx.caller)},
        version = version + 1, updated_at = ${ctx.now}
      WHERE id = ${before!.key}`);
    const after = await windowOf(tx, before!.key);
    return {
      record: after,
      change: target.activity
        ? { type: 'Activity', key: target.activity }
        : { type: 'Course', key: target.course! },
      details: { signupWindow: { before, after } },
    };
  });
}

/** The target's window, taking sign-ups now; CLOSED otherwise. */
async function openWindow(
  tx: Transaction,
  ctx: RequestScope,
  target: SignupTarget,
  mode: 'UPDATE' | 'SHARE',
): Promise<SignupWindow> {
  const window = await lockWindow(tx, target, mode);
  if (!window || !isOpen(window, ctx.now)) {
    const message = !window
      ? '未开放报名 (not open for sign-up)'
      : window.opensAt > ctx.now && window.closedAt === null
        ? '报名尚未开始 (sign-up has not opened yet)'
        : '报名已截止 (the sign-up deadline has passed)';
    refuseIf([userError(targetField(target), UserErrorCode.CLOSED, message)]);
  }
  return window!;
}

const DUPLICATE_SIGNUP = {
  activity_signup_member_key: userError(
    'memberId',
    UserErrorCode.DUPLICATE,
    '已报名 (already signed up or waiting)',
  ),
  ...DUPLICATE_ENROLMENT,
};

/**
 * Signs a member of the roster in reach up for an open activity (in reach, or the county's) or
 * course: a place while there is one, else the waiting list, in the order signed up. Who signed
 * them up (a user or an API token) is kept.
 */
export async function signUp(
  ctx: RequestScope,
  keys: TargetKeys & { member: InputKey },
): Promise<MutationOutcome<Signup>> {
  const errors: UserError[] = [];
  const target = targetOf(keys, errors);
  const memberKey = inputKey(keys.member, 'memberId', errors);
  if (target === null || memberKey === null) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'signUp',
    async (tx) => {
      if (target.course) {
        const [visible] = await tx.run(
          sql`SELECT 1 FROM course c WHERE c.id = ${target.course} AND ${ctx.reach.bureau('c')}`,
        );
        if (!visible) refuseIf([notFound('courseId', '课程', 'course')]);
        await openWindow(tx, ctx, target, 'SHARE');
        const enrolment = await enrolMember(tx, ctx, { course: target.course, member: memberKey });
        return {
          record: signupOfEnrolment(enrolment),
          change: { type: 'CourseEnrolment', key: enrolment.key, after: enrolment },
        };
      }
      const activity = await lockSignupActivity(tx, ctx, target.activity!);
      const window = await openWindow(tx, ctx, target, 'UPDATE');
      const [member] = await tx.run(
        sql`SELECT m.status FROM member m WHERE m.id = ${memberKey} AND ${ctx.reach.member('m')}`,
      );
      if (!member) errors.push(notFound('memberId', '人员', 'member'));
      else if (member.status !== 'ACTIVE')
        errors.push(
          userError(
            'memberId',
            UserErrorCode.NOT_CURRENT,
            '该人员已不在册 (no longer on the roster)',
          ),
        );
      refuseIf(errors);
      const status =
        window.signedUp < window.capacity ? SignupStatus.SIGNED_UP : SignupStatus.WAITING;
      const { caller } = ctx;
      const [row] = await tx.run(sql`
        INSERT INTO activity_signup (activity_id, member_id, status, signed_up_at, signed_up_by,
          signed_up_by_user_id, signed_up_by_token_id)
        VALUES (${activity.key}, ${memberKey}, ${status}, ${ctx.now}, ${callerLabel(caller)},
          ${caller.kind === 'USER' ? caller.userKey : null},
          ${caller.kind === 'TOKEN' ? caller.tokenKey : null})
        RETURNING id`);
      const signup = await signupOf(tx, Number(row.id));
      return {
        record: signup,
        change: { type: 'Activity', key: activity.key },
        details: { signup: { key: signup.key, member: memberKey, status } },
      };
    },
    DUPLICATE_SIGNUP,
  );
}

/**
 * Cancels a member's sign-up (until the activity starts, or the course's term ends); the place
 * they held goes to the first on the waiting list, in the same transaction.
 */
export async function cancelSignup(
  ctx: RequestScope,
  keys: TargetKeys & { member: InputKey },
): Promise<MutationOutcome<{ signup: Signup; promotedKey: number | null }>> {
  const errors: UserError[] = [];
  const target = targetOf(keys, errors);
  const memberKey = inputKey(keys.member, 'memberId', errors);
  if (target === null || memberKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'cancelSignup', async (tx) => {
    if (target.course) {
      const window = await lockWindow(tx, target, 'SHARE');
      if (!window) refuseIf([notFound('courseId', '课程报名', 'sign-up of the course')]);
      const { before, after, promotedKey } = await withdrawMember(tx, ctx, {
        course: target.course,
        member: memberKey,
      });
      return {
        record: { signup: signupOfEnrolment(after), promotedKey },
        change: { type: 'CourseEnrolment', key: before.key, before, after },
        details: promotedKey === null ? {} : { promoted: promotedKey },
      };
    }
    const activity = await lockSignupActivity(tx, ctx, target.activity!);
    const window = await lockWindow(tx, target, 'UPDATE');
    const [current] = window
      ? await tx.run(sql`
          SELECT ${SIGNUP_COLUMNS} FROM activity_signup s JOIN member m ON m.id = s.member_id
          WHERE s.activity_id = ${activity.key} AND s.member_id = ${memberKey}
            AND s.status <> 'CANCELLED' AND ${ctx.reach.member('m')}`)
      : [];
    if (!current) refuseIf([notFound('memberId', '报名', 'sign-up')]);
    if (activity.startsAt <= ctx.now)
      refuseIf([
        userError(
          'activityId',
          UserErrorCode.INVALID_STATE,
          '活动已开始，不能取消报名 (the activity has begun)',
        ),
      ]);
    const before = toSignup(current);
    await tx.run(sql`
      UPDATE activity_signup SET status = 'CANCELLED', cancelled_at = ${ctx.now},
        cancelled_by = ${callerLabel(ctx.caller)}
      WHERE id = ${before.key}`);
    const promoted =
      before.status === SignupStatus.SIGNED_UP
        ? await promoteWaiting(tx, ctx, activity.key, window!.capacity)
        : [];
    const promotedKey = promoted.length ? Number(promoted[0].id) : null;
    return {
      record: { signup: await signupOf(tx, before.key), promotedKey },
      change: { type: 'Activity', key: activity.key },
      details: {
        cancelled: { key: before.key, member: memberKey, status: before.status },
        ...(promotedKey === null ? {} : { promoted: promotedKey }),
      },
    };
  });
}
