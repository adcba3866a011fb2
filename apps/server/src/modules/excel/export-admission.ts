import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { spendBudget, type BudgetOptions } from '../../kernel/budget';
import { ErrorCode, httpError } from '../../kernel/errors';
import { EXPORTS_AT_ONCE, EXPORT_ROWS_PER_POINT } from './limits';

const rateLimited = (message: string) => httpError(429, ErrorCode.RATE_LIMITED, message);

/**
 * Takes one of the caller's export slots for the transaction that reads the rows (a
 * transaction-level advisory lock, so every server process sees it and a crash frees it). A
 * rate limiter counts requests over time, not exports running now, and a count would stay
 * taken when a process dies mid-export.
 */
export async function takeExportSlot(tx: Transaction, callerKey: string): Promise<void> {
  for (let slot = 0; slot < EXPORTS_AT_ONCE; slot++) {
    const [row] = await tx.run(
      sql`SELECT pg_try_advisory_xact_lock(hashtext(${`export:${callerKey}`}), ${slot}::int) AS taken`,
    );
    if (row.taken) return;
  }
  throw rateLimited(
    `同时最多进行 ${EXPORTS_AT_ONCE} 个导出，请等前面的完成 (at most ${EXPORTS_AT_ONCE} exports at once)`,
  );
}

/** Charges an export of `rows` rows to the caller's budget: a point per ten rows, at most all of it. */
export async function chargeExport(ctx: RequestScope, rows: number, budget: BudgetOptions) {
  const cost = Math.min(budget.capacity, Math.ceil(rows / EXPORT_ROWS_PER_POINT));
  const spend = await spendBudget(ctx.db, ctx.callerKey, cost, budget);
  if (!spend.allowed)
    throw rateLimited(
      `查询额度不足，请稍后再导出 (this export of ${rows} rows costs ${cost} points; ${Math.floor(spend.remaining)} left)`,
    );
}
