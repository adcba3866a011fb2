import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { raw, sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import { mayReadPersonalData } from '../../kernel/access/caller';
import type { Reach, Scope } from '../../kernel/access/reach';
import { subtreeBranchIds } from '../../kernel/access/subtree';
import { memberFound, memberInReach } from '../visit/visit.repository';
import { CampaignEntity } from './campaign.entity';
import { CampaignEntryEntity } from './campaign-entry.entity';
import { WorkGroupEntity } from './work-group.entity';
import {
  BranchCampaignProgress,
  Campaign,
  CampaignEntry,
  CampaignProgress,
  CampaignStatus,
  WorkGroup,
  WorkGroupProgress,
  type CampaignFilter,
} from './campaign.types';

export const CAMPAIGN_PROJECTION = Projection.of(CampaignEntity, { omit: ['updatedAt'] }, {});
export const CAMPAIGN_COLUMNS = CAMPAIGN_PROJECTION.select('c', CAMPAIGN_PROJECTION.properties());
export const WORK_GROUP_PROJECTION = Projection.of(
  WorkGroupEntity,
  { omit: ['createdAt', 'updatedAt'] },
  {},
);
export const WORK_GROUP_COLUMNS = WORK_GROUP_PROJECTION.select(
  'wg',
  WORK_GROUP_PROJECTION.properties(),
);
export const ENTRY_PROJECTION = Projection.of(CampaignEntryEntity, { omit: ['updatedAt'] }, {});
export const ENTRY_COLUMNS = ENTRY_PROJECTION.select('ce', ENTRY_PROJECTION.properties());

/** Money comes from PostgreSQL as bigint text; in the API it is a whole number of fen. */
function moneyOf(row: Row, ...properties: string[]): Row {
  for (const p of properties) if (row[p] != null) row[p] = Number(row[p]);
  return row;
}

/** The standard as kept in the row's jsonb, its sums as numbers. */
function rulesOf(row: Row): Row {
  row.rules = (row.rules as Record<string, unknown>[]).map((r) => ({
    retirementType: r.retirementType ?? null,
    minAge: r.minAge ?? null,
    tag: r.tag ?? null,
    gift: r.gift,
    amountFen: Number(r.amountFen),
  }));
  return row;
}

export const toCampaign = (row: Row) =>
  toNode(Campaign, 'Campaign', rulesOf(moneyOf(row, 'plannedTotalFen', 'committedFen', 'paidFen')));
export const toWorkGroup = (row: Row) => toNode(WorkGroup, 'WorkGroup', row);
export const toEntry = (row: Row) =>
  toNode(CampaignEntry, 'CampaignEntry', moneyOf(row, 'amountFen'));

/**
 * The campaigns a caller sees: every one to the county's callers; to a secretary (or a token
 * limited to a branch) the county-wide ones and those whose subtree overlaps theirs.
 */
export function campaignInReach(alias: string, reach: Reach): Sql {
  if (reach.wholeBureau) return reach.bureau(alias);
  const a = raw(alias);
  return sql`${reach.bureau(alias)} AND (${a}.branch_id IS NULL OR ${a}.branch_id IN (
    SELECT cb.id FROM branch cb WHERE ${reach.branch('cb')} OR starts_with(${reach.path}::text, cb.path)))`;
}

/** The campaigns the filter matches, as conditions on `c`. */
function campaignConditions(scope: Scope, filter: CampaignFilter | null | undefined): Sql[] {
  const conditions = [campaignInReach('c', scope.reach)];
  if (filter?.year != null) conditions.push(sql`c.year = ${filter.year}`);
  if (filter?.status != null) conditions.push(sql`c.status = ${filter.status}`);
  if (filter?.active != null) {
    const active = sql`(c.status = ${CampaignStatus.APPROVED} AND ${scope.today}::date BETWEEN c.starts_on AND c.ends_on)`;
    conditions.push(filter.active ? active : sql`NOT ${active}`);
  }
  return conditions;
}

/** A page of campaigns, latest start first. */
export function listCampaigns(
  db: Queryable,
  scope: Scope,
  filter: CampaignFilter | null | undefined,
  page: PageArgs,
) {
  return paginate({
    db,
    select: sql`SELECT ${CAMPAIGN_COLUMNS}, c.starts_on::text AS "sortKey" FROM campaign c`,
    countFrom: sql`FROM campaign c`,
    conditions: campaignConditions(scope, filter),
    sort: { expr: 'c.starts_on', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'c.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toCampaign,
  });
}

export async function campaignsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${CAMPAIGN_COLUMNS} FROM campaign c WHERE c.id = ANY(${keys}) AND ${campaignInReach('c', reach)}`,
  );
  return rows.map(toCampaign);
}

export async function workGroupsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${WORK_GROUP_COLUMNS} FROM work_group wg
    WHERE wg.id = ANY(${keys})
      AND wg.campaign_id IN (SELECT c.id FROM campaign c WHERE ${campaignInReach('c', reach)})`);
  return rows.map(toWorkGroup);
}

