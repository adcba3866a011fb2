import type { Queryable } from '../../kernel/db/database';
import { join, raw, sql, type Sql } from '../../kernel/db/sql';

/**
 * Attempts counted in a window; the attempt that reaches `limit` locks the key for the lock
 * period. A rule without a limit never locks: it only slows.
 */
export interface ThrottleRule {
  limit: number | null;
  windowMs: number;
  lockMs: number;
}

const MINUTES_15 = 15 * 60_000;
/** One username from one address: who guesses a password, locked after five. */
export const PAIR_RULE: ThrottleRule = { limit: 5, windowMs: MINUTES_15, lockMs: MINUTES_15 };
/** One address, any usernames: who guesses across accounts. */
export const ADDRESS_RULE: ThrottleRule = { limit: 30, windowMs: MINUTES_15, lockMs: MINUTES_15 };
/**
 * One username, any addresses: slowed, never locked, so failures from elsewhere cannot lock
 * the account's owner out.
 */
export const USERNAME_RULE: ThrottleRule = { limit: null, windowMs: MINUTES_15, lockMs: 0 };

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/** The keys a sign-in attempt is counted under, in the order `reserveAttempt` answers. */
export function attemptKeys(username: string, ip: string): ThrottleKey[] {
  return [
    { key: `pair:${username}@${ip}`, rule: PAIR_RULE },
    { key: `ip:${ip}`, rule: ADDRESS_RULE },
    { key: `user:${username}`, rule: USERNAME_RULE },
  ];
}

/**
 * Upserts one attempt under `key`, unless it is locked (then no row), and only when the
 * reservation named `after` went through: an attempt refused is counted nowhere further.
 */
function reservation({ key, rule }: ThrottleKey, now: Date, after: string | null): Sql {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const lockUntil = rule.limit === null ? null : new Date(now.getTime() + rule.lockMs);
  const limit = rule.limit ?? 2 ** 31 - 1;
  const fresh = sql`(t.window_started_at < ${windowStart} OR t.locked_until <= ${now})`;
  const attempts = sql`CASE WHEN ${fresh} THEN 1 ELSE t.failures + 1 END`;
  return sql`
    INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until)
    SELECT ${key}, 1, ${now}::timestamptz, CASE WHEN 1 >= ${limit}::int THEN ${lockUntil}::timestamptz END
    ${after ? raw(`WHERE EXISTS (SELECT 1 FROM ${after})`) : raw('')}
    ON CONFLICT (key) DO UPDATE SET
      failures = ${attempts},
      window_started_at = CASE WHEN ${fresh} THEN ${now} ELSE t.window_started_at END,
      locked_until = CASE WHEN ${attempts} >= ${limit}::int THEN ${lockUntil}::timestamptz END
    WHERE t.locked_until IS NULL OR t.locked_until <= ${now}
    RETURNING failures`;
}

/**
 * Counts an attempt under every key before the password is checked, in one statement that
 * refuses a locked key: the upsert takes each key's row lock and re-reads it, so however many
 * attempts arrive at once, no more than a rule's limit get through to be checked.
 * Returns the attempts in each key's window, or null when a key is locked.
 *
 * Why not rate-limiter-flexible: it is as atomic per key, but takes a statement per key (three
 * here, three more to release after a success) and counts refused attempts too: a locked pair
 * goes on to 6, 7, 8 … where this stays at the limit, and its lock is one more statement.
 */
export async function reserveAttempt(
  db: Queryable,
  keys: ThrottleKey[],
  now: Date,
): Promise<number[] | null> {
  const ctes = keys.map(
    (k, i) => sql`${raw(`r${i}`)} AS (${reservation(k, now, i ? `r${i - 1}` : null)})`,
  );
  const columns = keys.map((_k, i) => raw(`(SELECT failures FROM r${i}) AS r${i}`));
  const [row] = await db.run(sql`WITH ${join(ctes, ', ')} SELECT ${join(columns, ', ')}`);
  const attempts = keys.map((_k, i) => row[`r${i}`] as number | null);
  return attempts.every((n) => n !== null) ? attempts.map(Number) : null;
}

/** The latest time any of `keys` is locked until, if one is locked at `now`. */
export async function lockedUntil(db: Queryable, keys: string[], now: Date): Promise<Date | null> {
  const [row] = await db.run(sql`
    SELECT max(locked_until) AS until FROM login_throttle WHERE key = ANY(${keys}) AND locked_until > ${now}`);
  return (row?.until as Date | null) ?? null;
}

/**
 * A successful sign-in was no failure: the pair and the username start again, and the address
 * gets its reserved attempt back.
 */
export async function releaseAttempt(db: Queryable, keys: ThrottleKey[]): Promise<void> {
  const [pair, address, username] = keys.map((k) => k.key); // attemptKeys' order
  await db.run(sql`
    WITH cleared AS (DELETE FROM login_throttle WHERE key IN (${pair}, ${username}))
    UPDATE login_throttle SET failures = failures - 1 WHERE key = ${address} AND failures > 0`);
}

/** An administrator's password reset lifts the username's locks, from every address. */
export const clearUsername = (db: Queryable, username: string) =>
  db.run(sql`
    DELETE FROM login_throttle
    WHERE key = ${`user:${username}`} OR starts_with(key, ${`pair:${username}@`})`);

/** After the third attempt each further one waits longer, up to four seconds. */
export function slowdownMs(attempts: number): number {
  return attempts < 3 ? 0 : Math.min(4000, 250 * 2 ** (attempts - 3));
}

/** A username's attempts from everywhere slow it five times more gently than one address's. */
export const USERNAME_SLOWDOWN_SHARE = 5;
