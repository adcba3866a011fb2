import { chinaDate, type Clock } from '../../clock';
import type { Database } from '../../db/database';
import { ApiError, ErrorCode } from '../../graphql/errors';
import type { Logger } from '../../logger';
import { authenticate, readCredentials, type Credentials } from './authenticate';
import { ANONYMOUS, callerKey, type Caller } from './caller';
import { Reach, type Scope } from './reach';
import { hashSecret, secretKind } from './secrets';
import type { SessionCookies } from './session-cookie';

/**
 * What a service works with for one request: the database, who asks and what they reach, the
 * instant (every rule reads time from here, never the system) and what the audit trail and the
 * budgets record of the request.
 */
export interface RequestScope extends Scope {
  db: Database;
  /** The instant the request started. */
  now: Date;
  requestId: string;
  /** Budgets and throttles are kept per caller. */
  callerKey: string;
  ip: string;
  userAgent: string | null;
}

/** The request's child logger (it carries the request id). */
export type RequestLogger = Pick<Logger, 'error' | 'warn' | 'info' | 'debug'>;

export interface RequestInfo {
  requestId: string;
  logger: RequestLogger;
  authorization?: string;
  /** The console's session cookie, read only when there is no Authorization header. */
  sessionCookie?: string;
  cookies?: SessionCookies;
  ip: string;
  userAgent?: string;
}

/** The credentials a request presents, and whether they came from the cookie. */
export interface Presented {
  credentials: Credentials | null;
  fromCookie: boolean;
}

export function presented(request: RequestInfo): Presented {
  if (request.authorization || !request.sessionCookie) {
    return { credentials: readCredentials(request.authorization), fromCookie: false };
  }
  const secret = request.sessionCookie;
  if (secretKind(secret) === 'session') {
    return { credentials: { kind: 'session', hash: hashSecret(secret) }, fromCookie: true };
  }
  // Only a session belongs in the cookie: anything else is dropped, as a stale one is.
  request.cookies?.clear();
  return { credentials: null, fromCookie: true };
}

export const isRefusal = (error: unknown) =>
  error instanceof ApiError && error.extensions.code === ErrorCode.UNAUTHENTICATED;

/**
 * The scope of a plain HTTP request (the spreadsheet routes), its caller looked up at once: a
 * stale session cookie leaves an anonymous caller, a stale Bearer secret is refused (as on
 * /graphql).
 */
export async function requestScope(
  db: Database,
  clock: Clock,
  request: RequestInfo,
): Promise<RequestScope> {
  const now = clock();
  const { credentials, fromCookie } = presented(request);
  let caller: Caller = ANONYMOUS;
  if (credentials) {
    try {
      caller = await authenticate(db, credentials, now);
    } catch (error) {
      if (!fromCookie || !isRefusal(error)) throw error;
      request.cookies?.clear();
    }
  }
  return {
    db,
    now,
    today: chinaDate(now),
    caller,
    reach: Reach.of(caller),
    callerKey: callerKey(caller, request.ip),
    requestId: request.requestId,
    ip: request.ip,
    userAgent: request.userAgent?.slice(0, 200) ?? null,
  };
}
