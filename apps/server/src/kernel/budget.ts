import type { Queryable } from './db/database';
import { ADMISSION_TAG, raw, sql, type Sql } from './db/sql';

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
  return sql`${raw(ADMISSION_TAG)}
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
  const rows = await db.run(sql`${raw(ADMISSION_TAG)}
    SELECT least(${capacity}::float8, points + greatest(0, extract(epoch FROM clock_timestamp() - updated_at)) * ${rate}::float8) AS points
    FROM rate_budget WHERE caller = ${caller}::text`);
  return rows.length ? Number(rows[0].points) : capacity;
}

/** A lease is this share of a bucket's capacity. */
const LEASES_PER_BUCKET = 20;

/** A lease not spent within this long is given up (its points come back by refill). */
const LEASE_MS = 10_000;

interface Lease {
  points: number;
  /** What the shared bucket held when the lease was taken. */
  bucket: number;
  until: number;
}

/**
 * This process's leases on callers' buckets. A cheap operation is paid from a lease: a
 * twentieth of the capacity taken from the shared bucket in one statement, then spent here
 * without one until it runs out or is ten seconds old. Nothing is spent that the bucket did not
 * give, so no caller gets more than its budget; points leased by one process and left unspent
 * are only unavailable to the others until the lease lapses and the bucket refills them. An
 * operation costing more than half a lease is charged to the bucket directly.
 */
export class BudgetLeases {
  private readonly leases = new Map<string, Lease>();
  /** The lease being taken for a caller: one at a time, the others wait for it. */
  private readonly taking = new Map<string, Promise<boolean>>();

  async spend(
    db: Queryable,
    caller: string,
    cost: number,
    options: BudgetOptions,
  ): Promise<BudgetSpend> {
    const size = Math.floor(options.capacity / LEASES_PER_BUCKET);
    if (cost * 2 > size) {
      const spend = await spendBudget(db, caller, cost, options);
      return { ...spend, remaining: spend.remaining + (this.held(caller)?.points ?? 0) };
    }
    for (;;) {
      const paid = this.payFromLease(caller, cost);
      if (paid) return paid;
      let taking = this.taking.get(caller);
      if (!taking) {
        taking = this.takeLease(db, caller, size, options).finally(() =>
          this.taking.delete(caller),
        );
        this.taking.set(caller, taking);
      }
      if (!(await taking)) break;
    }
    // The bucket holds less than a lease: take what this operation needs beyond what is held.
    const paid = this.payFromLease(caller, cost);
    if (paid) return paid;
    const part = this.held(caller)?.points ?? 0;
    this.leases.delete(caller);
    const rest = await spendBudget(db, caller, cost - part, options);
    if (rest.allowed) return rest;
    if (part > 0) this.add(caller, part, rest.remaining);
    return { allowed: false, remaining: rest.remaining + part };
  }

  private payFromLease(caller: string, cost: number): BudgetSpend | null {
    const held = this.held(caller);
    if (!held || held.points < cost) return null;
    held.points -= cost;
    return { allowed: true, remaining: held.points + held.bucket };
  }

  /** Takes a lease of `size` points from the bucket; false when it holds fewer. */
  private async takeLease(db: Queryable, caller: string, size: number, options: BudgetOptions) {
    const lease = await spendBudget(db, caller, size, options);
    if (lease.allowed) this.add(caller, size, lease.remaining);
    return lease.allowed;
  }

  private add(caller: string, points: number, bucket: number): void {
    const held = this.held(caller)?.points ?? 0;
    this.leases.set(caller, { points: held + points, bucket, until: Date.now() + LEASE_MS });
  }

  /** The caller's unexpired lease; lapsed ones are dropped as they are met. */
  private held(caller: string): Lease | undefined {
    const lease = this.leases.get(caller);
    if (lease && lease.until > Date.now()) return lease;
    this.leases.delete(caller);
    if (this.leases.size > 10_000) {
      const now = Date.now();
      for (const [key, old] of this.leases) if (old.until <= now) this.leases.delete(key);
    }
    return undefined;
  }
}
