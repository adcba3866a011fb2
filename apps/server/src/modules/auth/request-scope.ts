import type { Clock } from '../../kernel/clock';
import { chinaDate } from '@wanxia/schema';
import type { Database } from '../../kernel/db/database';
import { ApiError, ErrorCode } from '../../kernel/errors';
import { ANONYMOUS, callerKey, type Caller } from '../../kernel/access/caller';
import { Reach } from '../../kernel/access/reach';
import type { RequestLogger, RequestScope, SessionCookies } from '../../kernel/context';
import { authenticate, readCredentials, type Credentials } from './authenticate';
import { hashSecret, secretKind } from './secrets';

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
