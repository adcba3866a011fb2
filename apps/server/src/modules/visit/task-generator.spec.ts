import { PostgresDatabase } from '../../db/database';
import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { generateVisitTasks, MEMBERS_PER_BATCH } from './task-generator';

describe('the visit task generator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const count = async (where = sql`TRUE`) =>
    Number((await t.db.run(sql`SELECT count(*)::int AS n FROM visit_task WHERE ${where}`))[0].n);

  it('creates a year of holiday and decade-birthday tasks for current members, set-based', async () => {
    const started = Date.now();
    const { count: statements } = await t.db.countStatements(async () => {
      const result = await generateVisitTasks(t.db, { from: '2027-01-01', until: '2027-12-31' });
      expect(result.holidayTasks).toBeGreaterThan(10_000);
      expect(result.decadeBirthdayTasks).toBeGreaterThan(100);
    });
    process.stdout.write(
      `visit tasks for 2027: ${await count()} in ${Date.now() - started} ms, ${statements} statements\n`,
    );
    // The members' id range, then one statement per batch of members (their county's windows
    // joined in): not per member.
    expect(statements).toBe(2);

    const [active] = await t.db.run(
      sql`SELECT count(*)::int AS n FROM member WHERE status = 'ACTIVE'`,
    );
    expect(await count(sql`occurrence_key = 'SPRING_FESTIVAL:2027'`)).toBe(Number(active.n));
    const [spring] = await t.db.run(sql`
      SELECT DISTINCT trigger_date::text AS t, due_from::text AS f, due_by::text AS b
      FROM visit_task WHERE occurrence_key = 'SPRING_FESTIVAL:2027'`);
    expect(spring).toEqual({ t: '2027-02-06', f: '2027-01-07', b: '2027-02-06' });

    // Every birthday task is a 60th, 70th… of a current member, on the birthday (28 Feb for 29 Feb).
    const wrong = await t.db.run(sql`
      SELECT vt.id FROM visit_task vt JOIN member m ON m.id = vt.member_id
      WHERE vt.occasion = 'DECADE_BIRTHDAY' AND extract(year FROM vt.trigger_date) = 2027 AND (
        m.status <> 'ACTIVE' OR (2027 - extract(year FROM m.birth_date)::int) % 10 <> 0
        OR 2027 - extract(year FROM m.birth_date)::int < 60
        OR (to_char(m.birth_date, 'MM-DD') <> to_char(vt.trigger_date, 'MM-DD')
            AND NOT (to_char(m.birth_date, 'MM-DD') = '02-29' AND to_char(vt.trigger_date, 'MM-DD') = '02-28'))
        OR vt.due_from <> vt.trigger_date - 7 OR vt.due_by <> vt.trigger_date + 7)`);
    expect(wrong).toEqual([]);
  });

  it('creates the same tasks in small batches as in one, a statement per batch', async () => {
    class RolledBack extends Error {}
    const range = { from: '2030-01-01', until: '2031-12-31' };
    const tasksOf = (membersPerBatch: number) =>
      t.db
        .transaction(async (tx) => {
          const { count: statements } = await t.db.countStatements(async () => {
            const created = await generateVisitTasks(tx, range, { membersPerBatch });
            expect(created.holidayTasks).toBeGreaterThan(10_000);
          });
          const rows = await tx.run(sql`
            SELECT member_id, occasion, occurrence_key, trigger_date, due_from, due_by, status
            FROM visit_task WHERE trigger_date BETWEEN ${range.from}::date AND ${range.until}::date
            ORDER BY member_id, occasion, occurrence_key`);
          throw Object.assign(new RolledBack(), { rows, statements });
        })
        .catch((error: unknown) => {
          if (!(error instanceof RolledBack)) throw error;
          return error as RolledBack & { rows: unknown[]; statements: number };
        });
    const [{ last }] = await t.db.run(sql`SELECT max(id) AS last FROM member`);
    expect(Number(last)).toBeLessThan(MEMBERS_PER_BATCH);
    const whole = await tasksOf(MEMBERS_PER_BATCH);
    const batched = await tasksOf(250);
    expect(whole.statements).toBe(2);
    expect(batched.statements).toBeGreaterThan(20);
    expect(batched.rows.length).toBe(whole.rows.length);
    expect(batched.rows).toEqual(whole.rows);
  });

  it('creates nothing new when run again', async () => {
    const before = await count();
    const again = await generateVisitTasks(t.db, { from: '2027-01-01', until: '2027-12-31' });
    expect(again).toEqual({ holidayTasks: 0, decadeBirthdayTasks: 0 });
    expect(await count()).toBe(before);
  });

  it('creates no duplicates when two server processes run it at the same moment', async () => {
    const other = new PostgresDatabase(t.db.url, 5);
    await other.open();
    try {
      const results = await Promise.all([
        generateVisitTasks(t.db, { from: '2028-01-01', until: '2028-12-31' }),
        generateVisitTasks(other, { from: '2028-01-01', until: '2028-12-31' }),
      ]);
      const created = results.reduce((sum, r) => sum + r.holidayTasks + r.decadeBirthdayTasks, 0);
      const duplicates = await t.db.run(sql`
        SELECT member_id, occasion, occurrence_key FROM visit_task
        GROUP BY 1, 2, 3 HAVING count(*) > 1`);
      expect(duplicates).toEqual([]);
      expect(await count(sql`trigger_date BETWEEN '2028-01-01' AND '2028-12-31'`)).toBe(created);
    } finally {
      await other.close();
    }
  });

  it('applies a changed window to the tasks created after the change only', async () => {
    await t.db.run(sql`UPDATE visit_setting SET days_before = 20 WHERE occasion = 'HOLIDAY'`);
    await generateVisitTasks(t.db, { from: '2029-01-01', until: '2029-03-01' });
    const [spring2029] = await t.db.run(sql`
      SELECT DISTINCT (trigger_date - due_from) AS days FROM visit_task WHERE occurrence_key = 'SPRING_FESTIVAL:2029'`);
    expect(Number(spring2029.days)).toBe(20);
    const [spring2027] = await t.db.run(sql`
      SELECT DISTINCT (trigger_date - due_from) AS days FROM visit_task WHERE occurrence_key = 'SPRING_FESTIVAL:2027'`);
    expect(Number(spring2027.days)).toBe(30);
  });
});
