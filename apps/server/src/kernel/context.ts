import type { Caller } from './access/caller';
import type { Reach, Scope } from './access/reach';
import type { AuditActor } from './audit';
import type { BudgetOptions, BudgetSpend } from './budget';
import type { Database } from './db/database';
import type { Logger } from './logger';

/** The request's child logger (it carries the request id). */
export type RequestLogger = Pick<Logger, 'error' | 'warn' | 'info' | 'debug'>;

/** Sets or clears the console's session cookie on the answer to the request at hand. */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What a module's loaders are made from: the request's database, reach and actor. */
export interface LoaderScope {
  db: Database;
  reach: Reach;
  actor: AuditActor;
}

/**
 * The request's DataLoaders. Each module declares its own in `<module>.loaders.ts` (by
 * declaration merging into this interface) and api/ assembles them, so the kernel names none.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * What a service works with for one request: the database, who asks and what they reach (the
 * caller's part of the tree, applied inside every statement), the instant (every rule reads
 * time from here, never the system) and what the audit trail and the budgets record of it.
 */
export interface RequestScope extends Scope {
  db: Database;
  /** The instant the request started; `today` is its calendar date in China. */
  now: Date;
  requestId: string;
  /** Budgets and throttles are kept per caller. */
  callerKey: string;
  ip: string;
  userAgent: string | null;
}

/** A GraphQL request's scope, with its loaders, logger, cookies and budget (api/graphql/context.ts). */
export interface Context extends RequestScope {
  loaders: Loaders;
  logger: RequestLogger;
  /** The console's session cookie on the answer; null where no cookie is set (/api). */
  cookies: SessionCookies | null;
  /**
   * Charges `cost` points to the caller's budget; when the caller is not known yet, resolves
   * it in the same statement (a bad secret is refused with UNAUTHENTICATED).
   */
  chargeBudget(cost: number, budget: BudgetOptions): Promise<BudgetSpend>;
  /** The caller, resolved now if it is not known yet (a bad secret is refused). */
  identify(): Promise<Caller>;
}

/** The loaded records in the order of their keys; a key without a record gets null. */
export function byKey<T extends { key: number }>(
  keys: readonly number[],
  records: T[],
): (T | null)[] {
  const map = new Map(records.map((r) => [r.key, r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** A DataLoader answer of lists: each key's rows, in the order of the keys (empty when none). */
export function grouped<T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}
