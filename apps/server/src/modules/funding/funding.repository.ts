import type { Queryable, Row } from '../../db/database';
import { column } from '../../db/entity-columns';
import { Projection, toNode } from '../../db/projection';
import { BudgetEntity } from './budget.entity';
import { DisbursementEntity } from './disbursement.entity';
import { raw, sql, type Sql } from '../../db/sql';
import type { Reach } from '../auth/reach';
import { Budget, Disbursement } from './funding.types';

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