/** The groups of these campaigns, in their order, by campaign key. */
export async function workGroupsByCampaignKeys(db: Queryable, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${WORK_GROUP_COLUMNS} FROM work_group wg
    WHERE wg.campaign_id = ANY(${keys}) ORDER BY wg.position, wg.id`);
  const byCampaign = new Map<number, WorkGroup[]>();
  for (const g of rows.map(toWorkGroup)) {
    byCampaign.set(g.campaignId, [...(byCampaign.get(g.campaignId) ?? []), g]);
  }
  return byCampaign;
}

export async function entriesByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${ENTRY_COLUMNS} FROM campaign_entry ce WHERE ce.id = ANY(${keys}) AND ${memberInReach('ce', reach)}`,
  );
  return rows.map(toEntry);
}

/** An entry filter with its ids decoded. */
export interface EntryCriteria {
  workGroupKey?: number | null;
  uncovered?: boolean | null;
  visited?: boolean | null;
  subtreeKey?: number | null;
  search?: string | null;
  /** The account whose groups' entries `mine` asks for. */
  mineOf?: number | null;
}

function entryConditions(scope: Scope, campaignKey: number, criteria: EntryCriteria): Sql[] {
  const conditions = [sql`ce.campaign_id = ${campaignKey}`, memberInReach('ce', scope.reach)];
  if (criteria.workGroupKey != null)
    conditions.push(sql`ce.work_group_id = ${criteria.workGroupKey}`);
  if (criteria.uncovered != null)
    conditions.push(
      criteria.uncovered ? sql`ce.work_group_id IS NULL` : sql`ce.work_group_id IS NOT NULL`,
    );
  if (criteria.visited != null)
    conditions.push(sql`ce.status = ${criteria.visited ? 'VISITED' : 'PENDING'}`);
  if (criteria.subtreeKey != null)
    conditions.push(sql`m.branch_id IN ${subtreeBranchIds(criteria.subtreeKey)}`);
  const found = memberFound('ce', criteria.search, mayReadPersonalData(scope.caller));
  if (found) conditions.push(found);
  if (criteria.mineOf !== undefined) {
    conditions.push(sql`ce.work_group_id IN (
      SELECT wg.id FROM work_group wg WHERE wg.campaign_id = ${campaignKey}
        AND (wg.leader_user_id = ${criteria.mineOf} OR ${criteria.mineOf}::int = ANY(wg.visitor_user_ids)))`);
  }
  return conditions;
}

/**
 * The order of a route: township (or place elsewhere), then address, then name; compared
 * byte by byte, so that the parts stay apart (tab sorts below any printable character).
 */
const ROUTE_ORDER = `(m.residence_place || E'\\t' || coalesce(m.address, '') || E'\\t' || m.name_pinyin) COLLATE "C"`;

