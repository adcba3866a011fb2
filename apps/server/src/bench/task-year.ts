import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { chinaDate, parts } from '@wanxia/schema';
import { openDatabase } from '../db/open';
import { loadConfig, readEnvFile } from '../kernel/config';
import { createLogger } from '../kernel/logger';
import { sql } from '../kernel/db/sql';
import { Lifecycle } from '../lifecycle';
import { generateVisitTasks } from '../modules/visit/task-generator';
import { runBench } from './exit';

class RolledBack extends Error {}

/** CPU time a local process has used (Linux), so a busy machine's wait is told from the work. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Times a whole year of holiday and decade-birthday tasks (next year's) on the configured
 * database, through the generator the app runs, in one transaction that is then rolled back:
 * the database is left as it was, so the run can be repeated.
 */
async function main() {
  readEnvFile();
  const config = loadConfig();
  const lifecycle = new Lifecycle(createLogger('warn'));
  try {
    const { db } = await openDatabase(config, createLogger('warn'), lifecycle);
    const [facts] = await db.run(sql`
      SELECT (SELECT count(*)::int FROM member WHERE status = 'ACTIVE') AS active,
        (SELECT count(*)::int FROM visit_task) AS tasks`);
    const year = Number(process.env.BENCH_YEAR ?? parts(chinaDate(new Date())).year + 1);
    console.log(`dataset     ${facts.active} active members, ${facts.tasks} visit tasks`);
    const load = loadavg()[0];
    const started = performance.now();
    await db
      .transaction(async (tx) => {
        const [{ pid }] = await tx.run(sql`SELECT pg_backend_pid() AS pid`);
        const cpuBefore = cpuSeconds(Number(pid));
        const result = await generateVisitTasks(tx, {
          from: `${year}-01-01`,
          until: `${year}-12-31`,
        });
        const seconds = (performance.now() - started) / 1000;
        const cpu = cpuBefore === null ? null : cpuSeconds(Number(pid))! - cpuBefore;
        console.log(
          `${year}        ${result.holidayTasks} holiday + ${result.decadeBirthdayTasks} birthday tasks in ${seconds.toFixed(1)} s, ${cpu === null ? 'CPU of PostgreSQL unknown' : `${cpu.toFixed(1)} s CPU in PostgreSQL`} (load average ${load.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after); rolled back`,
        );
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  } finally {
    await lifecycle.stop();
  }
}

runBench(main);
