import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { raw, sql, where, type Sql } from '../../kernel/db/sql';
import {
  OrderDirection,
  paginate,
  type ConnectionResult,
  type PageArgs,
} from '../../kernel/connection';
import type { Reach, Scope } from '../../kernel/access/reach';
import { subtreeBranchIds, subtreeBureauIds } from '../../kernel/access/subtree';
import {
  Budget,
  Disbursement,
  type BudgetFilter,
  type BudgetTotals,
  type DisbursementFilter,
  type DisbursementTotals,
} from './funding.types';
import { column } from '../../kernel/db/entity-columns';
import { BudgetEntity } from './budget.entity';
import { DisbursementEntity } from './disbursement.entity';

export const BUDGET_PROJECTION = Projection.of(
  BudgetEntity,
  {
    computed: {
      remainingFen: `$.${column(BudgetEntity, 'amountFen')} - $.${column(BudgetEntity, 'committedFen')}`,
    },
  },
  { id: ['key'], branch: ['branchId'], executionRate: ['paidFen', 'amountFen'] },
);

export const DISBURSEMENT_PROJECTION = Projection.of(
  DisbursementEntity,
  {
    // Who approved, paid or voided reads as the audit trail names them.
    omit: [
      'approvedByUserId',
      'approvedByTokenId',
      'paidByUserId',
      'paidByTokenId',
      'voidedByUserId',
      'voidedByTokenId',
      'updatedAt',
    ],
    rename: { disbursedOn: 'date' },
  },
  {
    id: ['key'],
    budget: ['budgetId'],
    member: ['memberId'],
    branch: ['branchId'],
    visit: ['visitId'],
  },
);

export const BUDGET_COLUMNS = BUDGET_PROJECTION.select('bl', BUDGET_PROJECTION.properties());
export const DISBURSEMENT_COLUMNS = DISBURSEMENT_PROJECTION.select(
  'd',
  DISBURSEMENT_PROJECTION.properties(),
);

/** Money comes from PostgreSQL as bigint text; in the API it is a whole number of fen. */
function moneyOf(row: Row, ...properties: string[]): Row {
  for (const p of properties) if (row[p] != null) row[p] = Number(row[p]);
  return row;
}

export const toBudget = (row: Row) =>
  toNode(Budget, 'Budget', moneyOf(row, 'amountFen', 'committedFen', 'paidFen', 'remainingFen'));
export const toDisbursement = (row: Row) =>
  toNode(Disbursement, 'Disbursement', moneyOf(row, 'amountFen'));

/**
 * The funding rules in force for a bureau (a key, or an SQL expression of one), as one row under
 * `fs`: the county's own where it set them, else the province's.
 */
export function fundingSettingsOf(bureau: Sql | number | null): Sql {
  return sql`(SELECT coalesce(o.allow_self_approval, d.allow_self_approval) AS allow_self_approval,
      CASE WHEN o.bureau_id IS NULL THEN d.condolence_yearly_cap_fen
        ELSE o.condolence_yearly_cap_fen END AS condolence_yearly_cap_fen,
      coalesce(o.secretaries_see_county_lines, d.secretaries_see_county_lines) AS secretaries_see_county_lines,
      coalesce(o.version, d.version) AS version, o.bureau_id IS NOT NULL AS own_setting
    FROM funding_setting d LEFT JOIN bureau_funding_setting o ON o.bureau_id = ${bureau}::int) fs`;
}

/** A budget line's county, as an SQL expression: whose funding rules its payments follow. */
export const countyOfLine = (budgetKey: number) =>
  sql`(SELECT bl.bureau_id FROM budget bl WHERE bl.id = ${budgetKey})`;

/**
 * The budget lines a caller reaches, as a condition on `alias`: the county's callers all of them;
 * a secretary (or a token limited to a branch) the lines of the own branches, and the county's
 * lines when the funding settings allow.
 */
export function budgetInReach(alias: string, reach: Reach): Sql {
  if (reach.wholeBureau) return reach.bureau(alias);
  const a = raw(alias);
  return sql`(${reach.branchKey(`${alias}.branch_id`)}
    OR (${a}.branch_id IS NULL AND ${reach.bureau(alias)}
      AND (SELECT fs.secretaries_see_county_lines FROM ${fundingSettingsOf(sql`${a}.bureau_id`)})))`;
}

/**
 * The disbursements a caller reaches: those from the lines in reach, and those paid to the
 * members and branches in reach (their own payments, from whichever line).
 */
export function disbursementInReach(alias: string, reach: Reach): Sql {
  if (reach.isAll) return sql`TRUE`;
  const a = raw(alias);
  return sql`(${a}.budget_id IN (SELECT bl.id FROM budget bl WHERE ${budgetInReach('bl', reach)})
    OR ${a}.member_id IN (SELECT m.id FROM member m WHERE ${reach.member('m')})
    OR ${a}.branch_id IN (SELECT rb.id FROM branch rb WHERE ${reach.branch('rb')}))`;
}

