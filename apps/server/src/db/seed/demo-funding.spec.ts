import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

describe('the demo money', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('holds the 2022 lines of the report, and plausible lines and payments up to this year', async () => {
    const res = await t.gql(`{ budgets(first: 100, filter: { year: 2022, county: true }) {
      nodes { category name amountFen committedFen paidFen remainingFen } totals { amountFen } } }`);
    const lines = res.data!.budgets.nodes;
    const yuan = (name: string) =>
      lines.find((l: { name: string }) => l.name.includes(name)).amountFen / 100;
    expect(yuan('运行经费')).toBe(580_000);
    expect(yuan('帮扶慰问')).toBe(300_000);
    expect(yuan('创建经费')).toBe(200_000);
    expect(yuan('提质改造')).toBe(1_280_000);
    expect(yuan('门球场')).toBe(706_000);
    for (const line of lines) {
      expect(line.committedFen).toBeLessThanOrEqual(line.amountFen);
      expect(line.remainingFen).toBe(line.amountFen - line.committedFen);
    }
    const summary = await t.gql(`{ fundingSummary(year: 2026) {
      total { lines amountFen committedFen paidFen executionRate } byMonth { month paidFen } } }`);
    const total = summary.data!.fundingSummary.total;
    process.stdout.write(`demo funding 2026: ${JSON.stringify(total)}\n`);
    expect(total.executionRate).toBeGreaterThan(0.1);
    expect(total.executionRate).toBeLessThan(1);
    expect(summary.data!.fundingSummary.byMonth[0].paidFen).toBeGreaterThan(0);
  });

  it('keeps every line’s totals equal to its payments, with every status present', async () => {
    const [check] = await t.db.run(sql`
      SELECT
        (SELECT count(*)::int FROM budget bl WHERE bl.committed_fen <> coalesce((SELECT sum(amount_fen)
           FROM disbursement d WHERE d.budget_id = bl.id AND d.status IN ('APPROVED', 'PAID')), 0)
           OR bl.paid_fen <> coalesce((SELECT sum(amount_fen) FROM disbursement d
           WHERE d.budget_id = bl.id AND d.status = 'PAID'), 0)) AS "wrongTotals",
        (SELECT array_agg(DISTINCT status ORDER BY status) FROM disbursement) AS statuses,
        (SELECT count(*)::int FROM disbursement WHERE visit_id IS NOT NULL) AS "paidOnVisits"`);
    expect(check.wrongTotals).toBe(0);
    expect(check.statuses).toEqual(['APPROVED', 'DRAFT', 'PAID', 'VOID']);
    expect(check.paidOnVisits).toBeGreaterThan(100);
  });
});
