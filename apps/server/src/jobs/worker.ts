import {
  Logger as WorkerLogger,
  run,
  type Runner,
  type Task,
  type TaskList,
} from 'graphile-worker';
import { type Clock } from '../kernel/clock';
import type { Database } from '../kernel/db/database';
import type { Logger } from '../kernel/logger';
import type { Metrics } from '../api/metrics/metrics';
import { chinaDate } from '@wanxia/schema';
import { dailyVisitTaskPass } from '../modules/visit/task-generator';
import {
  DEFAULT_EXPORTS_DIR,
  MEMBER_EXPORT_JOB,
  runMemberExport,
} from '../modules/excel/member-exports';

export const DAILY_VISIT_TASKS = 'daily_visit_tasks';
/**
 * 00:05 China time (the crontab runs on UTC), backfilled for two days if every server was down;
 * the job key keeps one queued run however many server processes schedule it.
 */
const CRONTAB = `5 16 * * * ${DAILY_VISIT_TASKS} ?fill=2d&jobKey=${DAILY_VISIT_TASKS}`;

const LEVELS = { error: 'error', warning: 'warn', info: 'info', debug: 'debug' } as const;

function workerLogger(logger: Logger) {
  const jobs = logger.child({ component: 'jobs' });
  return new WorkerLogger((scope) => (level, message, meta) => {
    jobs[LEVELS[level as unknown as keyof typeof LEVELS] ?? 'info']({ ...scope, ...meta }, message);
  });
}

export interface JobsOptions {
  db: Database;
  connectionString: string;
  logger: Logger;
  clock: Clock;
  /** Counts each task's runs and failures. */
  metrics?: Metrics;
  /**
   * Where background exports write their files (a folder every server process reads; one under
   * the system's temporary folder when absent, as the HTTP app's default).
   */
  exportsDir?: string;
}

/**
 * The background jobs, queued in PostgreSQL (graphile-worker): every server process runs a
 * worker, and a job runs once however many there are. The daily visit-task pass also runs at
 * start.
 */
export async function startJobs({
  db,
  connectionString,
  logger,
  clock,
  metrics,
  exportsDir = DEFAULT_EXPORTS_DIR,
}: JobsOptions) {
  const taskList: TaskList = {
    [DAILY_VISIT_TASKS]: counted(DAILY_VISIT_TASKS, metrics, async () => {
      const started = Date.now();
      const now = clock();
      const result = await db.transaction((tx) => dailyVisitTaskPass(tx, chinaDate(now), now));
      logger.info({ job: DAILY_VISIT_TASKS, ...result, ms: Date.now() - started }, 'job done');
    }),
    [MEMBER_EXPORT_JOB]: counted(MEMBER_EXPORT_JOB, metrics, async (payload) => {
      const started = Date.now();
      const { id } = payload as { id: number };
      await runMemberExport(db, id, exportsDir, clock);
      logger.info({ job: MEMBER_EXPORT_JOB, id, ms: Date.now() - started }, 'job done');
    }),
  };
  const options = {
    connectionString,
    // The daily pass is not held up by an export of minutes.
    concurrency: 2,
    maxPoolSize: 3,
    noHandleSignals: true,
    taskList,
    crontab: CRONTAB,
    logger: workerLogger(logger),
  };
  // The queue's schema is installed with ours, by the owner role (Database.migrate).
  const runner: Runner = await run(options);
  await runner.addJob(DAILY_VISIT_TASKS, {}, { jobKey: DAILY_VISIT_TASKS });
  return runner;
}

/** A task whose runs are counted as successes or failures, when there are metrics. */
function counted(
  name: string,
  metrics: Metrics | undefined,
  work: (payload: unknown) => Promise<void>,
): Task {
  return async (payload) => {
    try {
      await work(payload);
      metrics?.recordJob(name, false);
    } catch (error) {
      metrics?.recordJob(name, true);
      throw error;
    }
  };
}