/** A page of a campaign's list in the caller's reach, in route order. */
export function listEntries(
  db: Queryable,
  scope: Scope,
  campaignKey: number,
  criteria: EntryCriteria,
  page: PageArgs,
) {
  return paginate({
    db,
    select: sql`SELECT ${ENTRY_COLUMNS}, ${raw(ROUTE_ORDER)} AS "sortKey"
      FROM campaign_entry ce JOIN member m ON m.id = ce.member_id`,
    countFrom: sql`FROM campaign_entry ce JOIN member m ON m.id = ce.member_id`,
    conditions: entryConditions(scope, campaignKey, criteria),
    sort: { expr: ROUTE_ORDER, property: 'sortKey', type: 'text' },
    tiebreaker: { expr: 'ce.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toEntry,
  });
}

/** The members a campaign covers: current ones in its subtree (everyone without one). */
export function campaignMembers(alias: string, branchKey: number | null): Sql {
  const m = raw(alias);
  return branchKey === null
    ? sql`${m}.status = 'ACTIVE'`
    : sql`${m}.status = 'ACTIVE' AND ${m}.branch_id IN ${subtreeBranchIds(branchKey)}`;
}

interface Figures {
  memberCount: number;
  visitedCount: number;
  remainingCount: number;
  paidFen: number;
}

const figures = (row: Row): Figures => ({
  memberCount: Number(row.memberCount),
  visitedCount: Number(row.visitedCount),
  remainingCount: Number(row.memberCount) - Number(row.visitedCount),
  paidFen: Number(row.paidFen),
});

/**
 * The progress of these campaigns over the entries in reach: totals, by group (in order; the
 * uncovered last) and by the members' branch. Two statements for any number of campaigns.
 */
export async function progressByCampaignKeys(
  db: Queryable,
  reach: Reach,
  keys: readonly number[],
): Promise<Map<number, CampaignProgress>> {
  const counts = sql`count(*)::int AS "memberCount",
    (count(*) FILTER (WHERE ce.status = 'VISITED'))::int AS "visitedCount",
    coalesce(sum(d.amount_fen) FILTER (WHERE d.status = 'PAID'), 0) AS "paidFen"`;
  const from = sql`FROM campaign_entry ce
    LEFT JOIN disbursement d ON d.id = ce.disbursement_id
    WHERE ce.campaign_id = ANY(${keys}) AND ${memberInReach('ce', reach)}`;
  const [groupRows, branchRows] = await Promise.all([
    db.run(sql`
      SELECT g.campaign_id AS "campaignKey", g.group_id AS "workGroupId", g."memberCount",
        g."visitedCount", g."paidFen"
      FROM (
        SELECT ce.campaign_id, ce.work_group_id AS group_id, ${counts} ${from}
        GROUP BY ce.campaign_id, ce.work_group_id
      ) g LEFT JOIN work_group wg ON wg.id = g.group_id
      ORDER BY wg.position NULLS LAST, wg.id NULLS LAST`),
    db.run(sql`
      SELECT ce.campaign_id AS "campaignKey", m.branch_id AS "branchId", ${counts}
      FROM campaign_entry ce JOIN member m ON m.id = ce.member_id
        LEFT JOIN disbursement d ON d.id = ce.disbursement_id
      WHERE ce.campaign_id = ANY(${keys}) AND ${memberInReach('ce', reach)}
      GROUP BY ce.campaign_id, m.branch_id ORDER BY m.branch_id`),
  ]);
  const result = new Map<number, CampaignProgress>();
  const of = (key: number) => {
    let p = result.get(key);
    if (!p) {
      p = Object.assign(new CampaignProgress(), {
        memberCount: 0,
        visitedCount: 0,
        remainingCount: 0,
        uncoveredCount: 0,
        paidFen: 0,
        byGroup: [],
        byBranch: [],
      });
      result.set(key, p);
    }
    return p;
  };
  for (const row of groupRows) {
    const p = of(Number(row.campaignKey));
    const f = figures(row);
    const workGroupId = row.workGroupId == null ? null : Number(row.workGroupId);
    p.byGroup.push(Object.assign(new WorkGroupProgress(), f, { workGroupId }));
    p.memberCount += f.memberCount;
    p.visitedCount += f.visitedCount;
    p.remainingCount += f.remainingCount;
    p.paidFen += f.paidFen;
    if (workGroupId === null) p.uncoveredCount = f.memberCount;
  }
  for (const row of branchRows) {
    of(Number(row.campaignKey)).byBranch.push(
      Object.assign(new BranchCampaignProgress(), figures(row), { branchId: Number(row.branchId) }),
    );
  }
  for (const key of keys) of(key);
  return result;
}
