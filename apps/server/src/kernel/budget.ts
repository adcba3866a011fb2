import type { Queryable } from './db/database';
import { sql, type Sql } from './db/sql';

export interface BudgetOptions {
  /** The most points a caller can hold (and starts with). */
  capacity: number;
  /** Points given back per second since the caller's last spend. */
  restorePerSecond: number;
}

export interface BudgetSpend {
  allowed: boolean;
  /** Points left after this spend, or held now when refused. */
  remaining: number;
}

/**
 * The upsert that takes `cost` points from the token bucket in `rate_budget` of the caller
 * `callers` names (a query of one `key` column: one row, or none to charge nobody), returning
 * the points left, or no row when refused. Buckets are shared by every server process; the
 * upsert locks the caller's row, so concurrent spends queue and none overdraws; a refused
 * spend changes nothing.
 *
 * Why not rate-limiter-flexible's RateLimiterPostgres: it counts fixed windows on each
 * process's clock, not a bucket that refills continuously on the database's; it adds the points
 * of a refused spend too (60, then 50 refused, then 40 is refused where this allows it); and its
 * statement is its own, so it cannot share the one that looks up the session (a signed-in
 * request would send three statements instead of two).
 */
export function chargeStatement(callers: Sql, cost: number, options: BudgetOptions): Sql {
  const { capacity, restorePerSecond: rate } = options;
  // clock_timestamp(), not now(): the time after the row lock is taken, not when the statement began.
  const refilled = sql`least(${capacity}::float8, b.points + greatest(0, extract(epoch FROM clock_timestamp() - b.updated_at)) * ${rate}::float8)`;
  return sql`
    INSERT INTO rate_budget AS b (caller, points, updated_at)
    SELECT c.key, ${capacity}::float8 - ${cost}::float8, clock_timestamp() FROM (${callers}) c
    WHERE ${cost}::float8 <= ${capacity}::float8
    ON CONFLICT (caller) DO UPDATE
      SET points = ${refilled} - ${cost}::float8, updated_at = clock_timestamp()
      WHERE ${refilled} >= ${cost}::float8
    RETURNING b.points`;
}

/** Takes `cost` points from the bucket of `caller` (see chargeStatement). */
export async function spendBudget(
  db: Queryable,
  caller: string,
  cost: number,
  options: BudgetOptions,
): Promise<BudgetSpend> {
  const charge = chargeStatement(sql`SELECT ${caller}::text AS key`, cost, options);
  const rows = await db.run(charge.prepare());
  if (rows.length) return { allowed: true, remaining: Number(rows[0].points) };
  return { allowed: false, remaining: await pointsHeld(db, caller, options) };
}

/** What the caller holds now, refill included; a new caller holds a full bucket. */
export async function pointsHeld(db: Queryable, caller: string, options: BudgetOptions) {
  const { capacity, restorePerSecond: rate } = options;
  const rows = await db.run(sql`
    SELECT least(${capacity}::float8, points + greatest(0, extract(epoch FROM clock_timestamp() - updated_at)) * ${rate}::float8) AS points
    FROM rate_budget WHERE caller = ${caller}::text`);
  return rows.length ? Number(rows[0].points) : capacity;
}
