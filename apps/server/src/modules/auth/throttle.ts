import type { Queryable } from '../../db/database';
import { sql } from '../../db/sql';

/** Failures counted in a window; past the limit the key is locked for the lock period. */
export interface ThrottleRule {
  limit: number;
  windowMs: number;
  lockMs: number;
}

export const USERNAME_RULE: ThrottleRule = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { limit: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** The latest time any of `keys` is locked until, if one is locked at `now`. */
export async function lockedUntil(db: Queryable, keys: string[], now: Date): Promise<Date | null> {
  const [row] = await db.run(sql`
    SELECT max(locked_until) AS until FROM login_throttle WHERE key = ANY(${keys}) AND locked_until > ${now}`);
  return (row?.until as Date | null) ?? null;
}

/**
 * Counts a failure for `key` (in its own statement, so it survives the failed sign-in);
 * returns the failures in the window and the lock, if this one reached the limit.
 */
export async function recordFailure(
  db: Queryable,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const lockUntil = new Date(now.getTime() + rule.lockMs);
  const [row] = await db.run(sql`
    INSERT INTO login_throttle AS t (key, failures, window_started_at)
    VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_started_at < ${windowStart} OR t.locked_until <= ${now} THEN 1
                      ELSE t.failures + 1 END,
      window_started_at = CASE WHEN t.window_started_at < ${windowStart} OR t.locked_until <= ${now}
                               THEN ${now} ELSE t.window_started_at END,
      locked_until = NULL
    RETURNING failures`);
  const failures = Number(row.failures);
  if (failures < rule.limit) return { failures, lockedUntil: null };
  await db.run(sql`UPDATE login_throttle SET locked_until = ${lockUntil} WHERE key = ${key}`);
  return { failures, lockedUntil: lockUntil };
}

export const clearFailures = (db: Queryable, key: string) =>
  db.run(sql`DELETE FROM login_throttle WHERE key = ${key}`);

/** After the third failure each further attempt waits longer, up to four seconds. */
export function slowdownMs(failures: number): number {
  return failures < 3 ? 0 : Math.min(4000, 250 * 2 ** (failures - 3));
}