export async function budgetsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${BUDGET_COLUMNS} FROM budget bl WHERE bl.id = ANY(${keys}) AND ${budgetInReach('bl', reach)}`,
  );
  return rows.map(toBudget);
}

export async function disbursementsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${DISBURSEMENT_COLUMNS} FROM disbursement d WHERE d.id = ANY(${keys}) AND ${disbursementInReach('d', reach)}`,
  );
  return rows.map(toDisbursement);
}

/** The payments made on these visits, by visit key. */
export async function disbursementsByVisitKeys(
  db: Queryable,
  reach: Reach,
  visitKeys: readonly number[],
): Promise<Map<number, Disbursement[]>> {
  const rows = await db.run(sql`
    SELECT ${DISBURSEMENT_COLUMNS} FROM disbursement d
    WHERE d.visit_id = ANY(${visitKeys}) AND ${disbursementInReach('d', reach)} ORDER BY d.id`);
  const byVisit = new Map<number, Disbursement[]>();
  for (const d of rows.map(toDisbursement)) {
    byVisit.set(d.visitId!, [...(byVisit.get(d.visitId!) ?? []), d]);
  }
  return byVisit;
}

/** A budget filter with its id decoded: the owning branch. */
export type BudgetCriteria = Omit<BudgetFilter, 'branchId'> & { branchKey?: number | null };

/** A payment filter with its ids decoded: the line, the branch whose subtree, the bureau, the member. */
export type DisbursementCriteria = Omit<
  DisbursementFilter,
  'budgetId' | 'branchId' | 'bureauId' | 'memberId'
> & {
  budgetKey?: number | null;
  subtreeKey?: number | null;
  bureauKey?: number | null;
  memberKey?: number | null;
};

/** The lines in reach that the criteria match, as conditions on `bl`. */
function budgetConditions(reach: Reach, criteria: BudgetCriteria | null | undefined): Sql[] {
  const conditions = [budgetInReach('bl', reach)];
  if (!criteria) return conditions;
  if (criteria.year != null) conditions.push(sql`bl.year = ${criteria.year}`);
  if (criteria.category?.length) conditions.push(sql`bl.category = ANY(${criteria.category})`);
  if (criteria.branchKey != null) conditions.push(sql`bl.branch_id = ${criteria.branchKey}`);
  if (criteria.county != null)
    conditions.push(criteria.county ? sql`bl.branch_id IS NULL` : sql`bl.branch_id IS NOT NULL`);
  return conditions;
}

/** The payments in reach that the criteria match, as conditions on `d`. */
function disbursementConditions(
  reach: Reach,
  criteria: DisbursementCriteria | null | undefined,
): Sql[] {
  const conditions = [disbursementInReach('d', reach)];
  if (!criteria) return conditions;
  const lines: Sql[] = [];
  if (criteria.year != null) lines.push(sql`bl.year = ${criteria.year}`);
  if (criteria.category?.length) lines.push(sql`bl.category = ANY(${criteria.category})`);
  if (criteria.bureauKey != null)
    lines.push(sql`bl.bureau_id IN ${subtreeBureauIds(criteria.bureauKey)}`);
  if (lines.length)
    conditions.push(sql`d.budget_id IN (SELECT bl.id FROM budget bl ${where(lines)})`);
  if (criteria.budgetKey != null) conditions.push(sql`d.budget_id = ${criteria.budgetKey}`);
  if (criteria.subtreeKey != null) {
    const subtree = subtreeBranchIds(criteria.subtreeKey);
    conditions.push(sql`(d.branch_id IN ${subtree}
      OR d.member_id IN (SELECT m.id FROM member m WHERE m.branch_id IN ${subtree})
      OR d.budget_id IN (SELECT bl.id FROM budget bl WHERE bl.branch_id IN ${subtree}))`);
  }
  if (criteria.status?.length) conditions.push(sql`d.status = ANY(${criteria.status})`);
  if (criteria.memberKey != null) conditions.push(sql`d.member_id = ${criteria.memberKey}`);
  if (criteria.dateFrom) conditions.push(sql`d.disbursed_on >= ${criteria.dateFrom}::date`);
  if (criteria.dateTo) conditions.push(sql`d.disbursed_on <= ${criteria.dateTo}::date`);
  return conditions;
}

/** A connection with the sums of everything its filter matches, computed only when asked. */
export type WithTotals<T, S> = ConnectionResult<T> & { totals: () => Promise<S> };

function withTotals<T, S>(page: Promise<ConnectionResult<T>>, totals: () => Promise<S>) {
  let computed: Promise<S> | undefined;
  return page.then((result) =>
    Object.assign(result, { totals: () => (computed ??= totals()) }),
  ) as Promise<WithTotals<T, S>>;
}

/** Latest year first, then the categories in their usual order (keyset: one integer). */
const BUDGET_SORT = `bl.year * 10 + 7 - array_position(ARRAY['CENTRE_OPERATIONS', 'ASSISTANCE', 'BRANCH_BUILDING', 'FACILITIES', 'ACTIVITIES', 'OTHER']::text[], bl.category::text)`;

