import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { join, raw, sql, where, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Selection } from '../../kernel/selection';
import { can, mayReadPersonalData } from '../../kernel/access/caller';
import { Permission } from '../../kernel/access/permissions';
import type { Reach, Scope } from '../../kernel/access/reach';
import { memberColumns, memberConditions, takeMember } from '../member/member.repository';
import type { Member } from '../member/member.types';
import { LifeEvent, Visit, VisitTask, type VisitFilter, type VisitTaskFilter } from './visit.types';
import { bureauBranchIds, subtreeBranchIds } from '../../kernel/access/subtree';
import { LifeEventEntity } from './life-event.entity';
import { VisitTaskEntity } from './visit-task.entity';
import { VisitEntity } from './visit.entity';

export const TASK_PROJECTION = Projection.of(
  VisitTaskEntity,
  { omit: ['updatedAt'] },
  { id: ['key'], member: ['memberId'], lifeEvent: ['lifeEventId'], visit: ['key'] },
);
export const TASK_COLUMNS = TASK_PROJECTION.select('vt', TASK_PROJECTION.properties());

export const VISIT_PROJECTION = Projection.of(
  VisitEntity,
  { omit: ['version'] },
  { id: ['key'], member: ['memberId'], task: ['taskId'] },
);
export const VISIT_COLUMNS = VISIT_PROJECTION.select('v', VISIT_PROJECTION.properties());

export const LIFE_EVENT_PROJECTION = Projection.of(
  LifeEventEntity,
  { omit: ['createdAt'] },
  { id: ['key'], member: ['memberId'] },
);
export const LIFE_EVENT_COLUMNS = LIFE_EVENT_PROJECTION.select(
  'le',
  LIFE_EVENT_PROJECTION.properties(),
);

export const toVisitTask = (row: Row) => toNode(VisitTask, 'VisitTask', row);
export const toVisit = (row: Row) => toNode(Visit, 'Visit', row);
export const toLifeEvent = (row: Row) => toNode(LifeEvent, 'LifeEvent', row);

/** `alias.member_id` belongs to a member the caller reaches. */
export function memberInReach(alias: string, reach: Reach): Sql {
  return reach.isAll
    ? sql`TRUE`
    : sql`${raw(alias)}.member_id IN (SELECT m.id FROM member m WHERE ${reach.member('m')})`;
}

/** `alias.member_id` belongs to a member of one of the branches `branchIds` (a subquery). */
function memberOfBranches(alias: string, branchIds: Sql): Sql {
  return sql`${raw(alias)}.member_id IN (SELECT m.id FROM member m WHERE m.branch_id IN ${branchIds})`;
}

/** `alias.member_id` belongs to a member of the branch `key` or a branch below it. */
export function memberInSubtree(alias: string, branchKey: number): Sql {
  return memberOfBranches(alias, subtreeBranchIds(branchKey));
}

/**
 * `alias.member_id` belongs to a member the search box entry finds, as the roster's search
 * does (name, pinyin, initials, last ID digits); null for an empty entry.
 */
export function memberFound(
  alias: string,
  search: string | null | undefined,
  searchIdNumbers: boolean,
): Sql | null {
  // A search alone needs no anchor day.
  const [condition] = memberConditions({ search }, '', searchIdNumbers);
  return condition
    ? sql`${raw(alias)}.member_id IN (SELECT m.id FROM member m WHERE ${condition})`
    : null;
}

export async function visitTasksByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${TASK_COLUMNS} FROM visit_task vt WHERE vt.id = ANY(${keys}) AND ${memberInReach('vt', reach)}`,
  );
  return rows.map(toVisitTask);
}

export async function visitsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${VISIT_COLUMNS} FROM visit v WHERE v.id = ANY(${keys}) AND ${memberInReach('v', reach)}`,
  );
  return rows.map(toVisit);
}

/** The visits that completed these tasks, by task key. */
export async function visitsByTaskKeys(db: Queryable, reach: Reach, taskKeys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${VISIT_COLUMNS} FROM visit v WHERE v.task_id = ANY(${taskKeys}) AND ${memberInReach('v', reach)}`,
  );
  return rows.map(toVisit);
}

export async function lifeEventsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${LIFE_EVENT_COLUMNS} FROM life_event le WHERE le.id = ANY(${keys}) AND ${memberInReach('le', reach)}`,
  );
  return rows.map(toLifeEvent);
}

/** A task filter with its ids decoded: the branch whose subtree, the bureau, the member. */
export type VisitTaskCriteria = Omit<VisitTaskFilter, 'branchSubtree' | 'bureauId' | 'memberId'> & {
  subtreeKey?: number | null;
  bureauKey?: number | null;
  memberKey?: number | null;
};

