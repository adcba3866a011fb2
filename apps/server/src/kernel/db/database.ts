import type { EntityManager } from 'typeorm';
import type { Sql } from './sql';

export type Row = Record<string, unknown>;

/** Anything that runs a built query: the pool, or a transaction. */
export interface Queryable {
  run(query: Sql): Promise<Row[]>;
}

/** One transaction's statements, on the connection TypeORM holds for it. */
export class Transaction implements Queryable {
  constructor(readonly manager: EntityManager) {}
  /** The rows, for every kind of statement (TypeORM's plain result is `[rows, count]` for UPDATE). */
  async run(query: Sql): Promise<Row[]> {
    const { text, values } = query.toQuery();
    const result = await this.manager.queryRunner!.query(text, values, true);
    return result.records as Row[];
  }
}

/** A channel being listened to (see Database.watch). */
export interface Watch {
  /** False while the listening connection is down: a change may go unnoticed. */
  readonly listening: boolean;
  /** Settles once the channel is first listened to (or the watch is stopped). */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * The database as the code above the kernel sees it: plain-row reads and transactions. The
 * connection itself (pool, migrations, roles) is made at start (`db/database.ts`).
 */
export interface Database extends Queryable {
  /** Runs `work` in one transaction; anything thrown rolls all of it back. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * Runs `work` while holding the database-wide schema lock, so server processes starting at
   * once take turns at changing the schema and at the first data.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Calls `onChange` on each notification on `channel` (another process's commit) and after
   * each transaction this handle commits (this process's own, before `transaction` returns),
   * so what a process keeps about the database can be dropped the moment it may be stale.
   */
  watch(channel: string, onChange: () => void): Watch;
  /** The pool's connections now: open, idle, and requests waiting for one (for /metrics). */
  poolStats(): { total: number; idle: number; waiting: number };
  /**
   * Where read-only work reads (reports, coverage, exports): the read replica when one is
   * configured (DATABASE_READ_URL), else this database. Nothing is ever written there.
   */
  forReads(): Database;
}
