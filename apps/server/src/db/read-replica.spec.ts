import ExcelJS from 'exceljs';
import { sql } from '../kernel/db/sql';
import { PostgresDatabase } from './database';
import { startTestApp, type TestApp } from '../test/harness';

/**
 * With a read replica (DATABASE_READ_URL), reports, coverage and exports read from it and
 * nothing is written there. The replica here is a second real database that has been made to
 * differ from the primary, so an answer shows which one it came from.
 */
describe('the read replica', () => {
  let t: TestApp;
  const YEAR = 2025;
  beforeAll(async () => {
    t = await startTestApp({ demo: true, readReplica: true });
    // On the replica only (its pool reads only: a second one changes it): the year's tasks move
    // a year on, and every name is marked.
    const writer = new PostgresDatabase(t.replica!.url, 1);
    await writer.open();
    await writer.run(sql`
      UPDATE visit_task SET due_from = due_from + 366, due_by = due_by + 366
      WHERE due_by BETWEEN ${`${YEAR}-01-01`}::date AND ${`${YEAR}-12-31`}::date`);
    await writer.run(sql`UPDATE member SET name = '副本' || name`);
    await writer.close();
  });
  afterAll(() => t.stop());

  const tasksDue = async (db: 'primary' | 'replica', year: number) => {
    const handle = db === 'primary' ? t.db : t.replica!;
    const [{ n }] = await handle.run(sql`
      SELECT count(*)::int AS n FROM visit_task
      WHERE due_by BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date`);
    return Number(n);
  };

  it('reads only there: a write through its pool is refused', async () => {
    await expect(t.replica!.run(sql`UPDATE member SET name = name`)).rejects.toThrow(/read-only/);
  });

  it('answers visitCoverage and countyStats from the replica', async () => {
    const onPrimary = await tasksDue('primary', YEAR + 1);
    const onReplica = await tasksDue('replica', YEAR + 1);
    expect(onReplica).toBeGreaterThan(onPrimary);
    const res = await t.gql<{
      visitCoverage: { total: { tasks: number } };
      countyStats: { coverage: { total: { tasks: number } } };
    }>(
      `query($year: Int!) { visitCoverage(year: $year) { total { tasks } }
        countyStats(year: $year) { coverage { total { tasks } } } }`,
      { year: YEAR + 1 },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.visitCoverage.total.tasks).toBe(onReplica);
    expect(res.data!.countyStats.coverage.total.tasks).toBe(onReplica);
  });

  it('streams an export from the replica, and writes its audit entry to the primary only', async () => {
    const response = await t.http('/api/members/export.xlsx', {
      headers: { authorization: `Bearer ${await t.adminToken()}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const names: string[] = [];
    workbook.worksheets[0].eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names.length).toBeGreaterThan(1000);
    expect(names.every((name) => name.startsWith('副本'))).toBe(true);

    // The roster list is no report: it reads the primary.
    const list = await t.gql<{ members: { nodes: { name: string }[] } }>(
      '{ members(first: 5) { nodes { name } } }',
    );
    expect(list.data!.members.nodes.some((m) => m.name.startsWith('副本'))).toBe(false);

    const audit = (db: typeof t.db) =>
      db.run(sql`SELECT count(*)::int AS n FROM audit_event WHERE operation = 'exportMembers'`);
    expect(Number((await audit(t.db))[0].n)).toBe(1);
    expect(Number((await audit(t.replica!))[0].n)).toBe(0);
  });
});
