import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import {
  checkVersion,
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  refusedOutright,
  type InputKey,
  type MutationOutcome,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { assignments, insertRow, type RowOf } from '../../kernel/db/entity-columns';
import { ActivityEntity } from '../activity/activity.entity';
import { ActivityKind, OrganiserKind } from '../activity/activity-kinds';
import { LectureEntity, LectureOrderEntity } from './lecture.entity';
import { LectureOrderState } from './education-kinds';
import type { Reach } from '../../kernel/access/reach';
import { countyToWrite } from '../bureau/county';
import {
  LECTURE_COLUMNS,
  ORDER_COLUMNS,
  orderInReach,
  toLecture,
  toLectureOrder,
} from './lecture.repository';
import type {
  CancelLectureOrderInput,
  CreateLectureInput,
  DeleteLectureInput,
  Lecture,
  LectureInput,
  LectureOrder,
  LectureOrderStepInput,
  OrderLectureInput,
  RateLectureInput,
  ScheduleLectureOrderInput,
  UpdateLectureInput,
} from './lecture.types';

/** The states an order may move to from each state (ORDERED → SCHEDULED → HELD, or CANCELLED). */
const NEXT: Record<LectureOrderState, readonly LectureOrderState[]> = {
  [LectureOrderState.ORDERED]: [LectureOrderState.SCHEDULED, LectureOrderState.CANCELLED],
  [LectureOrderState.SCHEDULED]: [
    LectureOrderState.SCHEDULED,
    LectureOrderState.HELD,
    LectureOrderState.CANCELLED,
  ],
  [LectureOrderState.HELD]: [],
  [LectureOrderState.CANCELLED]: [],
};

const STATE_LABEL: Record<LectureOrderState, string> = {
  ORDERED: '已点单',
  SCHEDULED: '已派单',
  HELD: '已举办',
  CANCELLED: '已取消',
};

function checkLecture(input: LectureInput, errors: UserError[]) {
  if (!Number.isInteger(input.minutes) || input.minutes < 10 || input.minutes > 600)
    errors.push(
      userError(
        'minutes',
        UserErrorCode.OUT_OF_RANGE,
        '时长须在 10 到 600 分钟之间 (10 to 600 minutes)',
      ),
    );
}

const lectureFields = (input: LectureInput) => ({
  topic: input.topic.trim(),
  lecturer: input.lecturer.trim(),
  minutes: input.minutes,
  format: input.format,
  description: input.description?.trim() || null,
});

/** Adds a lecture to a county's catalogue. */
export async function createLecture(
  ctx: RequestScope,
  input: CreateLectureInput,
): Promise<MutationOutcome<Lecture>> {
  const errors = await validateInput(input);
  checkLecture(input, errors);
  if (errors.length) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'createLecture', async (tx) => {
    const county = await countyToWrite(tx, ctx.reach, input.bureauId, errors);
    refuseIf(errors);
    const [row] = await tx.run(sql`
      WITH l AS (${insertRow(LectureEntity, {
        ...lectureFields(input),
        bureauId: county!.key,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })}
        RETURNING *) SELECT ${LECTURE_COLUMNS} FROM l`);
    const lecture = toLecture(row);
    return { record: lecture, change: { type: 'Lecture', key: lecture.key, after: lecture } };
  });
}

async function lockLecture(tx: Transaction, reach: Reach, key: number): Promise<Lecture> {
  const [row] = await tx.run(
    sql`SELECT ${LECTURE_COLUMNS} FROM lecture l WHERE l.id = ${key} AND ${reach.bureau('l')} FOR UPDATE`,
  );
  if (!row) refuseIf([notFound('lectureId', '讲座', 'lecture')]);
  return toLecture(row);
}

