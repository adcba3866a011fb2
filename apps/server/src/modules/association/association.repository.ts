import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { raw, sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach } from '../../kernel/access/reach';
import {
  ACTIVITY_COLUMNS,
  activityInReach,
  chinaDayStart,
  toActivity,
} from '../activity/activity.repository';
import { AssociationEntity, AssociationMemberEntity } from './association.entity';
import { ActivityAward, Association, AssociationMembership } from './association.types';
import type { AwardLevel } from '../activity/award-level';

const ASSOCIATION_PROJECTION = Projection.of(
  AssociationEntity,
  { omit: ['createdAt', 'updatedAt'] },
  {},
);
export const ASSOCIATION_COLUMNS = ASSOCIATION_PROJECTION.select(
  's',
  ASSOCIATION_PROJECTION.properties(),
);
const MEMBERSHIP_PROJECTION = Projection.of(AssociationMemberEntity, {}, {});
export const ASSOCIATION_MEMBERSHIP_COLUMNS = MEMBERSHIP_PROJECTION.select(
  'am',
  MEMBERSHIP_PROJECTION.properties(),
);

export const toAssociation = (row: Row) => toNode(Association, 'Association', row);
export const toAssociationMembership = (row: Row) =>
  toNode(AssociationMembership, 'AssociationMembership', row);

export async function associationsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ASSOCIATION_COLUMNS} FROM association s
    WHERE s.id = ANY(${keys}) AND ${reach.countyRecords('s')}`);
  return rows.map(toAssociation);
}

export async function associationMembershipsByKeys(
  db: Queryable,
  reach: Reach,
  keys: readonly number[],
) {
  const rows = await db.run(sql`
    SELECT ${ASSOCIATION_MEMBERSHIP_COLUMNS} FROM association_member am
    WHERE am.id = ANY(${keys}) AND ${reach.countyRecordOf('am.association_id', 'association')}`);
  return rows.map(toAssociationMembership);
}

/** The memberships of each association or each member (`by`): current first, leaders first. */
export async function associationMembershipsOf(
  db: Queryable,
  reach: Reach,
  by: 'association_id' | 'member_id',
  keys: readonly number[],
) {
  const rows = await db.run(sql`
    SELECT ${ASSOCIATION_MEMBERSHIP_COLUMNS} FROM association_member am
    WHERE am.${raw(by)} = ANY(${keys}) AND ${reach.countyRecordOf('am.association_id', 'association')}
    ORDER BY am.${raw(by)}, am.left_on IS NOT NULL,
      array_position(ARRAY['PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL', 'MEMBER']::varchar[], am.role),
      am.joined_on, am.id`);
  return rows.map(toAssociationMembership);
}

/** Each activity's awards (of activities already in reach), in the order recorded. */
export async function awardsOfActivities(db: Queryable, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT w.activity_id AS "activityId", w.award, w.level, w.recipient FROM activity_award w
    WHERE w.activity_id = ANY(${keys}) ORDER BY w.activity_id, w.id`);
  return rows.map((row) =>
    Object.assign(new ActivityAward(), {
      activityId: Number(row.activityId),
      award: String(row.award),
      level: row.level as AwardLevel,
      recipient: row.recipient as string | null,
    }),
  );
}

/** Each association's activities and awards in a year, at the activities in reach. */
export async function associationYears(
  db: Queryable,
  reach: Reach,
  year: number,
  keys: readonly number[],
) {
  return db.run(sql`
    SELECT a.organiser_association_id AS "key", count(*)::int AS activities,
      sum((SELECT count(*) FROM activity_award w WHERE w.activity_id = a.id))::int AS awards
    FROM activity a
    WHERE a.organiser_association_id = ANY(${keys})
      AND a.starts_at >= ${chinaDayStart(`${year}-01-01`)} AND a.starts_at < ${chinaDayStart(`${year + 1}-01-01`)}
      AND ${activityInReach('a', reach)}
    GROUP BY a.organiser_association_id`);
}

/** A page of the associations in reach, by name. */
export function listAssociations(
  db: Queryable,
  reach: Reach,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${ASSOCIATION_COLUMNS} FROM association s`,
    countFrom: sql`FROM association s`,
    conditions: [reach.countyRecords('s')],
    sort: { expr: 's.name', property: 'name', type: 'text' },
    tiebreaker: { expr: 's.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toAssociation,
    countWithPage: options.countWithPage,
  });
}

/** A page of one association's activities in reach, latest first; `year` for those of a year. */
export function activitiesOfAssociation(
  db: Queryable,
  reach: Reach,
  associationKey: number,
  year: number | null,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const conditions = [
    sql`a.organiser_association_id = ${associationKey}`,
    activityInReach('a', reach),
  ];
  if (year !== null)
    conditions.push(
      sql`a.starts_at >= ${chinaDayStart(`${year}-01-01`)}`,
      sql`a.starts_at < ${chinaDayStart(`${year + 1}-01-01`)}`,
    );
  return paginate({
    db,
    select: sql`SELECT ${ACTIVITY_COLUMNS}, a.starts_at::text AS "sortKey" FROM activity a`,
    countFrom: sql`FROM activity a`,
    conditions,
    sort: { expr: 'a.starts_at', property: 'sortKey', type: 'timestamptz' },
    tiebreaker: { expr: 'a.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toActivity,
    countWithPage: options.countWithPage,
  });
}