/** A page of budget lines, latest year first, with the sums of all the criteria match. */
export function listBudgets(
  db: Queryable,
  scope: Scope,
  criteria: BudgetCriteria | null | undefined,
  page: PageArgs,
) {
  const conditions = budgetConditions(scope.reach, criteria);
  return withTotals(
    paginate({
      db,
      select: sql`SELECT ${BUDGET_COLUMNS}, (${raw(BUDGET_SORT)}) AS "sortKey" FROM budget bl`,
      countFrom: sql`FROM budget bl`,
      conditions,
      sort: { expr: BUDGET_SORT, property: 'sortKey', type: 'integer' },
      tiebreaker: { expr: 'bl.id', property: 'key', type: 'integer' },
      direction: OrderDirection.DESC,
      args: page,
      map: toBudget,
    }),
    () => budgetTotals(db, conditions),
  );
}

async function budgetTotals(db: Queryable, conditions: Sql[]): Promise<BudgetTotals> {
  const [row] = await db.run(sql`
    SELECT count(*)::int AS count, coalesce(sum(bl.amount_fen), 0) AS "amountFen",
      coalesce(sum(bl.committed_fen), 0) AS "committedFen", coalesce(sum(bl.paid_fen), 0) AS "paidFen",
      coalesce(sum(bl.amount_fen - bl.committed_fen), 0) AS "remainingFen"
    FROM budget bl ${where(conditions)}`);
  return {
    count: Number(row.count),
    amountFen: Number(row.amountFen),
    committedFen: Number(row.committedFen),
    paidFen: Number(row.paidFen),
    remainingFen: Number(row.remainingFen),
  };
}

/** Where a page of payments comes from: a line's or a member's, or all in reach. */
export interface DisbursementSource {
  budgetKey?: number;
  memberKey?: number;
}

const sourceConditions = (source: DisbursementSource) => [
  ...(source.budgetKey == null ? [] : [sql`d.budget_id = ${source.budgetKey}`]),
  ...(source.memberKey == null ? [] : [sql`d.member_id = ${source.memberKey}`]),
];

/** A page of payments, latest first, with the sums of all the criteria match. */
export function listDisbursements(
  db: Queryable,
  scope: Scope,
  criteria: DisbursementCriteria | null | undefined,
  page: PageArgs,
  source: DisbursementSource = {},
) {
  const conditions = [
    ...sourceConditions(source),
    ...disbursementConditions(scope.reach, criteria),
  ];
  return withTotals(
    paginate({
      db,
      select: sql`SELECT ${DISBURSEMENT_COLUMNS}, d.disbursed_on::text AS "sortKey" FROM disbursement d`,
      countFrom: sql`FROM disbursement d`,
      conditions,
      sort: { expr: 'd.disbursed_on', property: 'sortKey', type: 'date' },
      tiebreaker: { expr: 'd.id', property: 'key', type: 'integer' },
      direction: OrderDirection.DESC,
      args: page,
      map: toDisbursement,
    }),
    async (): Promise<DisbursementTotals> => {
      const [row] = await db.run(sql`
        SELECT count(*)::int AS count, coalesce(sum(d.amount_fen), 0) AS "amountFen",
          coalesce(sum(d.amount_fen) FILTER (WHERE d.status IN ('APPROVED', 'PAID')), 0) AS "committedFen",
          coalesce(sum(d.amount_fen) FILTER (WHERE d.status = 'PAID'), 0) AS "paidFen"
        FROM disbursement d ${where(conditions)}`);
      return {
        count: Number(row.count),
        amountFen: Number(row.amountFen),
        committedFen: Number(row.committedFen),
        paidFen: Number(row.paidFen),
      };
    },
  );
}

/**
 * The payments the list shows (same criteria, reach and order), for a spreadsheet: with the
 * line's year, category and name when the line is in reach.
 */
export function disbursementRows(
  scope: Scope,
  criteria: DisbursementCriteria | null | undefined,
): { query: Sql; count: Sql } {
  const conditions = disbursementConditions(scope.reach, criteria);
  return {
    count: sql`SELECT count(*)::int AS count FROM disbursement d ${where(conditions)}`,
    query: sql`
      SELECT d.disbursed_on AS date, d.purpose, d.payee_kind AS "payeeKind", d.payee_name AS "payeeName",
        d.amount_fen AS "amountFen", d.status, d.note, d.void_reason AS "voidReason",
        d.created_by AS "createdBy", d.approved_by AS "approvedBy", d.paid_by AS "paidBy",
        bl.year AS "budgetYear", bl.category AS "budgetCategory", bl.name AS "budgetName"
      FROM disbursement d
      LEFT JOIN budget bl ON bl.id = d.budget_id AND ${budgetInReach('bl', scope.reach)}
      ${where(conditions)}
      ORDER BY d.disbursed_on DESC, d.id DESC`,
  };
}
