import { PostgresDatabase } from '../db/database';
import { sql } from '../kernel/db/sql';
import { createLogger } from '../kernel/logger';
import { startTestApp, type TestApp } from '../test/harness';
import { startJobs } from './worker';

describe('the background jobs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('runs the daily visit-task pass at start, once across two server processes, without duplicates', async () => {
    const url = t.db.url;
    const other = new PostgresDatabase(url, 3);
    await other.open();
    const runs: unknown[] = [];
    const logger = createLogger('info', {
      write(line: string) {
        const entry = JSON.parse(line);
        if (entry.msg === 'job done') runs.push(entry);
      },
    });
    // Three months after the demo's today: the Double Ninth 2026 (18 October) tasks are due.
    const clock = () => new Date('2026-09-20T01:00:00Z');
    const [a, b] = await Promise.all([
      startJobs({ db: t.db, connectionString: url, logger, clock }),
      startJobs({ db: other, connectionString: url, logger, clock }),
    ]);
    try {
      const deadline = Date.now() + 30_000;
      while (runs.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(runs.length).toBeGreaterThanOrEqual(1);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await other.close();
    }
    process.stdout.write(`daily pass: ${JSON.stringify(runs[0])}\n`);
    const [check] = await t.db.run(sql`
      SELECT
        (SELECT count(*)::int FROM visit_task WHERE occurrence_key = 'DOUBLE_NINTH:2026') AS "doubleNinth",
        (SELECT count(*)::int FROM member WHERE status = 'ACTIVE') AS active,
        (SELECT count(*)::int FROM (SELECT 1 FROM visit_task GROUP BY member_id, occasion, occurrence_key
           HAVING count(*) > 1) d) AS duplicates,
        (SELECT count(*)::int FROM visit_task WHERE status = 'OPEN' AND due_by < '2026-08-21') AS "openLongPastDue"`);
    expect(check.doubleNinth).toBe(check.active);
    expect(check).toMatchObject({ duplicates: 0, openLongPastDue: 0 });
  });
});
