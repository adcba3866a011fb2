import type { Transaction } from './db/database';
import { writeAudit, type AuditChange } from './audit';
import type { RequestScope } from './context';
import type { NodeType } from './global-id';
import { ApiError, userErrorsOf } from './errors';
import { UserErrorCode, userError, type UserError } from './user-error';

/** What every mutation payload carries besides its record. */
export interface MutationOutcome<T> {
  record: T | null;
  userErrors: UserError[];
}

interface PgError {
  code?: string;
  constraint?: string;
}

/** What a mutation's work returns: its record, and what changed for the audit trail. */
export interface MutationWork<T> {
  record: T;
  change: AuditChange | null;
  details?: Record<string, unknown>;
}

/**
 * Runs a mutation's writes and its audit entry in one transaction. Throwing
 * the userErrors of `refuseIf` (or hitting one of the named unique constraints) rolls everything back,
 * audit entry included, and answers with userErrors.
 */
export async function inTransaction<T>(
  ctx: RequestScope,
  operation: string,
  work: (tx: Transaction) => Promise<MutationWork<T>>,
  uniqueViolations: Record<string, UserError> = {},
): Promise<MutationOutcome<T>> {
  try {
    const record = await ctx.db.transaction(async (tx) => {
      const done = await work(tx);
      await writeAudit(tx, ctx, operation, done.change, done.details);
      return done.record;
    });
    return { record, userErrors: [] };
  } catch (error) {
    if (error instanceof ApiError && error.userErrors) {
      return { record: null, userErrors: error.userErrors };
    }
    const { code, constraint } = error as PgError;
    if (code === '23505' && constraint && uniqueViolations[constraint]) {
      return { record: null, userErrors: [uniqueViolations[constraint]] };
    }
    throw error;
  }
}

/** Throws the collected userErrors, if any, ending the transaction. */
export function refuseIf(errors: UserError[]): void {
  if (errors.length) throw userErrorsOf(errors);
}

/**
 * An id of a mutation's input as the API layer decoded it for a service: the key, or, for an id
 * that is malformed or of another type, the type it should have been (the service reports it
 * among the input's other problems, where it checks the field).
 */
export type InputKey = number | { invalid: NodeType };

/** The key of a decoded input id; an invalid one becomes an INVALID_ID userError on `field`. */
export function inputKey(
  key: InputKey,
  field: string | string[],
  errors: UserError[],
): number | null {
  if (typeof key === 'number') return key;
  errors.push(
    userError(field, UserErrorCode.INVALID_ID, `编号无效 (not a valid ${key.invalid} id)`),
  );
  return null;
}

/**
 * Whether the input is refused before anything is looked up: an id that cannot be decoded, or
 * a part the caller may not send. Otherwise a mutation goes on into its transaction, so that
 * the input's problems and those the database shows (a date before the member's birth, a stale
 * version, a line without room) are reported together; it refuses there before writing.
 */
export function refusedOutright(errors: readonly UserError[]): boolean {
  return errors.some(
    (e) => e.code === UserErrorCode.INVALID_ID || e.code === UserErrorCode.FORBIDDEN,
  );
}

export function checkVersion(
  expected: number | null | undefined,
  actual: number,
  errors: UserError[],
): void {
  if (expected != null && expected !== actual) {
    errors.push(
      userError(
        'expectedVersion',
        UserErrorCode.STALE,
        `记录已被他人修改（当前版本 ${actual}），请刷新后重试 (changed by someone else: now version ${actual})`,
      ),
    );
  }
}

export const notFound = (field: string | string[], zh: string, en: string) =>
  userError(field, UserErrorCode.NOT_FOUND, `${zh}不存在 (${en} not found)`);
