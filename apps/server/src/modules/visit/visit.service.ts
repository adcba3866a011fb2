import type { Row, Transaction } from '../../db/database';
import { Projection, toNode } from '../../db/projection';
import { sql } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/global-id';
import {
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
} from '../../graphql/mutation';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error';
import { validateInput } from '../../graphql/validate-input';
import { VisitOccasion, windowAround } from './occasions';
import { windowSettings } from './task-generator';
import {
  LifeEvent,
  LifeEventKind,
  Visit,
  VisitTask,
  type RecordVisitInput,
  type ReportLifeEventInput,
} from './visit.types';

export const TASK_PROJECTION = new Projection(
  {
    key: 'id',
    memberId: 'member_id',
    occasion: 'occasion',
    occurrenceKey: 'occurrence_key',
    triggerDate: 'trigger_date',
    dueFrom: 'due_from',
    dueBy: 'due_by',
    status: 'status',
    doneOn: 'done_on',
    doneLate: 'done_late',
    waivedReason: 'waived_reason',
    version: 'version',
    createdAt: 'created_at',
  },
  { id: ['key'], member: ['memberId'] },
);
export const TASK_COLUMNS = TASK_PROJECTION.select('vt', TASK_PROJECTION.properties());

export function toVisitTask(row: Row): VisitTask {
  return toNode(VisitTask, 'VisitTask', row);
}

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
async function memberFacts(tx: Transaction, ctx: Context, key: number): Promise<MemberFacts> {
  const [row] = await tx.run(sql`
    SELECT m.status, m.birth_date AS "birthDate" FROM member m WHERE m.id = ${key} AND ${ctx.reach.member('m')}
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
  ctx: Context,
  input: ReportLifeEventInput,
): Promise<MutationOutcome<{ lifeEvent: LifeEvent; visitTask: VisitTask }>> {
  const errors = await validateInput(input);
  const memberKey = inputKey(input.memberId, 'Member', 'memberId', errors);
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
  if (errors.length || memberKey === null) return { record: null, userErrors: errors };

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
    const [event] = await tx.run(sql`
      INSERT INTO life_event (member_id, kind, occurred_on, reported_on, place, note, admitted_on, discharged_on)
      VALUES (${memberKey}, ${input.kind}, ${input.occurredOn}, ${ctx.today}, ${input.place ?? null},
        ${input.note ?? null}, ${input.admittedOn ?? null}, ${input.dischargedOn ?? null})
      RETURNING id AS key, member_id AS "memberId", kind, occurred_on AS "occurredOn", reported_on AS "reportedOn",
        place, note, admitted_on AS "admittedOn", discharged_on AS "dischargedOn"`);
    const occasion = EVENT_OCCASION[input.kind];
    // The window runs from the report: the bureau cannot visit before it knows.
    const { dueFrom, dueBy } = windowAround(ctx.today, (await windowSettings(tx)).get(occasion)!);
    const [task] = await tx.run(sql`
      WITH vt AS (
        INSERT INTO visit_task (member_id, occasion, occurrence_key, trigger_date, due_from, due_by, life_event_id)
        VALUES (${memberKey}, ${occasion}, ${`event:${event.key}`}, ${ctx.today}, ${dueFrom}, ${dueBy}, ${event.key})
        RETURNING *
      )
      SELECT ${TASK_COLUMNS} FROM vt`);
    const lifeEvent = Object.assign(new LifeEvent(), event, {
      id: toGlobalId('LifeEvent', Number(event.key)),
    });
    return {
      record: { lifeEvent, visitTask: toVisitTask(task) },
      change: { type: 'Member', key: memberKey },
      details: { lifeEvent: { kind: input.kind, occurredOn: input.occurredOn } },
    };
  });
}

/** The open task a visit completes: the one named, or the member's for that occasion. */
async function taskFor(
  tx: Transaction,
  memberKey: number,
  occasion: VisitOccasion,
  visitedOn: string,
  taskKey: number | null,
): Promise<VisitTask | null> {
  // Named: it must be this member's open task of this occasion. Found: the one whose window holds
  // the visit, else the oldest still open before it (done late).
  const [row] = await tx.run(sql`
    SELECT ${TASK_COLUMNS} FROM visit_task vt
    WHERE vt.member_id = ${memberKey} AND vt.occasion = ${occasion} AND vt.status = 'OPEN'
      AND ${taskKey === null ? sql`vt.due_from <= ${visitedOn}::date` : sql`vt.id = ${taskKey}`}
    ORDER BY (${visitedOn}::date BETWEEN vt.due_from AND vt.due_by) DESC, vt.due_by
    LIMIT 1 FOR UPDATE`);
  return row ? toVisitTask(row) : null;
}

/**
 * Records a visit and, in the same transaction, completes the open task it answers; a visit
 * after the window is recorded as late. (The condolence payment of the funding issue joins here.)
 */
export async function recordVisit(
  ctx: Context,
  input: RecordVisitInput,
): Promise<MutationOutcome<{ visit: Visit; visitTask: VisitTask | null }>> {
  const errors = await validateInput(input);
  const memberKey = inputKey(input.memberId, 'Member', 'memberId', errors);
  const taskKey =
    input.taskId != null ? inputKey(input.taskId, 'VisitTask', 'taskId', errors) : null;
  if (errors.length || memberKey === null) return { record: null, userErrors: errors };

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
    const [visit] = await tx.run(sql`
      INSERT INTO visit (member_id, occasion, visited_on, visitors, place, summary, gifts, follow_up_needed,
        follow_up_note, task_id, late)
      VALUES (${memberKey}, ${input.occasion}, ${input.visitedOn}, ${input.visitors.trim()}, ${input.place ?? null},
        ${input.summary ?? null}, ${input.gifts ?? null}, ${input.followUpNeeded}, ${input.followUpNote ?? null},
        ${task?.key ?? null}, ${late})
      RETURNING id AS key, member_id AS "memberId", task_id AS "taskId", occasion, visited_on AS "visitedOn",
        visitors, place, summary, gifts, follow_up_needed AS "followUpNeeded", follow_up_note AS "followUpNote", late`);
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
    const record = Object.assign(new Visit(), visit, {
      id: toGlobalId('Visit', Number(visit.key)),
    });
    return {
      record: { visit: record, visitTask: done },
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
