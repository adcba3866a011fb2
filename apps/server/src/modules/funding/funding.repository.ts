import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { raw, sql, type Sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { Budget, Disbursement } from './funding.types';

export const BUDGET_PROJECTION = new Projection(
  {
    key: 'id',
    year: 'year',
    category: 'category',
    name: 'name',
    amountFen: 'amount_fen',
    committedFen: 'committed_fen',
    paidFen: 'paid_fen',
    remainingFen: '$.amount_fen - $.committed_fen',
    branchId: 'branch_id',
    note: 'note',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  { id: ['key'], branch: ['branchId'], executionRate: ['paidFen', 'amountFen'] },
);

export const DISBURSEMENT_PROJECTION = new Projection(
  {
    key: 'id',
    budgetId: 'budget_id',
    amountFen: 'amount_fen',
    purpose: 'purpose',
    payeeKind: 'payee_kind',
    payeeName: 'payee_name',
    memberId: 'member_id',
    branchId: 'branch_id',
    visitId: 'visit_id',
    date: 'disbursed_on',
    status: 'status',
    voidReason: 'void_reason',
    note: 'note',
    createdAt: 'created_at',
    createdBy: 'created_by',
    createdByUserId: 'created_by_user_id',
    createdByTokenId: 'created_by_token_id',
    approvedAt: 'approved_at',
    approvedBy: 'approved_by',
    paidAt: 'paid_at',
    paidBy: 'paid_by',
    voidedAt: 'voided_at',
    voidedBy: 'voided_by',
    version: 'version',
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
 * The budget lines a caller reaches, as a condition on `alias`: the county's callers all of them;
 * a secretary (or a token limited to a branch) the lines of the own branches, and the county's
 * lines when the funding settings allow.
 */
export function budgetInReach(alias: string, reach: Reach): Sql {
  if (reach.isCounty) return sql`TRUE`;
  const a = raw(alias);
  return sql`(${a}.branch_id IN (SELECT rb.id FROM branch rb WHERE ${reach.branch('rb')})
    OR (${a}.branch_id IS NULL AND (SELECT secretaries_see_county_lines FROM funding_setting)))`;
}

/**
 * The disbursements a caller reaches: those from the lines in reach, and those paid to the
 * members and branches in reach (their own payments, from whichever line).
 */
export function disbursementInReach(alias: string, reach: Reach): Sql {
  if (reach.isCounty) return sql`TRUE`;
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
