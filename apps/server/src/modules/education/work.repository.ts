import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { raw, sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach, Scope } from '../../kernel/access/reach';
import { WorkEntity } from './work.entity';
import type { AwardLevel } from '../activity/award-level';
import type { WorkKind } from './education-kinds';
import { Work } from './work.types';

const WORK_PROJECTION = Projection.of(WorkEntity, {}, {});
export const WORK_COLUMNS = WORK_PROJECTION.select('w', WORK_PROJECTION.properties());

export const toWork = (row: Row) => toNode(Work, 'Work', row);

/**
 * The works a caller reaches, as a condition on `alias`: the whole county reaches them all; a
 * caller limited to a branch reaches those with an author among the members it reaches.
 */
export function workInReach(alias: string, reach: Reach): Sql {
  if (reach.isAll) return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM work_author wa JOIN member m ON m.id = wa.member_id
    WHERE wa.work_id = ${raw(alias)}.id AND ${reach.member('m')})`;
}

export async function worksByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${WORK_COLUMNS} FROM work w WHERE w.id = ANY(${keys}) AND ${workInReach('w', reach)}`,
  );
  return rows.map(toWork);
}

/** Each work's authors' member keys, in order (the works are in reach already). */
export async function authorsOfWorks(db: Queryable, workKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT wa.work_id AS "workId", wa.member_id AS "memberId" FROM work_author wa
    WHERE wa.work_id = ANY(${workKeys}) ORDER BY wa.work_id, wa.position`);
  return rows.map((r) => ({ workId: Number(r.workId), memberId: Number(r.memberId) }));
}

/** Each member's works in reach, latest year first. */
export async function worksOfMembers(db: Queryable, reach: Reach, memberKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${WORK_COLUMNS}, wa.member_id AS "authorKey" FROM work w
    JOIN work_author wa ON wa.work_id = w.id
    WHERE wa.member_id = ANY(${memberKeys}) AND ${workInReach('w', reach)}
    ORDER BY wa.member_id, w.year DESC, w.id DESC`);
  return rows.map((row) => {
    const { authorKey, ...work } = row;
    return { memberKey: Number(authorKey), work: toWork(work) };
  });
}

/** A work filter with its author decoded. */
export interface WorkCriteria {
  year?: number | null;
  kind?: WorkKind[] | null;
  awardLevel?: AwardLevel[] | null;
  awarded?: boolean | null;
  authorKey?: number | null;
  search?: string | null;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function workConditions(scope: Scope, criteria: WorkCriteria | null | undefined): Sql[] {
  const conditions = [workInReach('w', scope.reach)];
  if (!criteria) return conditions;
  if (criteria.year != null) conditions.push(sql`w.year = ${criteria.year}`);
  if (criteria.kind?.length) conditions.push(sql`w.kind = ANY(${criteria.kind})`);
  if (criteria.awardLevel?.length)
    conditions.push(sql`w.award_level = ANY(${criteria.awardLevel})`);
  if (criteria.awarded != null)
    conditions.push(criteria.awarded ? sql`w.award_level IS NOT NULL` : sql`w.award_level IS NULL`);
  if (criteria.authorKey != null)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM work_author wa WHERE wa.work_id = w.id AND wa.member_id = ${criteria.authorKey})`,
    );
  const search = criteria.search?.trim();
  if (search) conditions.push(sql`w.title ILIKE ${likePattern(search)}`);
  return conditions;
}

/** A page of works in reach, latest year first. */
export function listWorks(
  db: Queryable,
  scope: Scope,
  criteria: WorkCriteria | null | undefined,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${WORK_COLUMNS} FROM work w`,
    countFrom: sql`FROM work w`,
    conditions: workConditions(scope, criteria),
    sort: { expr: 'w.year', property: 'year', type: 'integer' },
    tiebreaker: { expr: 'w.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toWork,
    countWithPage: options.countWithPage,
  });
}
