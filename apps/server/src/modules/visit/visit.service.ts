import type { Queryable, Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { addYears, compareDates } from '@wanxia/schema';
import {
  checkVersion,
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
  refusedOutright,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { MUST_VISIT_OCCASIONS, OCCASION_NAMES, VisitOccasion, windowAround } from './occasions';
import { can } from '../../kernel/access/caller';
import { Permission } from '../../kernel/access/permissions';
import { payOnVisit } from '../funding/funding.service';
import type { Disbursement, VisitPaymentInput } from '../funding/funding.types';
import {
  countyOfMember,
  generateVisitTasks,
  settingsOf,
  windowSettings,
  type GenerationResult,
} from './task-generator';
import { settingsToWrite } from '../bureau/county';
import {
  memberInReach,
  TASK_COLUMNS,
  toLifeEvent,
  toVisit,
  toVisitTask,
  LIFE_EVENT_COLUMNS,
  VISIT_COLUMNS,
} from './visit.repository';
import { MEMBER_PROJECTION } from '../member/member.repository';
import { LifeEventEntity } from './life-event.entity';
import { VisitTaskEntity } from './visit-task.entity';
import { VisitEntity } from './visit.entity';
import { insertRow } from '../../kernel/db/entity-columns';
import {
  LifeEventKind,
  VisitSetting,
  VisitTaskStatus,
  type LifeEvent,
  type UpdateVisitSettingInput,
  type Visit,
  type VisitTask,
  type RecordVisitInput,
  type ReportLifeEventInput,
  type WaiveVisitTaskInput,
} from './visit.types';

/** The occasion each kind of life event obliges. */
const EVENT_OCCASION: Record<LifeEventKind, VisitOccasion> = {
  [LifeEventKind.HOSPITALIZED]: VisitOccasion.HOSPITALIZATION,
  [LifeEventKind.DISPUTE]: VisitOccasion.DISPUTE,
  [LifeEventKind.DISASTER]: VisitOccasion.DISASTER,
};

interface MemberFacts {
  status: string;
  birthDate: string;
}

/** The member, in the caller's reach, as the rules need it; missing or out of reach refuses. */
async function memberFacts(tx: Transaction, ctx: RequestScope, key: number): Promise<MemberFacts> {
  const [row] = await tx.run(sql`
    SELECT ${MEMBER_PROJECTION.select('m', ['status', 'birthDate'])} FROM member m
    WHERE m.id = ${key} AND ${ctx.reach.member('m')}
    FOR UPDATE`);
  if (!row) refuseIf([notFound('memberId', '人员', 'member')]);
  return row as unknown as MemberFacts;
}

function checkDate(
  field: string,
  date: string | null | undefined,
  member: MemberFacts,
  today: string,
  errors: UserError[],
) {
  if (!date) return;
  if (date > today)
    errors.push(
      userError(field, UserErrorCode.IN_FUTURE, '日期不能晚于今天 (the date is in the future)'),
    );
  else if (date < member.birthDate) {
    errors.push(
      userError(field, UserErrorCode.TOO_EARLY, '日期不能早于出生日期 (the date is before birth)'),
    );
  }
}

/** Reports a life event and, in the same transaction, creates the visit it obliges. */
export async function reportLifeEvent(
  ctx: RequestScope,
  input: ReportLifeEventInput,
  keys: { member: InputKey },
): Promise<MutationOutcome<{ lifeEvent: LifeEvent; visitTask: VisitTask }>> {
  const errors = await validateInput(input);
  const memberKey = inputKey(keys.member, 'memberId', errors);
  if (input.kind !== LifeEventKind.HOSPITALIZED && (input.admittedOn || input.dischargedOn)) {
    errors.push(
      userError(
        'admittedOn',
        UserErrorCode.INVALID,
        '入院、出院日期仅用于住院 (hospital stays only)',
      ),
    );
  }
  if (input.admittedOn && input.dischargedOn && input.dischargedOn < input.admittedOn) {
    errors.push(
      userError(
        'dischargedOn',
        UserErrorCode.TOO_EARLY,
        '出院日期不能早于入院日期 (before admission)',
      ),
    );
  }
  if (refusedOutright(errors) || memberKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'reportLifeEvent', async (tx) => {
    const member = await memberFacts(tx, ctx, memberKey);
    if (member.status !== 'ACTIVE') {
      errors.push(
        userError(
          'memberId',
          UserErrorCode.NOT_CURRENT,
          '该人员已不在册 (no longer on the roster)',
        ),
      );
    }
    for (const field of ['occurredOn', 'admittedOn', 'dischargedOn'] as const) {
      checkDate(field, input[field], member, ctx.today, errors);
    }
    refuseIf(errors);
    const reported = insertRow(LifeEventEntity, {
      memberId: memberKey,
      kind: input.kind,
      occurredOn: input.occurredOn,
      reportedOn: ctx.today,
      place: input.place ?? null,
      note: input.note ?? null,
      admittedOn: input.admittedOn ?? null,
      dischargedOn: input.dischargedOn ?? null,
    });
    const [event] = await tx.run(
      sql`WITH le AS (${reported} RETURNING *) SELECT ${LIFE_EVENT_COLUMNS} FROM le`,
    );
    const occasion = EVENT_OCCASION[input.kind];
    // The window runs from the report: the bureau cannot visit before it knows.
    const windows = await windowSettings(tx, countyOfMember(memberKey));
    const { dueFrom, dueBy } = windowAround(ctx.today, windows.get(occasion)!);
    const [task] = await tx.run(sql`
      WITH vt AS (${insertRow(VisitTaskEntity, {
        memberId: memberKey,
        occasion,
        occurrenceKey: `event:${event.key}`,
        triggerDate: ctx.today,
        dueFrom,
        dueBy,
        lifeEventId: Number(event.key),
      })} RETURNING *)
      SELECT ${TASK_COLUMNS} FROM vt`);
    return {
      record: { lifeEvent: toLifeEvent(event), visitTask: toVisitTask(task) },
      change: { type: 'Member', key: memberKey },
      details: { lifeEvent: { kind: input.kind, occurredOn: input.occurredOn } },
    };
  });
}

/** The line a visit's payment comes from, if the caller may pay; problems go to `errors`. */
function paymentBudgetKey(
  ctx: RequestScope,
  payment: VisitPaymentInput,
  budget: InputKey,
  errors: UserError[],
) {
  if (!can(ctx.caller, Permission.FUNDING_WRITE)) {
    errors.push(
      userError('payment', UserErrorCode.FORBIDDEN, '无经费支出权限 (paying needs funding:write)'),
    );
    return null;
  }
  if (payment.amountFen < 1) {
    errors.push(
      userError(
        ['payment', 'amountFen'],
        UserErrorCode.OUT_OF_RANGE,
        '金额须大于 0 (the amount must be more than zero)',
      ),
    );
  }
  return inputKey(budget, ['payment', 'budgetId'], errors);
}

/** The task a visit completes: the one named, or the member's owed for that occasion. */
async function taskFor(
  tx: Transaction,
  memberKey: number,
  occasion: VisitOccasion,
  visitedOn: string,
  taskKey: number | null,
): Promise<VisitTask | null> {
  // Named: it must be this member's open (or missed) task of this occasion. Found: the one whose
  // window holds the visit, else the oldest still owed before it (done late).
  const [row] = await tx.run(sql`
    SELECT ${TASK_COLUMNS} FROM visit_task vt
    WHERE vt.member_id = ${memberKey} AND vt.occasion = ${occasion} AND vt.status IN ('OPEN', 'MISSED')
      AND ${taskKey === null ? sql`vt.due_from <= ${visitedOn}::date` : sql`vt.id = ${taskKey}`}
    ORDER BY (${visitedOn}::date BETWEEN vt.due_from AND vt.due_by) DESC, vt.status = 'OPEN' DESC, vt.due_by
    LIMIT 1 FOR UPDATE`);
  return row ? toVisitTask(row) : null;
}

/**
 * Records a visit and, in the same transaction, completes the open task it answers; a visit
 * after the window is recorded as late. (The condolence payment of the funding issue joins here.)
 */
export async function recordVisit(
  ctx: RequestScope,
  input: RecordVisitInput,
  keys: { member: InputKey; task: InputKey | null; paymentBudget: InputKey | null },
): Promise<
  MutationOutcome<{ visit: Visit; visitTask: VisitTask | null; disbursement: Disbursement | null }>
> {
  const errors = await validateInput(input);
  const memberKey = inputKey(keys.member, 'memberId', errors);
  const taskKey = keys.task != null ? inputKey(keys.task, 'taskId', errors) : null;
  const budgetKey =
    input.payment && keys.paymentBudget != null
      ? paymentBudgetKey(ctx, input.payment, keys.paymentBudget, errors)
      : null;
  if (refusedOutright(errors) || memberKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'recordVisit', async (tx) => {
    const member = await memberFacts(tx, ctx, memberKey);
    // The bereavement visit goes to the family of the deceased; the others to current members.
    const bereavement = input.occasion === VisitOccasion.BEREAVEMENT;
    if (bereavement ? member.status !== 'DECEASED' : member.status !== 'ACTIVE') {
      errors.push(
        userError(
          'memberId',
          UserErrorCode.NOT_CURRENT,
          bereavement
            ? '丧事慰问仅用于已故人员 (only for a deceased member)'
            : '该人员已不在册 (no longer on the roster)',
        ),
      );
    }
    checkDate('visitedOn', input.visitedOn, member, ctx.today, errors);
    refuseIf(errors);
    const task = await taskFor(tx, memberKey, input.occasion, input.visitedOn, taskKey);
    if (taskKey !== null && !task) refuseIf([notFound('taskId', '待访任务', 'open visit task')]);
    const late = task !== null && input.visitedOn > task.dueBy;
    const made = insertRow(VisitEntity, {
      memberId: memberKey,
      occasion: input.occasion,
      visitedOn: input.visitedOn,
      visitors: input.visitors.trim(),
      place: input.place ?? null,
      summary: input.summary ?? null,
      gifts: input.gifts ?? null,
      followUpNeeded: input.followUpNeeded,
      followUpNote: input.followUpNote ?? null,
      taskId: task?.key ?? null,
      late,
    });
    const [visit] = await tx.run(
      sql`WITH v AS (${made} RETURNING *) SELECT ${VISIT_COLUMNS} FROM v`,
    );
    let done: VisitTask | null = null;
    if (task) {
      const [row] = await tx.run(sql`
        WITH vt AS (
          UPDATE visit_task SET status = 'DONE', done_on = ${input.visitedOn}, done_late = ${late},
            version = version + 1, updated_at = ${ctx.now}
          WHERE id = ${task.key} RETURNING *
        )
        SELECT ${TASK_COLUMNS} FROM vt`);
      done = toVisitTask(row);
    }
    // Paid in the same transaction: a refusal (no room on the line, over the cap) saves neither.
    const disbursement =
      input.payment && budgetKey !== null
        ? await payOnVisit(tx, ctx, {
            budgetKey,
            amountFen: input.payment.amountFen,
            purpose: input.payment.purpose?.trim() || `慰问金（${OCCASION_NAMES[input.occasion]}）`,
            memberKey,
            visitKey: Number(visit.key),
            date: input.visitedOn,
          })
        : null;
    return {
      record: { visit: toVisit(visit), visitTask: done, disbursement },
      change: { type: 'Member', key: memberKey },
      details: {
        visit: {
          occasion: input.occasion,
          visitedOn: input.visitedOn,
          late,
          task: task?.id ?? null,
        },
      },
    };
  });
}

/** Marks a task as not owed, with the reason; done and not-applicable tasks cannot be waived. */
export async function waiveVisitTask(
  ctx: RequestScope,
  input: WaiveVisitTaskInput,
  keys: { task: InputKey },
): Promise<MutationOutcome<VisitTask>> {
  const errors = await validateInput(input);
  const taskKey = inputKey(keys.task, 'taskId', errors);
  if (refusedOutright(errors) || taskKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'waiveVisitTask', async (tx) => {
    const [row] = await tx.run(sql`
      SELECT ${TASK_COLUMNS} FROM visit_task vt
      WHERE vt.id = ${taskKey} AND ${memberInReach('vt', ctx.reach)} FOR UPDATE`);
    if (!row) refuseIf([notFound('taskId', '待访任务', 'visit task')]);
    const task = toVisitTask(row);
    checkVersion(input.expectedVersion, task.version, errors);
    if (task.status !== VisitTaskStatus.OPEN && task.status !== VisitTaskStatus.MISSED) {
      errors.push(
        userError(
          'taskId',
          UserErrorCode.INVALID_STATE,
          '只有待访或未访的任务可以免访 (only an open or missed task can be waived)',
        ),
      );
    }
    refuseIf(errors);
    const [updated] = await tx.run(sql`
      WITH vt AS (
        UPDATE visit_task SET status = 'WAIVED', waived_reason = ${input.reason.trim()},
          version = version + 1, updated_at = ${ctx.now}
        WHERE id = ${taskKey} RETURNING *
      )
      SELECT ${TASK_COLUMNS} FROM vt`);
    return {
      record: toVisitTask(updated),
      change: {
        type: 'VisitTask',
        key: taskKey,
        before: { status: task.status },
        after: { status: 'WAIVED' },
      },
      details: { reason: input.reason.trim() },
    };
  });
}

const SETTING_COLUMNS = sql`s.occasion, s.days_before AS "daysBefore", s.days_after AS "daysAfter",
  s.version, s.updated_at AS "updatedAt", s.own_setting AS "ownSetting"`;

/** The windows in force for a bureau (null: the province's, every county's default). */
export async function visitSettings(db: Queryable, bureau: number | null): Promise<VisitSetting[]> {
  const rows = await db.run(sql`
    SELECT ${SETTING_COLUMNS} FROM ${settingsOf(bureau)}
    ORDER BY array_position(${[...MUST_VISIT_OCCASIONS]}::text[], s.occasion)`);
  return rows.map((r) => Object.assign(new VisitSetting(), r));
}

const MAX_WINDOW_DAYS = 366;

/**
 * Changes an occasion's window: a county's own (its first change copies nothing else: the other
 * occasions stay the province's), or the province's for a province-wide caller who names no
 * bureau. Tasks already created keep theirs.
 */
export async function updateVisitSetting(
  ctx: RequestScope,
  input: UpdateVisitSettingInput,
): Promise<MutationOutcome<VisitSetting>> {
  const errors: UserError[] = [];
  if (!(MUST_VISIT_OCCASIONS as readonly string[]).includes(input.occasion)) {
    errors.push(
      userError(
        'occasion',
        UserErrorCode.INVALID,
        '日常走访和谈心谈话没有时限 (routine and one-on-one visits have no window)',
      ),
    );
  }
  for (const field of ['daysBefore', 'daysAfter'] as const) {
    if (input[field] < 0 || input[field] > MAX_WINDOW_DAYS) {
      errors.push(
        userError(
          field,
          UserErrorCode.OUT_OF_RANGE,
          `须在 0 至 ${MAX_WINDOW_DAYS} 天之间 (must be 0 to ${MAX_WINDOW_DAYS} days)`,
        ),
      );
    }
  }
  if (errors.length) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'updateVisitSetting', async (tx) => {
    const bureau = await settingsToWrite(tx, ctx.reach, input.bureauId, errors);
    refuseIf(errors);
    const key = bureau!.key;
    // The province's row is locked either way: a county's first change starts from its version.
    await tx.run(sql`SELECT 1 FROM visit_setting WHERE occasion = ${input.occasion} FOR UPDATE`);
    const [before] = await tx.run(sql`
      SELECT ${SETTING_COLUMNS} FROM ${settingsOf(key)} WHERE s.occasion = ${input.occasion}`);
    checkVersion(input.expectedVersion, Number(before.version), errors);
    refuseIf(errors);
    if (key === null)
      await tx.run(sql`
        UPDATE visit_setting SET days_before = ${input.daysBefore}, days_after = ${input.daysAfter},
          version = version + 1, updated_at = ${ctx.now}
        WHERE occasion = ${input.occasion}`);
    else
      await tx.run(sql`
        INSERT INTO bureau_visit_setting (bureau_id, occasion, days_before, days_after, version, updated_at)
        VALUES (${key}, ${input.occasion}, ${input.daysBefore}, ${input.daysAfter},
          ${Number(before.version) + 1}, ${ctx.now})
        ON CONFLICT (bureau_id, occasion) DO UPDATE SET days_before = EXCLUDED.days_before,
          days_after = EXCLUDED.days_after, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at`);
    const [after] = await tx.run(sql`
      SELECT ${SETTING_COLUMNS} FROM ${settingsOf(key)} WHERE s.occasion = ${input.occasion}`);
    return {
      record: Object.assign(new VisitSetting(), after),
      change: key === null ? null : { type: 'Bureau', key },
      details: {
        occasion: input.occasion,
        before: { daysBefore: before.daysBefore, daysAfter: before.daysAfter },
        after: { daysBefore: input.daysBefore, daysAfter: input.daysAfter },
      },
    };
  });
}

/** How far ahead tasks may be generated at once. */
const MAX_HORIZON_YEARS = 3;

/** Creates the birthday and holiday tasks from today up to `until` (at most 3 years ahead). */
export async function generateTasksUntil(
  ctx: RequestScope,
  until: string,
): Promise<MutationOutcome<GenerationResult>> {
  if (
    compareDates(until, ctx.today) < 0 ||
    compareDates(until, addYears(ctx.today, MAX_HORIZON_YEARS)) > 0
  ) {
    const message = `须在今天至 ${MAX_HORIZON_YEARS} 年后之间 (must be between today and ${MAX_HORIZON_YEARS} years ahead)`;
    return { record: null, userErrors: [userError('until', UserErrorCode.INVALID, message)] };
  }
  return inTransaction(ctx, 'generateVisitTasks', async (tx) => {
    const created = await generateVisitTasks(tx, { from: ctx.today, until });
    return { record: created, change: null, details: { until, ...created } };
  });
}
