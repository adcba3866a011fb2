import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { Logger as JobQueueLogger, runMigrations as migrateJobQueue } from 'graphile-worker';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Logger } from '../kernel/logger';
import { ADMISSION_TAG, type Sql } from '../kernel/db/sql';
import { Transaction, type Database, type Row, type Watch } from '../kernel/db/database';
import { ChannelWatch } from './channel-watch';
import { entities } from './entities';
import { migrations } from './migrations';
import { grantAppRole } from './roles';

// Calendar dates stay `YYYY-MM-DD` strings; a JS Date would shift them through a time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type QueryListener = (text: string) => void;

/** Tells listeners about every statement TypeORM sends, so tests can count them. */
class StatementLogger implements TypeOrmLogger {
  constructor(private readonly listeners: Set<QueryListener>) {}
  logQuery(query: string) {
    for (const listener of this.listeners) listener(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const statementNames = new Map<string, string>();

/** A prepared statement's name: the same for the same text, on every connection. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `wx_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** The job queue's schema install speaks only of what went wrong. */
const quietJobQueue = new JobQueueLogger(() => (level, message) => {
  // LogLevel is a type only at run time; its values are these strings.
  if (String(level) === 'error') console.error(message);
});

/** An arbitrary advisory-lock key of Wanxia's, for schema changes. */
const SCHEMA_LOCK = 2022_1213;

/**
 * The one database handle: TypeORM for migrations and transactional writes, and its pg pool
 * for plain-row reads.
 */
export class PostgresDatabase implements Database {
  readonly listeners = new Set<QueryListener>();
  private readonly watches = new Set<ChannelWatch>();
  readonly dataSource: DataSource;
  /** The read replica read-only work goes to (see `forReads`), when there is one. */
  private replica: PostgresDatabase | null = null;
  /** Set inside `exclusively`, so work that already holds the lock does not wait for itself. */
  private readonly holdingLock = new AsyncLocalStorage<true>();
  /**
   * Calls of `exclusively` under way. When none is, the storage is disabled: while enabled it
   * tracks every promise the process makes, a cost each request would pay for nothing.
   */
  private lockHolders = 0;

  /**
   * With `readOnly` (a read replica's pool) every transaction is read-only, whatever the server
   * behind the URL, and TypeORM installs no extensions at start.
   */
  constructor(
    readonly url: string,
    poolSize: number,
    private readonly logger?: Logger,
    { readOnly = false } = {},
  ) {
    this.dataSource = new DataSource({
      type: 'postgres',
      url,
      entities,
      migrations,
      migrationsTransactionMode: 'each',
      synchronize: false,
      installExtensions: !readOnly,
      logger: new StatementLogger(this.listeners),
      extra: {
        max: poolSize,
        application_name: 'wanxia',
        // Replaced hourly, so the statements each connection keeps prepared stay few.
        maxLifetimeSeconds: 3600,
        ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
      },
      // A connection lost while idle (PostgreSQL restarted, a network cut) is dropped by the pool
      // and reopened on demand; unhandled, the 'error' event would end the process.
      poolErrorHandler: (error: Error) => this.connectionLost(error),
    });
  }

  private connectionLost(error: Error): void {
    this.logger?.warn({ err: error.message }, 'database connection lost');
  }

  async open(): Promise<void> {
    await this.dataSource.initialize();
  }

  /**
   * Brings the schema up to date: ours, then the job queue's; then, when the server connects as
   * another role (`appRole`), grants it what each table needs. Run as the owner of the tables.
   */
  async migrate(appRole?: string): Promise<string[]> {
    return this.exclusively(async () => {
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      await migrateJobQueue({ connectionString: this.url, logger: quietJobQueue });
      if (appRole) await grantAppRole(this, appRole);
      return applied.map((m) => m.name);
    });
  }

  /**
   * Runs `work` while holding the database-wide schema lock, so server processes starting at
   * once take turns at changing the schema (ours and the job queue's) and at the first data.
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    if (this.holdingLock.getStore()) return work();
    const client = await this.pool.connect();
    // The statement that meets a lost connection fails too; the event itself must not crash us.
    const onError = (error: Error) => this.connectionLost(error);
    client.on('error', onError);
    this.lockHolders++;
    try {
      await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
      return await this.holdingLock.run(true, work);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
      client.removeListener('error', onError);
      client.release();
      if (--this.lockHolders === 0) this.holdingLock.disable();
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.watches].map((watch) => watch.stop()));
    this.watches.clear();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** Sends read-only work (`forReads`) to `replica` from now on; its pool is the caller's to close. */
  readFrom(replica: PostgresDatabase): void {
    this.replica = replica;
  }

  forReads(): PostgresDatabase {
    return this.replica ?? this;
  }

  /** The pool's connections now: open, idle, and requests waiting for one (for /metrics). */
  poolStats(): { total: number; idle: number; waiting: number } {
    const pool = this.pool;
    return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
  }

  private get pool(): pg.Pool {
    return (this.dataSource.driver as PostgresDriver).master as pg.Pool;
  }

  async run(query: Sql): Promise<Row[]> {
    const { text, values } = query.toQuery();
    for (const listener of this.listeners) listener(text);
    const name = query.prepared ? statementName(text) : undefined;
    const result = await this.pool.query({ name, text, values });
    return result.rows as Row[];
  }

  /** Runs `work` in one transaction; anything thrown rolls all of it back. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new Transaction(manager)));
    for (const watch of this.watches) watch.onChange();
    return result;
  }

  watch(channel: string, onChange: () => void): Watch {
    const watch = new ChannelWatch(this.url, channel, onChange, this.logger);
    this.watches.add(watch);
    return {
      get listening() {
        return watch.listening;
      },
      ready: watch.ready,
      stop: async () => {
        this.watches.delete(watch);
        await watch.stop();
      },
    };
  }

  /**
   * Counts the statements `work` sends (tests use it to catch N+1 queries): those that answer,
   * or with `admission` also those that admit a request (ADMISSION_TAG), which depend on what
   * this process already knows of the caller rather than on the query.
   */
  async countStatements(
    work: () => Promise<unknown>,
    { admission = false } = {},
  ): Promise<{ count: number; statements: string[] }> {
    const statements: string[] = [];
    const listener: QueryListener = (text) => {
      if (admission || !text.trimStart().startsWith(ADMISSION_TAG)) statements.push(text);
    };
    this.listeners.add(listener);
    try {
      await work();
    } finally {
      this.listeners.delete(listener);
    }
    return { count: statements.length, statements };
  }
}