/** Sets a lecture of the catalogue anew (archived: no longer offered). */
export async function updateLecture(
  ctx: RequestScope,
  input: UpdateLectureInput,
  keys: { lecture: InputKey },
): Promise<MutationOutcome<Lecture>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.lecture, 'lectureId', errors);
  checkLecture(input, errors);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'updateLecture', async (tx) => {
    const before = await lockLecture(tx, ctx.reach, key);
    checkVersion(input.expectedVersion, before.version, errors);
    refuseIf(errors);
    const [row] = await tx.run(sql`
      UPDATE lecture l SET ${assignments(LectureEntity, {
        ...lectureFields(input),
        archived: input.archived,
        updatedAt: ctx.now,
      })}, version = l.version + 1
      WHERE l.id = ${key} RETURNING ${LECTURE_COLUMNS}`);
    const after = toLecture(row);
    return { record: after, change: { type: 'Lecture', key, before, after } };
  });
}

/** Deletes a lecture no branch has ordered; one that was ordered is archived instead. */
export async function deleteLecture(
  ctx: RequestScope,
  _input: DeleteLectureInput,
  keys: { lecture: InputKey },
): Promise<MutationOutcome<number>> {
  const errors: UserError[] = [];
  const key = inputKey(keys.lecture, 'lectureId', errors);
  if (key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'deleteLecture', async (tx) => {
    const before = await lockLecture(tx, ctx.reach, key);
    const [ordered] = await tx.run(
      sql`SELECT 1 FROM lecture_order WHERE lecture_id = ${key} LIMIT 1`,
    );
    if (ordered)
      refuseIf([
        userError(
          'lectureId',
          UserErrorCode.INVALID_STATE,
          '已有支部点单，不能删除，请改为停用 (ordered already: archive it instead)',
        ),
      ]);
    await tx.run(sql`DELETE FROM lecture WHERE id = ${key}`);
    return { record: key, change: { type: 'Lecture', key, before } };
  });
}

/** A branch orders a lecture of the catalogue for a wished period (点单). */
export async function orderLecture(
  ctx: RequestScope,
  input: OrderLectureInput,
  keys: { lecture: InputKey; branch: InputKey },
): Promise<MutationOutcome<LectureOrder>> {
  const errors = await validateInput(input);
  const lectureKey = inputKey(keys.lecture, 'lectureId', errors);
  const branchKey = inputKey(keys.branch, 'branchId', errors);
  if (input.wishedTo < input.wishedFrom)
    errors.push(
      userError(
        'wishedTo',
        UserErrorCode.TOO_EARLY,
        '期望时间的结束早于开始 (the period ends before it starts)',
      ),
    );
  else if (input.wishedTo < ctx.today)
    errors.push(
      userError('wishedTo', UserErrorCode.TOO_EARLY, '期望时间已经过去 (the period is over)'),
    );
  if (refusedOutright(errors) || lectureKey === null || branchKey === null)
    return { record: null, userErrors: errors };

  return inTransaction(ctx, 'orderLecture', async (tx) => {
    const [lecture] = await tx.run(
      // The branch orders from its own county's catalogue.
      sql`SELECT l.archived FROM lecture l WHERE l.id = ${lectureKey} AND ${ctx.reach.bureau('l')}
        AND l.bureau_id = (SELECT b.bureau_id FROM branch b WHERE b.id = ${branchKey})`,
    );
    if (!lecture) errors.push(notFound('lectureId', '讲座', 'lecture'));
    else if (lecture.archived)
      errors.push(
        userError(
          'lectureId',
          UserErrorCode.ARCHIVED,
          '该讲座已停用 (the lecture is no longer offered)',
        ),
      );
    const [branch] = await tx.run(sql`
      SELECT b.id FROM branch b
      WHERE b.id = ${branchKey} AND b.archived_at IS NULL AND ${ctx.reach.branch('b')}`);
    if (!branch) errors.push(notFound('branchId', '支部', 'branch'));
    refuseIf(errors);
    const [row] = await tx.run(sql`
      WITH o AS (${insertRow(LectureOrderEntity, {
        lectureId: lectureKey,
        branchId: branchKey,
        wishedFrom: input.wishedFrom,
        wishedTo: input.wishedTo,
        note: input.note?.trim() || null,
        state: LectureOrderState.ORDERED,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })} RETURNING *) SELECT ${ORDER_COLUMNS} FROM o`);
    const order = toLectureOrder(row);
    return { record: order, change: { type: 'LectureOrder', key: order.key, after: order } };
  });
}

/**
 * One step of an order: locks it (in reach), checks its version and that the step is allowed
 * from its state, then writes `changes` and moves it to `to`.
 */
