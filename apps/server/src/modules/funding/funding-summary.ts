import type { Queryable, Row } from '../../kernel/db/database';
import { sql, where } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { budgetInReach } from './funding.repository';
import { BudgetCategory, type FundingFigures, type FundingSummary } from './funding.types';

function figures(row: Row | undefined): FundingFigures {
  const amountFen = Number(row?.amountFen ?? 0);
  const paidFen = Number(row?.paidFen ?? 0);
  return {
    lines: Number(row?.lines ?? 0),
    amountFen,
    committedFen: Number(row?.committedFen ?? 0),
    paidFen,
    remainingFen: Number(row?.remainingFen ?? 0),
    executionRate: amountFen > 0 ? paidFen / amountFen : null,
  };
}

/**
 * The lines of a year by category, and what was paid and approved from them by month (of the
 * day of payment). Two statements.
 */
export async function fundingSummary(
  db: Queryable,
  reach: Reach,
  year: number,
  branchKey: number | null,
): Promise<FundingSummary> {
  const lines = [sql`bl.year = ${year}`, budgetInReach('bl', reach)];
  if (branchKey !== null) lines.push(sql`bl.branch_id = ${branchKey}`);
  const rows = await db.run(sql`
    SELECT bl.category, GROUPING(bl.category)::int AS "isTotal", count(*)::int AS lines,
      sum(bl.amount_fen) AS "amountFen", sum(bl.committed_fen) AS "committedFen", sum(bl.paid_fen) AS "paidFen",
      sum(bl.amount_fen - bl.committed_fen) AS "remainingFen"
    FROM budget bl ${where(lines)}
    GROUP BY GROUPING SETS ((), (bl.category))`);
  const months = await db.run(sql`
    SELECT extract(month FROM d.disbursed_on)::int AS month,
      coalesce(sum(d.amount_fen) FILTER (WHERE d.status = 'PAID'), 0) AS "paidFen",
      coalesce(sum(d.amount_fen) FILTER (WHERE d.status = 'APPROVED'), 0) AS "approvedFen"
    FROM disbursement d JOIN budget bl ON bl.id = d.budget_id
    ${where([...lines, sql`d.status IN ('APPROVED', 'PAID')`])}
    GROUP BY 1`);
  return {
    year,
    total: figures(rows.find((r) => r.isTotal === 1)),
    byCategory: Object.values(BudgetCategory).map((category) => ({
      category,
      ...figures(rows.find((r) => r.isTotal === 0 && r.category === category)),
    })),
    byMonth: Array.from({ length: 12 }, (_, i) => {
      const row = months.find((m) => Number(m.month) === i + 1);
      return {
        month: i + 1,
        paidFen: Number(row?.paidFen ?? 0),
        approvedFen: Number(row?.approvedFen ?? 0),
      };
    }),
  };
}
