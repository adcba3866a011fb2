import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

describe('the demo campaign', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('gives the standard circumstances to tell apart, on a realistic share', async () => {
    const [shares] = await t.db.run(sql`
      SELECT avg(('困难' = ANY(tags))::int)::float AS hardship,
        avg(('丧偶' = ANY(tags))::int) FILTER (WHERE age(birth_date) >= interval '70 years')::float AS widowed
      FROM member WHERE status = 'ACTIVE'`);
    expect(shares.hardship).toBeGreaterThan(0.03);
    expect(shares.hardship).toBeLessThan(0.1);
    expect(shares.widowed).toBeGreaterThan(0.05);
    expect(shares.widowed).toBeLessThan(0.5);
  });

  it('holds one finished Double Ninth campaign, mostly visited, its payments equal to its line', async () => {
    const res = await t.gql(`{ campaigns(first: 10) { totalCount nodes {
      name status holiday year plannedMemberCount plannedTotalFen committedFen paidFen
      budget { committedFen paidFen } groups { name memberCount visitedCount paidFen }
      progress { memberCount visitedCount uncoveredCount paidFen } } } }`);
    const { totalCount, nodes } = res.data!.campaigns;
    expect(totalCount).toBe(1);
    const [c] = nodes;
    expect(c).toMatchObject({ status: 'CLOSED', holiday: 'DOUBLE_NINTH' });
    expect(c.progress.visitedCount / c.progress.memberCount).toBeGreaterThan(0.6);
    expect(c.progress.visitedCount).toBeLessThan(c.progress.memberCount);
    expect(c.progress.uncoveredCount).toBeGreaterThan(0);
    expect(c.groups).toHaveLength(4);
    expect(c.paidFen).toBe(c.progress.paidFen);
    expect(c.committedFen).toBe(c.paidFen);
    expect(c.budget).toEqual({ committedFen: c.paidFen, paidFen: c.paidFen });
    expect(c.plannedTotalFen).toBeGreaterThan(c.paidFen);
    const [check] = await t.db.run(sql`
      SELECT count(*)::int AS visited,
        count(*) FILTER (WHERE d.amount_fen = ce.amount_fen AND d.visit_id = ce.visit_id
          AND d.member_id = ce.member_id AND vt.status = 'DONE')::int AS consistent
      FROM campaign_entry ce JOIN disbursement d ON d.id = ce.disbursement_id
        JOIN visit_task vt ON vt.id = ce.task_id
      WHERE ce.status = 'VISITED'`);
    expect(check.visited).toBe(c.progress.visitedCount);
    expect(check.consistent).toBe(check.visited);
  });
});
