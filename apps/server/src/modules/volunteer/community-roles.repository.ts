import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach } from '../../kernel/access/reach';
import { EldersStudioEntity, MemberRoleEntity } from './member-role.entity';
import { EldersStudio, MemberRole } from './community-roles.types';

const STUDIO_PROJECTION = Projection.of(
  EldersStudioEntity,
  { omit: ['createdAt', 'updatedAt'] },
  {},
);
export const STUDIO_COLUMNS = STUDIO_PROJECTION.select('st', STUDIO_PROJECTION.properties());
const ROLE_PROJECTION = Projection.of(MemberRoleEntity, { omit: ['createdAt', 'updatedAt'] }, {});
export const ROLE_COLUMNS = ROLE_PROJECTION.select('r', ROLE_PROJECTION.properties());

export const toStudio = (row: Row) => toNode(EldersStudio, 'EldersStudio', row);
export const toRole = (row: Row) => toNode(MemberRole, 'MemberRole', row);

export async function studiosByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${STUDIO_COLUMNS} FROM elders_studio st WHERE st.id = ANY(${keys}) AND ${reach.countyRecords('st')}`);
  return rows.map(toStudio);
}

/** Roles of members in reach, by id. */
export async function rolesByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ROLE_COLUMNS} FROM member_role r JOIN member m ON m.id = r.member_id
    WHERE r.id = ANY(${keys}) AND ${reach.member('m')}`);
  return rows.map(toRole);
}

/** Each member's roles (of members already in reach), those held first, then the latest. */
export async function rolesOfMembers(db: Queryable, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ROLE_COLUMNS} FROM member_role r WHERE r.member_id = ANY(${keys})
    ORDER BY r.member_id, r.ended_on IS NOT NULL, r.started_on DESC, r.id`);
  return rows.map(toRole);
}

/** Each studio's members' roles, those held first. */
export async function rolesOfStudios(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ROLE_COLUMNS} FROM member_role r JOIN member m ON m.id = r.member_id
    WHERE r.studio_id = ANY(${keys}) AND ${reach.member('m')}
    ORDER BY r.studio_id, r.ended_on IS NOT NULL, r.started_on, r.id`);
  return rows.map(toRole);
}

/** The cases each studio handled in a year. */
export async function studioCases(db: Queryable, year: number, keys: readonly number[]) {
  return db.run(sql`
    SELECT y.studio_id AS "key", y.cases FROM elders_studio_year y
    WHERE y.studio_id = ANY(${keys}) AND y.year = ${year}`);
}

/** A page of the studios in reach, by name. */
export function listStudios(
  db: Queryable,
  reach: Reach,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${STUDIO_COLUMNS} FROM elders_studio st`,
    countFrom: sql`FROM elders_studio st`,
    conditions: [reach.countyRecords('st')],
    sort: { expr: 'st.name', property: 'name', type: 'text' },
    tiebreaker: { expr: 'st.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toStudio,
    countWithPage: options.countWithPage,
  });
}
