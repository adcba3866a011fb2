import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach, Scope } from '../../kernel/access/reach';
import { subtreeBranchIds } from '../../kernel/access/subtree';
import { LectureEntity, LectureOrderEntity } from './lecture.entity';
import type { LectureOrderState } from './education-kinds';
import { Lecture, LectureOrder, type LectureRatingSummary } from './lecture.types';

const LECTURE_PROJECTION = Projection.of(LectureEntity, {}, {});
export const LECTURE_COLUMNS = LECTURE_PROJECTION.select('l', LECTURE_PROJECTION.properties());
const ORDER_PROJECTION = Projection.of(LectureOrderEntity, {}, {});
export const ORDER_COLUMNS = ORDER_PROJECTION.select('o', ORDER_PROJECTION.properties());

export const toLecture = (row: Row) => toNode(Lecture, 'Lecture', row);
export const toLectureOrder = (row: Row) => toNode(LectureOrder, 'LectureOrder', row);

/** The orders a caller reaches: those of the branches in reach. */
export function orderInReach(alias: string, reach: Reach): Sql {
  return reach.branchKey(`${alias}.branch_id`);
}

/**
 * The catalogue is the county's: every caller who reaches the county (its branches' secretaries
 * too, who order from it) sees it whole; the other counties' catalogues are not theirs.
 */
export async function lecturesByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${LECTURE_COLUMNS} FROM lecture l WHERE l.id = ANY(${keys}::int[]) AND ${reach.bureau('l')}`,
  );
  return rows.map(toLecture);
}

/** A page of the catalogue by topic; archived lectures only when asked. */
export function listLectures(
  db: Queryable,
  reach: Reach,
  includeArchived: boolean,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${LECTURE_COLUMNS} FROM lecture l`,
    countFrom: sql`FROM lecture l`,
    conditions: includeArchived ? [reach.bureau('l')] : [reach.bureau('l'), sql`NOT l.archived`],
    sort: { expr: 'l.topic', property: 'topic', type: 'text' },
    tiebreaker: { expr: 'l.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toLecture,
    countWithPage: options.countWithPage,
  });
}

export async function ordersByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ORDER_COLUMNS} FROM lecture_order o
    WHERE o.id = ANY(${keys}::int[]) AND ${orderInReach('o', reach)}`);
  return rows.map(toLectureOrder);
}

/** The order each activity holds, if any (the activities are in reach already). */
export async function ordersOfActivities(db: Queryable, activityKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ORDER_COLUMNS} FROM lecture_order o WHERE o.activity_id = ANY(${activityKeys}::int[])`);
  return rows.map(toLectureOrder);
}

/** Each order's ratings: how many and their average. */
export async function ratingsOfOrders(
  db: Queryable,
  orderKeys: readonly number[],
): Promise<(LectureRatingSummary & { orderKey: number })[]> {
  const rows = await db.run(sql`
    SELECT r.order_id AS "orderKey", count(*)::int AS count, avg(r.score)::float8 AS average
    FROM lecture_rating r WHERE r.order_id = ANY(${orderKeys}::int[]) GROUP BY r.order_id`);
  return rows.map((r) => ({
    orderKey: Number(r.orderKey),
    count: Number(r.count),
    average: r.average === null ? null : Number(r.average),
  }));
}

export interface LectureOrderCriteria {
  state?: LectureOrderState[] | null;
  branchKey?: number | null;
}

/** A page of the orders in reach, latest first. */
export function listLectureOrders(
  db: Queryable,
  scope: Scope,
  criteria: LectureOrderCriteria,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const conditions = [orderInReach('o', scope.reach)];
  if (criteria.state?.length) conditions.push(sql`o.state = ANY(${criteria.state})`);
  if (criteria.branchKey != null)
    conditions.push(sql`o.branch_id IN ${subtreeBranchIds(criteria.branchKey)}`);
  return paginate({
    db,
    select: sql`SELECT ${ORDER_COLUMNS}, o.created_at::text AS "sortKey" FROM lecture_order o`,
    countFrom: sql`FROM lecture_order o`,
    conditions,
    sort: { expr: 'o.created_at', property: 'sortKey', type: 'timestamptz' },
    tiebreaker: { expr: 'o.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toLectureOrder,
    countWithPage: options.countWithPage,
  });
}