/** A visit filter with its ids decoded. */
export type VisitCriteria = Omit<VisitFilter, 'branchSubtree' | 'bureauId' | 'memberId'> & {
  subtreeKey?: number | null;
  bureauKey?: number | null;
  memberKey?: number | null;
};

/** The tasks in the caller's reach that the criteria match, as conditions on `vt`. */
function taskConditions(scope: Scope, criteria: VisitTaskCriteria | null | undefined): Sql[] {
  const conditions = [memberInReach('vt', scope.reach)];
  if (!criteria) return conditions;
  if (criteria.subtreeKey != null) conditions.push(memberInSubtree('vt', criteria.subtreeKey));
  if (criteria.bureauKey != null)
    conditions.push(memberOfBranches('vt', bureauBranchIds(criteria.bureauKey)));
  if (criteria.memberKey != null) conditions.push(sql`vt.member_id = ${criteria.memberKey}`);
  if (criteria.occasion?.length) conditions.push(sql`vt.occasion = ANY(${criteria.occasion})`);
  if (criteria.status?.length) {
    // One status as an equality, so the (status, due_by, id) index yields the page in order.
    conditions.push(
      criteria.status.length === 1
        ? sql`vt.status = ${criteria.status[0]}`
        : sql`vt.status = ANY(${criteria.status})`,
    );
  }
  if (criteria.dueFrom) conditions.push(sql`vt.due_by >= ${criteria.dueFrom}::date`);
  if (criteria.dueTo) conditions.push(sql`vt.due_by <= ${criteria.dueTo}::date`);
  if (criteria.triggerFrom) conditions.push(sql`vt.trigger_date >= ${criteria.triggerFrom}::date`);
  if (criteria.triggerTo) conditions.push(sql`vt.trigger_date <= ${criteria.triggerTo}::date`);
  if (criteria.opensFrom) conditions.push(sql`vt.due_from >= ${criteria.opensFrom}::date`);
  if (criteria.opensTo) conditions.push(sql`vt.due_from <= ${criteria.opensTo}::date`);
  const found = memberFound('vt', criteria.search, mayReadPersonalData(scope.caller));
  if (found) conditions.push(found);
  if (criteria.overdue != null) {
    const overdue = sql`(vt.status = 'OPEN' AND vt.due_by < ${scope.today}::date)`;
    conditions.push(criteria.overdue ? overdue : sql`NOT ${overdue}`);
  }
  return conditions;
}

/** The visits in the caller's reach that the criteria match, as conditions on `v`. */
function visitConditions(scope: Scope, criteria: VisitCriteria | null | undefined): Sql[] {
  const conditions = [memberInReach('v', scope.reach)];
  if (!criteria) return conditions;
  if (criteria.subtreeKey != null) conditions.push(memberInSubtree('v', criteria.subtreeKey));
  if (criteria.bureauKey != null)
    conditions.push(memberOfBranches('v', bureauBranchIds(criteria.bureauKey)));
  if (criteria.memberKey != null) conditions.push(sql`v.member_id = ${criteria.memberKey}`);
  if (criteria.occasion?.length) conditions.push(sql`v.occasion = ANY(${criteria.occasion})`);
  if (criteria.visitedFrom) conditions.push(sql`v.visited_on >= ${criteria.visitedFrom}::date`);
  if (criteria.visitedTo) conditions.push(sql`v.visited_on <= ${criteria.visitedTo}::date`);
  if (criteria.late != null) conditions.push(sql`v.late = ${criteria.late}`);
  if (criteria.followUpNeeded != null)
    conditions.push(sql`v.follow_up_needed = ${criteria.followUpNeeded}`);
  const found = memberFound('v', criteria.search, mayReadPersonalData(scope.caller));
  if (found) conditions.push(found);
  return conditions;
}

/**
 * The member of each row of `alias` joined in (with the branch) when the query asks for it:
 * the columns and joins to add, and how to take the member out of a row.
 */
function joinedMember(reach: Reach, alias: string, selection: Selection | undefined) {
  const memberSelection = selection?.get('member');
  if (!memberSelection) return { columns: [], joins: [], take: () => undefined };
  const member = memberColumns(memberSelection, 'jm', 'member.', reach);
  return {
    columns: member.columns,
    joins: [sql`JOIN member jm ON jm.id = ${raw(alias)}.member_id`, ...member.joins],
    take: (row: Row): Member | undefined => takeMember(row, 'member.'),
  };
}

/** How a list page is read: the member whose list it is, what the query selects, the count. */
export interface ListOptions {
  /** The member at hand (their tab): only their rows, and the member need not be joined. */
  ofMember?: number;
  selection?: Selection;
  /** Count in the page's statement (the query asks for totalCount). */
  countWithPage?: boolean;
}

