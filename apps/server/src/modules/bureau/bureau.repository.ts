import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach } from '../../kernel/access/reach';
import { BureauEntity } from './bureau.entity';
import { Bureau, type BureauLevel } from './bureau.types';

const BUREAU_PROJECTION = Projection.of(BureauEntity, { omit: ['createdAt'] }, {});
const BUREAU_COLUMNS = BUREAU_PROJECTION.select('u', BUREAU_PROJECTION.properties());

export const toBureau = (row: Row) => toNode(Bureau, 'Bureau', row);

/** The bureaus in reach by key: a caller sees the bureaus of their subtree, not those above. */
export async function bureausByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${BUREAU_COLUMNS} FROM bureau u WHERE u.id = ANY(${keys}) AND ${reach.bureauRow('u')}`,
  );
  return rows.map(toBureau);
}

/** Each bureau's children in reach, by code (a city's counties, the province's cities). */
export async function bureauChildren(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${BUREAU_COLUMNS} FROM bureau u
    WHERE u.parent_id = ANY(${keys}) AND ${reach.bureauRow('u')} ORDER BY u.code`);
  return rows.map(toBureau);
}

export interface BureauCriteria {
  parentKey?: number;
  level?: BureauLevel;
}

/** A page of the bureaus in reach, in the order of their division codes. */
export function listBureaus(db: Queryable, reach: Reach, criteria: BureauCriteria, page: PageArgs) {
  const conditions: Sql[] = [reach.bureauRow('u')];
  if (criteria.parentKey !== undefined) conditions.push(sql`u.parent_id = ${criteria.parentKey}`);
  if (criteria.level !== undefined) conditions.push(sql`u.level = ${criteria.level}`);
  return paginate({
    db,
    select: sql`SELECT ${BUREAU_COLUMNS} FROM bureau u`,
    countFrom: sql`FROM bureau u`,
    conditions,
    sort: { expr: 'u.code', property: 'code', type: 'text' },
    tiebreaker: { expr: 'u.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toBureau,
  });
}
