import { sql } from '../../kernel/db/sql';
import { TEST_TODAY } from '../../test/constants';
import { startTestApp, type TestApp } from '../../test/harness';

describe('visit tasks over the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const generate = (until: string) =>
    t.gql(
      'mutation($until: Date!) { generateVisitTasks(input: { until: $until }) { holidayTasks decadeBirthdayTasks userErrors { field code } } }',
      {
        until,
      },
    );

  it('lets an admin generate tasks up to a day, once, and refuses a horizon out of range', async () => {
    const first = (await generate('2027-03-01')).data!.generateVisitTasks;
    expect(first.userErrors).toEqual([]);
    expect(first.holidayTasks).toBeGreaterThan(10_000); // Double Ninth 2026 and Spring Festival 2027
    const again = (await generate('2027-03-01')).data!.generateVisitTasks;
    expect(again).toMatchObject({ holidayTasks: 0, decadeBirthdayTasks: 0 });
    expect((await generate('2035-01-01')).data!.generateVisitTasks.userErrors).toEqual([
      { field: ['until'], code: 'INVALID' },
    ]);
    const trail = await t.gql(
      '{ auditEvents(filter: { operation: "generateVisitTasks" }) { totalCount } }',
    );
    expect(trail.data!.auditEvents.totalCount).toBe(2);
  });

  it('lists the tasks soonest first, filters them, and keeps a secretary to the own members', async () => {
    const all = await t.gql(
      '{ visitTasks(first: 5, filter: { occasion: [HOLIDAY] }) { totalCount nodes { dueBy occasion member { name } } } }',
    );
    const tasks = all.data!.visitTasks;
    expect(tasks.totalCount).toBeGreaterThan(10_000);
    const dues = tasks.nodes.map((n: { dueBy: string }) => n.dueBy);
    expect([...dues].sort()).toEqual(dues);

    const secretary = await t.login('shuji');
    const own = await t.gql(
      '{ visitTasks(first: 100) { totalCount nodes { member { id } } } viewer { branch { id } } }',
      undefined,
      {
        token: secretary,
      },
    );
    expect(own.data!.visitTasks.totalCount).toBeGreaterThan(0);
    expect(own.data!.visitTasks.totalCount).toBeLessThan(tasks.totalCount);
    for (const task of own.data!.visitTasks.nodes) expect(task.member).not.toBeNull();

    const overdue = await t.gql(
      '{ visitTasks(first: 100, filter: { overdue: true }) { totalCount nodes { status dueBy } } }',
    );
    const [expected] = await t.db.run(
      sql`SELECT count(*)::int AS n FROM visit_task WHERE status = 'OPEN' AND due_by < ${TEST_TODAY}::date`,
    );
    expect(overdue.data!.visitTasks.totalCount).toBe(expected.n);
    expect(expected.n).toBeGreaterThan(0); // the demo year leaves some visits overdue
    for (const task of overdue.data!.visitTasks.nodes) {
      expect(task.status).toBe('OPEN');
      expect(task.dueBy < TEST_TODAY).toBe(true);
    }
  });
});
