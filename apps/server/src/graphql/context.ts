import type { Database } from '../db/database';
import { chinaDate, type Clock } from '../clock';
import type { Logger } from '../logger';
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
}

export function createContext(
  db: Database,
  clock: Clock,
  logger: RequestLogger,
  requestId: string,
): Context {
  const now = clock();
  return { db, loaders: createLoaders(db), requestId, logger, now, today: chinaDate(now) };
}
