import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { TEST_TODAY } from '../../test/constants';

describe('the demo year of visits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const one = async (query: ReturnType<typeof sql>) => (await t.db.run(query))[0];

  it('keeps most visits owed, not all, and each branch at its own pace', async () => {
    const res = await t.gql(`{
      visitCoverage(year: 2026) {
        total { tasks doneOnTime doneLate missed waived open overdue rate }
        byOccasion { occasion tasks rate }
        byBranch { branch { name } tasks rate }
      } }`);
    const coverage = res.data!.visitCoverage;
    const { total } = coverage;
    process.stdout.write(`demo coverage 2026 as of ${TEST_TODAY}: ${JSON.stringify(total)}\n`);
    expect(total.rate).toBeGreaterThan(0.6);
    expect(total.rate).toBeLessThan(0.97);
    for (const outcome of ['doneOnTime', 'doneLate', 'missed', 'waived', 'open', 'overdue']) {
      expect(total[outcome]).toBeGreaterThan(0);
    }
    // Every must-visit occasion has tasks this year, and the general branches differ.
    for (const occasion of coverage.byOccasion) expect(occasion.tasks).toBeGreaterThan(0);
    const rates = coverage.byBranch.map((b: { rate: number }) => b.rate);
    expect(coverage.byBranch).toHaveLength(7);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.03);
  });

  it('is consistent: one visit per done task, none in the future, late ones after the window', async () => {
    expect(
      await one(sql`
        SELECT
          (SELECT count(*)::int FROM visit_task vt WHERE vt.status = 'DONE'
             AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.task_id = vt.id)) AS "doneWithoutVisit",
          (SELECT count(*)::int FROM visit v JOIN visit_task vt ON vt.id = v.task_id
             WHERE vt.status <> 'DONE' OR v.occasion <> vt.occasion OR v.member_id <> vt.member_id
               OR v.late <> (v.visited_on > vt.due_by) OR v.visited_on < vt.due_from) AS "mismatched",
          (SELECT count(*)::int FROM visit WHERE visited_on > ${TEST_TODAY}::date) AS "future",
          (SELECT count(*)::int FROM life_event le WHERE NOT EXISTS (
             SELECT 1 FROM visit_task vt WHERE vt.life_event_id = le.id)) AS "eventsWithoutTask",
          (SELECT count(*)::int FROM visit_task WHERE status = 'OPEN'
             AND due_by < ${TEST_TODAY}::date - 30) AS "openLongPastDue"`),
    ).toEqual({
      doneWithoutVisit: 0,
      mismatched: 0,
      future: 0,
      eventsWithoutTask: 0,
      openLongPastDue: 0,
    });
    const counts = await one(sql`
      SELECT (SELECT count(*)::int FROM visit) AS visits,
        (SELECT count(*)::int FROM visit WHERE task_id IS NULL) AS "withoutTask",
        (SELECT count(*)::int FROM life_event) AS "lifeEvents",
        (SELECT count(*)::int FROM visit_task) AS tasks`);
    process.stdout.write(`demo visit data: ${JSON.stringify(counts)}\n`);
    expect(counts.withoutTask).toBeGreaterThan(100);
    expect(counts.lifeEvents).toBeGreaterThan(100);
  });
});
