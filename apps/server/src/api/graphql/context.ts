import type { Database } from '../../kernel/db/database';
import { type Clock } from '../../kernel/clock';
import { chinaDate } from '@wanxia/schema';

import {
  authenticateAndCharge,
  lookUpCaller,
  type Credentials,
  type LookedUp,
} from '../../modules/auth/authenticate';
import { CallerCache } from '../../modules/auth/caller-cache';
import { ANONYMOUS, callerKey, type Caller } from '../../kernel/access/caller';
import { Reach } from '../../kernel/access/reach';
import { isRefusal, presented, type RequestInfo } from '../../modules/auth/request-scope';
import {
  BudgetLeases,
  chargeStatement,
  pointsHeld,
  type BudgetOptions,
  type BudgetSpend,
} from '../../kernel/budget';
import { createLoaders } from './loaders';
import type { Context, Loaders, RequestLogger, SessionCookies } from '../../kernel/context';

/**
 * What a server process keeps between GraphQL requests to admit them with fewer statements:
 * the callers it has looked up (dropped whenever any caller changes) and its leases on callers'
 * budgets.
 */
export class Admission {
  readonly callers: CallerCache;
  readonly leases = new BudgetLeases();

  constructor(db: Database) {
    this.callers = new CallerCache(db);
  }

  /** Settles once callers can be kept (the database's changes are heard). */
  get ready(): Promise<void> {
    return this.callers.ready;
  }

  stop(): Promise<void> {
    return this.callers.stop();
  }
}

/**
 * A request's context. An anonymous caller is known at once, and so is one whose secret this
 * process has met since any caller last changed (Admission); another signed-in one when the
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
    private readonly admission: Admission,
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

  /**
   * The caller this process kept for the credentials, if any. It first lets the event loop take
   * in what has arrived, so a change another connection committed before this request came is
   * heard before the kept caller is trusted.
   */
  private async recall(credentials: Credentials): Promise<boolean> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.known) return true;
    const kept = this.admission.callers.get(credentials, this.now);
    if (kept) this.settle(kept);
    return kept !== null;
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
    this.loaders = createLoaders({
      db: this.db,
      reach: this.reach,
      actor: { caller, requestId: this.requestId, now: this.now },
    });
    this.callerKey = callerKey(caller, this.ip);
    return caller;
  }

  /** Settles the caller a look-up found, and keeps it for the next requests. */
  private found(credentials: Credentials, ticket: number, lookedUp: LookedUp): Caller {
    this.admission.callers.remember(ticket, credentials, lookedUp, this.now);
    return this.settle(lookedUp.caller);
  }

  identify(): Promise<Caller> {
    if (this.known) return Promise.resolve(this.caller);
    const credentials = this.credentials!;
    this.identification ??= this.recall(credentials).then(async (recalled) => {
      if (recalled) return this.caller;
      const ticket = this.admission.callers.ticket();
      return lookUpCaller(this.db, credentials, this.now).then(
        (lookedUp) => this.found(credentials, ticket, lookedUp),
        (error: unknown) => this.refused(error),
      );
    });
    return this.identification;
  }

  async chargeBudget(cost: number, budget: BudgetOptions): Promise<BudgetSpend> {
    if (this.known || !this.credentials || (await this.recall(this.credentials))) {
      return this.admission.leases.spend(this.db, this.callerKey, cost, budget);
    }
    const credentials = this.credentials;
    const ticket = this.admission.callers.ticket();
    const admission = authenticateAndCharge(this.db, credentials, this.now, (callers) =>
      chargeStatement(callers, cost, budget),
    );
    // A refusal is the identification's answer too: the secret is not looked up twice.
    this.identification = admission.then(
      (lookedUp) => this.found(credentials, ticket, lookedUp),
      (error: unknown) => this.refused(error),
    );
    this.identification.catch(() => undefined); // answered by whoever awaits it
    await this.identification; // the caller is known from here, or refused
    const admitted = await admission.catch(() => null);
    // A refused cookie's request goes on as an anonymous one, charged as such.
    if (!admitted) return this.admission.leases.spend(this.db, this.callerKey, cost, budget);
    const { chargedPoints } = admitted;
    if (chargedPoints !== null) return { allowed: true, remaining: chargedPoints };
    return { allowed: false, remaining: await pointsHeld(this.db, this.callerKey, budget) };
  }
}

/**
 * The context of a GraphQL request: no statement yet (see RequestContext); a malformed
 * Authorization header is refused at once.
 */
export function openContext(
  db: Database,
  admission: Admission,
  clock: Clock,
  request: RequestInfo,
): Context {
  const { credentials, fromCookie } = presented(request);
  return new RequestContext(db, admission, clock(), credentials, fromCookie, request);
}

/** A context whose caller is known (or refused) before it is returned. */
export async function createContext(
  db: Database,
  admission: Admission,
  clock: Clock,
  request: RequestInfo,
): Promise<Context> {
  const context = openContext(db, admission, clock, request);
  await context.identify();
  return context;
}
