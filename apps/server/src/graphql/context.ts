import type { Database } from '../db/database';
import type { Clock } from '../clock';
import { chinaDate } from '@wanxia/schema';
import type { Logger } from '../logger';
import {
  authenticate,
  authenticateAndCharge,
  readCredentials,
  type Credentials,
} from '../modules/auth/authenticate';
import { ANONYMOUS, callerKey, type Caller } from '../modules/auth/caller';
import { Reach } from '../modules/auth/reach';
import { hashSecret, secretKind } from '../modules/auth/secrets';
import type { SessionCookies } from '../modules/auth/session-cookie';
import {
  chargeStatement,
  pointsHeld,
  spendBudget,
  type BudgetOptions,
  type BudgetSpend,
} from './limits/budget';
import { createLoaders, type Loaders } from './loaders';
import { ApiError, ErrorCode } from './errors';

/** The request's child logger (it carries the request id). */
export type RequestLogger = Pick<Logger, 'error' | 'warn' | 'info' | 'debug'>;

export interface Context {
  db: Database;
  loaders: Loaders;
  requestId: string;
  logger: RequestLogger;
  /** The instant the request started; every rule reads time from here, never the system. */
  now: Date;
  /** Today's calendar date in China at `now`. */
  today: string;
  caller: Caller;
  /** The caller's part of the tree, applied inside every statement. */
  reach: Reach;
  /** Budgets and throttles are kept per caller. */
  callerKey: string;
  ip: string;
  userAgent: string | null;
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
interface Presented {
  credentials: Credentials | null;
  fromCookie: boolean;
}

function presented(request: RequestInfo): Presented {
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

const isRefusal = (error: unknown) =>
  error instanceof ApiError && error.extensions.code === ErrorCode.UNAUTHENTICATED;

/**
 * A request's context. An anonymous caller is known at once; a signed-in one when the
 * operation is admitted (`chargeBudget`), so the look-up and the charge are one statement, or
 * by `identify` on the paths that charge nothing. Until then `caller`, `reach`, `loaders` and
 * `callerKey` are unset: no resolver runs before admission.
 *
 * A stale session cookie makes the caller anonymous and is cleared, where a stale Bearer secret
 * is refused: the browser sends the cookie unasked, and refusing it would refuse the sign-in
 * that replaces it.
 */
class RequestContext implements Context {
  readonly today: string;
  readonly requestId: string;
  readonly logger: RequestLogger;
  readonly ip: string;
  readonly userAgent: string | null;
  readonly cookies: SessionCookies | null;
  caller!: Caller;
  reach!: Reach;
  loaders!: Loaders;
  callerKey!: string;
  /** The look-up of a signed-in caller, once one is under way. */
  private identification?: Promise<Caller>;

  constructor(
    readonly db: Database,
    readonly now: Date,
    private readonly credentials: Credentials | null,
    private readonly fromCookie: boolean,
    request: RequestInfo,
  ) {
    this.today = chinaDate(now);
    this.requestId = request.requestId;
    this.logger = request.logger;
    this.ip = request.ip;
    this.userAgent = request.userAgent?.slice(0, 200) ?? null;
    this.cookies = request.cookies ?? null;
    if (!credentials) this.settle(ANONYMOUS);
  }

  /** A refused cookie leaves an anonymous caller (see the class comment); others stand. */
  private refused(error: unknown): Caller {
    if (!this.fromCookie || !isRefusal(error)) throw error;
    this.cookies?.clear();
    return this.settle(ANONYMOUS);
  }

  private get known(): boolean {
    return this.caller !== undefined;
  }

  private settle(caller: Caller): Caller {
    this.caller = caller;
    this.reach = Reach.of(caller);
    this.loaders = createLoaders(this.db, this.reach, {
      caller,
      requestId: this.requestId,
      now: this.now,
    });
    this.callerKey = callerKey(caller, this.ip);
    return caller;
  }

  identify(): Promise<Caller> {
    if (this.known) return Promise.resolve(this.caller);
    this.identification ??= authenticate(this.db, this.credentials, this.now).then(
      (caller) => this.settle(caller),
      (error: unknown) => this.refused(error),
    );
    return this.identification;
  }

  async chargeBudget(cost: number, budget: BudgetOptions): Promise<BudgetSpend> {
    if (this.known || !this.credentials) {
      return spendBudget(this.db, this.callerKey, cost, budget);
    }
    const admission = authenticateAndCharge(this.db, this.credentials, this.now, (callers) =>
      chargeStatement(callers, cost, budget),
    );
    // A refusal is the identification's answer too: the secret is not looked up twice.
    this.identification = admission.then(
      ({ caller }) => this.settle(caller),
      (error: unknown) => this.refused(error),
    );
    this.identification.catch(() => undefined); // answered by whoever awaits it
    await this.identification; // the caller is known from here, or refused
    const admitted = await admission.catch(() => null);
    // A refused cookie's request goes on as an anonymous one, charged as such.
    if (!admitted) return spendBudget(this.db, this.callerKey, cost, budget);
    const { chargedPoints } = admitted;
    if (chargedPoints !== null) return { allowed: true, remaining: chargedPoints };
    return { allowed: false, remaining: await pointsHeld(this.db, this.callerKey, budget) };
  }
}

/**
 * The context of a GraphQL request: no statement yet (see RequestContext); a malformed
 * Authorization header is refused at once.
 */
export function openContext(db: Database, clock: Clock, request: RequestInfo): Context {
  const { credentials, fromCookie } = presented(request);
  return new RequestContext(db, clock(), credentials, fromCookie, request);
}

/** A context whose caller is known (or refused) before it is returned. */
export async function createContext(
  db: Database,
  clock: Clock,
  request: RequestInfo,
): Promise<Context> {
  const context = openContext(db, clock, request);
  await context.identify();
  return context;
}
