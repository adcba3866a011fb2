import { GraphQLError } from 'graphql';
import type { UserError } from './user-error';

/** The `extensions.code` values of API.md. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * The one error the server raises on purpose: a stable code, a message and details.
 * - On /graphql it is answered as `{ message, extensions: { code, ...details } }`.
 * - Where it carries `userErrors` (refuseIf), the mutation's transaction rolls back and the
 *   payload answers with them (`inTransaction`).
 * - Where it carries an HTTP `status` (an /api refusal, made by `httpError`), /api answers
 *   with that status and `{ error: { code, message, ...details } }`.
 */
export class ApiError extends GraphQLError {
  readonly code: string;
  readonly details: Record<string, unknown>;
  readonly status?: number;
  readonly userErrors?: UserError[];

  constructor(
    code: string,
    message: string,
    details: Record<string, unknown> = {},
    more: { status?: number; userErrors?: UserError[] } = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.code = code;
    this.details = details;
    this.status = more.status;
    this.userErrors = more.userErrors;
  }

  /** The JSON body of an /api refusal. */
  get httpBody() {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new ApiError(ErrorCode.BAD_USER_INPUT, message, details);

/** An /api refusal: its status, a stable code and a "中文 (English)" message. */
export const httpError = (
  status: number,
  code: string,
  message: string,
  details?: Record<string, unknown>,
) => new ApiError(code, message, details, { status });

/** A 400 refusal of an /api request. */
export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  httpError(400, code, message, details);

/** A mutation's refusal: thrown inside its transaction to roll it back and answer with them. */
export function userErrorsOf(userErrors: UserError[]): ApiError {
  const message = userErrors.map((e) => e.message).join('; ');
  return new ApiError(ErrorCode.BAD_USER_INPUT, message, {}, { userErrors });
}

/** What of an internal error may be logged: PostgreSQL's `detail` can quote personal data. */
export function safeError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, constraint } = error as Error & { code?: string; constraint?: string };
  return { name: error.name, message: error.message, code, constraint, stack: error.stack };
}