const ofMember = (alias: string, options: ListOptions) =>
  options.ofMember == null ? [] : [sql`${raw(alias)}.member_id = ${options.ofMember}`];

/** A page of tasks, soonest due first, in one statement (member and branch joined when asked). */
export function listVisitTasks(
  db: Queryable,
  scope: Scope,
  criteria: VisitTaskCriteria | null | undefined,
  page: PageArgs,
  options: ListOptions = {},
) {
  const member = joinedMember(scope.reach, 'vt', options.selection);
  return paginate({
    db,
    select: sql`SELECT ${join([TASK_COLUMNS, ...member.columns], ', ')}, vt.due_by::text AS "sortKey"
      FROM visit_task vt ${join(member.joins, ' ')}`,
    countFrom: sql`FROM visit_task vt`,
    conditions: [...ofMember('vt', options), ...taskConditions(scope, criteria)],
    sort: { expr: 'vt.due_by', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'vt.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: (row) => Object.assign(toVisitTask(row), { preloadedMember: member.take(row) }),
    countWithPage: options.countWithPage,
  });
}

/** A page of visits, latest first, in one statement (member and branch joined when asked). */
export function listVisits(
  db: Queryable,
  scope: Scope,
  criteria: VisitCriteria | null | undefined,
  page: PageArgs,
  options: ListOptions = {},
) {
  const member = joinedMember(scope.reach, 'v', options.selection);
  return paginate({
    db,
    select: sql`SELECT ${join([VISIT_COLUMNS, ...member.columns], ', ')}, v.visited_on::text AS "sortKey"
      FROM visit v ${join(member.joins, ' ')}`,
    countFrom: sql`FROM visit v`,
    conditions: [...ofMember('v', options), ...visitConditions(scope, criteria)],
    sort: { expr: 'v.visited_on', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'v.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: (row) => Object.assign(toVisit(row), { preloadedMember: member.take(row) }),
    countWithPage: options.countWithPage,
  });
}

/** A page of a member's life events in reach, latest first. */
export function listLifeEvents(db: Queryable, scope: Scope, memberKey: number, page: PageArgs) {
  return paginate({
    db,
    select: sql`SELECT ${LIFE_EVENT_COLUMNS}, le.occurred_on::text AS "sortKey" FROM life_event le`,
    countFrom: sql`FROM life_event le`,
    conditions: [sql`le.member_id = ${memberKey}`, memberInReach('le', scope.reach)],
    sort: { expr: 'le.occurred_on', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'le.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toLifeEvent,
  });
}

/** Every row of a list, in the list's order, for a spreadsheet: the statement and its count. */
export interface ListRows {
  query: Sql;
  count: Sql;
}

/**
 * The visits the list shows (same criteria, reach and order), with the member's name and
 * branch; with `withMoney` (funding readers) the sum handed over on each, voided payments left
 * out.
 */
export function visitRows(scope: Scope, criteria: VisitCriteria | null | undefined): ListRows {
  const conditions = visitConditions(scope, criteria);
  const withMoney = can(scope.caller, Permission.FUNDING_READ);
  return {
    count: sql`SELECT count(*)::int AS count FROM visit v ${where(conditions)}`,
    query: sql`
      SELECT v.visited_on AS "visitedOn", v.occasion, v.visitors, v.place, v.summary, v.gifts, v.late,
        v.follow_up_needed AS "followUpNeeded", v.follow_up_note AS "followUpNote", v.created_at AS "createdAt",
        m.name AS "memberName", b.name AS "branchName"
        ${withMoney ? sql`, (SELECT sum(d.amount_fen) FROM disbursement d WHERE d.visit_id = v.id AND d.status <> 'VOID') AS "paidFen"` : sql``}
      FROM visit v JOIN member m ON m.id = v.member_id JOIN branch b ON b.id = m.branch_id
      ${where(conditions)}
      ORDER BY v.visited_on DESC, v.id DESC`,
  };
}

/** The tasks the board shows (same criteria, reach and order), with the member and branch. */
export function visitTaskRows(
  scope: Scope,
  criteria: VisitTaskCriteria | null | undefined,
): ListRows {
  const conditions = taskConditions(scope, criteria);
  return {
    count: sql`SELECT count(*)::int AS count FROM visit_task vt ${where(conditions)}`,
    query: sql`
      SELECT vt.occasion, vt.trigger_date AS "triggerDate", vt.due_from AS "dueFrom", vt.due_by AS "dueBy",
        vt.status, vt.done_on AS "doneOn", vt.done_late AS "doneLate", vt.waived_reason AS "waivedReason",
        m.name AS "memberName", b.name AS "branchName"
      FROM visit_task vt JOIN member m ON m.id = vt.member_id JOIN branch b ON b.id = m.branch_id
      ${where(conditions)}
      ORDER BY vt.due_by, vt.id`,
  };
}
