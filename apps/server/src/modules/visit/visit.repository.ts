import type { Queryable, Row } from '../../db/database';
import { Projection, toNode } from '../../db/projection';
import { LifeEventEntity } from './life-event.entity';
import { VisitTaskEntity } from './visit-task.entity';
import { VisitEntity } from './visit.entity';
import { raw, sql, type Sql } from '../../db/sql';
import type { Reach } from '../auth/reach';
import { memberConditions } from '../member/member.repository';
import { LifeEvent, Visit, VisitTask } from './visit.types';
import { subtreeBranchIds } from '../branch/subtree';

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
  return reach.isCounty
    ? sql`TRUE`
    : sql`${raw(alias)}.member_id IN (SELECT m.id FROM member m WHERE ${reach.member('m')})`;
}

/** `alias.member_id` belongs to a member of the branch `key` or a branch below it. */
export function memberInSubtree(alias: string, branchKey: number): Sql {
  return sql`${raw(alias)}.member_id IN (SELECT m.id FROM member m WHERE m.branch_id IN ${subtreeBranchIds(branchKey)})`;
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
