import type { Database } from '../db/database';
import { chinaDate, type Clock } from '../clock';
import type { Logger } from '../logger';
import { authenticate } from '../modules/auth/authenticate';
import { callerKey, type Caller } from '../modules/auth/caller';
import { Reach } from '../modules/auth/reach';
import { createLoaders, type Loaders } from './loaders';

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
}

export interface RequestInfo {
  requestId: string;
  logger: RequestLogger;
  authorization?: string;
  ip: string;
  userAgent?: string;
}

export async function createContext(
  db: Database,
  clock: Clock,
  request: RequestInfo,
): Promise<Context> {
  const now = clock();
  const caller = await authenticate(db, request.authorization, now);
  const reach = Reach.of(caller);
  return {
    db,
    loaders: createLoaders(db, reach, { caller, requestId: request.requestId, now }),
    requestId: request.requestId,
    logger: request.logger,
    now,
    today: chinaDate(now),
    caller,
    reach,
    callerKey: callerKey(caller, request.ip),
    ip: request.ip,
    userAgent: request.userAgent?.slice(0, 200) ?? null,
  };
}