async function stepOrder(
  ctx: RequestScope,
  operation: string,
  input: LectureOrderStepInput,
  key: InputKey,
  to: LectureOrderState,
  errors: UserError[],
  step: (tx: Transaction, order: LectureOrder) => Promise<Partial<RowOf<LectureOrderEntity>>>,
): Promise<MutationOutcome<LectureOrder>> {
  const orderKey = inputKey(key, 'orderId', errors);
  if (refusedOutright(errors) || orderKey === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, operation, async (tx) => {
    const [found] = await tx.run(sql`
      SELECT ${ORDER_COLUMNS} FROM lecture_order o
      WHERE o.id = ${orderKey} AND ${orderInReach('o', ctx.reach)} FOR UPDATE`);
    if (!found) refuseIf([notFound('orderId', '点单', 'order')]);
    const before = toLectureOrder(found);
    checkVersion(input.expectedVersion, before.version, errors);
    if (!NEXT[before.state].includes(to))
      errors.push(
        userError(
          'orderId',
          UserErrorCode.INVALID_STATE,
          `点单${STATE_LABEL[before.state]}，不能${STATE_LABEL[to].slice(1)} (the order is ${before.state}: it cannot become ${to})`,
        ),
      );
    refuseIf(errors);
    const changes = await step(tx, before);
    refuseIf(errors);
    const [row] = await tx.run(sql`
      UPDATE lecture_order o SET ${assignments(LectureOrderEntity, {
        ...changes,
        state: to,
        updatedAt: ctx.now,
      })}, version = o.version + 1
      WHERE o.id = ${orderKey} RETURNING ${ORDER_COLUMNS}`);
    const after = toLectureOrder(row);
    return { record: after, change: { type: 'LectureOrder', key: orderKey, before, after } };
  });
}

/** The bureau schedules an order (派单): when, where and who; again to reschedule. */
export async function scheduleLectureOrder(
  ctx: RequestScope,
  input: ScheduleLectureOrderInput,
  keys: { order: InputKey },
): Promise<MutationOutcome<LectureOrder>> {
  const errors = await validateInput(input);
  return stepOrder(
    ctx,
    'scheduleLectureOrder',
    input,
    keys.order,
    LectureOrderState.SCHEDULED,
    errors,
    async () => ({
      startsAt: input.startsAt,
      place: input.place?.trim() || null,
      lecturer: input.lecturer.trim(),
    }),
  );
}

/**
 * Records a scheduled lecture as held: a party-education activity of the ordering branch, at the
 * scheduled time and place for the lecture's length, linked to the order. Attendance is then
 * recorded on the activity.
 */
export async function holdLectureOrder(
  ctx: RequestScope,
  input: LectureOrderStepInput,
  keys: { order: InputKey },
): Promise<MutationOutcome<LectureOrder>> {
  const errors: UserError[] = [];
  return stepOrder(
    ctx,
    'holdLectureOrder',
    input,
    keys.order,
    LectureOrderState.HELD,
    errors,
    async (tx, order) => {
      if (order.startsAt && order.startsAt > ctx.now) {
        errors.push(
          userError(
            'orderId',
            UserErrorCode.TOO_EARLY,
            '讲座尚未开始 (the lecture has not started yet)',
          ),
        );
        return {};
      }
      const [lecture] = await tx.run(sql`
        SELECT l.topic, l.minutes, (SELECT b.bureau_id FROM branch b WHERE b.id = ${order.branchId}) AS bureau
        FROM lecture l WHERE l.id = ${order.lectureId}`);
      const startsAt = order.startsAt!;
      const [activity] = await tx.run(sql`
      ${insertRow(ActivityEntity, {
        kind: ActivityKind.PARTY_EDUCATION,
        title: `红色讲堂：${String(lecture.topic)}`.slice(0, 200),
        startsAt,
        endsAt: new Date(startsAt.getTime() + Number(lecture.minutes) * 60_000),
        place: order.place,
        organiserKind: OrganiserKind.BRANCH,
        organiserBranchId: order.branchId,
        bureauId: Number(lecture.bureau),
        summary: `主讲：${order.lecturer ?? ''}`,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })} RETURNING id`);
      return { activityId: Number(activity.id) };
    },
  );
}

/** Cancels an order not yet held, with the reason. */
export async function cancelLectureOrder(
  ctx: RequestScope,
  input: CancelLectureOrderInput,
  keys: { order: InputKey },
): Promise<MutationOutcome<LectureOrder>> {
  const errors = await validateInput(input);
  return stepOrder(
    ctx,
    'cancelLectureOrder',
    input,
    keys.order,
    LectureOrderState.CANCELLED,
    errors,
    async () => ({
      cancelReason: input.reason.trim(),
    }),
  );
}

/**
 * Participants' ratings of a lecture held (1–5 each): only members recorded present at its
 * activity; each replaces the one kept.
 */
export async function rateLecture(
  ctx: RequestScope,
  input: RateLectureInput,
  keys: { order: InputKey; members: InputKey[] },
): Promise<MutationOutcome<LectureOrder>> {
  const errors = await validateInput(input);
  const orderKey = inputKey(keys.order, 'orderId', errors);
  const seen = new Set<number>();
  const ratings: { memberKey: number; score: number; index: number }[] = [];
  input.ratings.forEach((r, i) => {
    const key = inputKey(keys.members[i], ['ratings', String(i), 'memberId'], errors);
    if (!Number.isInteger(r.score) || r.score < 1 || r.score > 5)
      errors.push(
        userError(
          ['ratings', String(i), 'score'],
          UserErrorCode.OUT_OF_RANGE,
          '评分为 1 到 5 (a score of 1 to 5)',
        ),
      );
    if (key === null) return;
    if (seen.has(key))
      errors.push(
        userError(
          ['ratings', String(i), 'memberId'],
          UserErrorCode.DUPLICATE,
          '同一人员重复评分 (the member is listed twice)',
        ),
      );
    seen.add(key);
    ratings.push({ memberKey: key, score: r.score, index: i });
  });
  if (input.ratings.length === 0)
    errors.push(userError('ratings', UserErrorCode.REQUIRED, '请填写评分 (no ratings given)'));
  if (refusedOutright(errors) || orderKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'rateLecture', async (tx) => {
    const [found] = await tx.run(sql`
      SELECT ${ORDER_COLUMNS} FROM lecture_order o
      WHERE o.id = ${orderKey} AND ${orderInReach('o', ctx.reach)} FOR UPDATE`);
    if (!found) refuseIf([notFound('orderId', '点单', 'order')]);
    const order = toLectureOrder(found);
    if (order.state !== LectureOrderState.HELD || order.activityId === null)
      refuseIf([
        userError(
          'orderId',
          UserErrorCode.INVALID_STATE,
          '讲座举办后才能评分 (rate a lecture once it is held)',
        ),
      ]);
    const present = new Set(
      (
        await tx.run(sql`
          SELECT p.member_id FROM activity_participant p
          WHERE p.activity_id = ${order.activityId} AND p.attendance = 'PRESENT'`)
      ).map((r) => Number(r.member_id)),
    );
    for (const r of ratings)
      if (!present.has(r.memberKey))
        errors.push(
          userError(
            ['ratings', String(r.index), 'memberId'],
            UserErrorCode.NOT_FOUND,
            '只有到场的参加人员可以评分 (only participants present may rate it)',
          ),
        );
    refuseIf(errors);
    await tx.run(sql`
      INSERT INTO lecture_rating (order_id, member_id, score)
      SELECT ${orderKey}, r.member_id, r.score
      FROM unnest(${ratings.map((r) => r.memberKey)}::int[], ${ratings.map((r) => r.score)}::int[]) AS r(member_id, score)
      ON CONFLICT (order_id, member_id) DO UPDATE SET score = excluded.score`);
    const [row] = await tx.run(sql`
      UPDATE lecture_order o SET version = o.version + 1, updated_at = ${ctx.now}
      WHERE o.id = ${orderKey} RETURNING ${ORDER_COLUMNS}`);
    return {
      record: toLectureOrder(row),
      change: { type: 'LectureOrder', key: orderKey },
      details: { ratings: ratings.length },
    };
  });
}
