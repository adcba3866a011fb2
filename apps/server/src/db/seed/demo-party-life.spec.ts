import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

describe('the demo party life', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('holds 2022’s 35 party-education sessions with 1,800 and more attending, and branch meetings of 2022 and this year', async () => {
    const [figures] = await t.db.run(sql`
      SELECT
        (SELECT count(*)::int FROM activity a WHERE a.kind = 'PARTY_EDUCATION'
          AND a.starts_at >= '2022-01-01T00:00:00+08' AND a.starts_at < '2023-01-01T00:00:00+08') AS sessions,
        (SELECT count(*)::int FROM activity a JOIN activity_participant p ON p.activity_id = a.id
          WHERE a.kind = 'PARTY_EDUCATION' AND p.attendance = 'PRESENT'
          AND a.starts_at >= '2022-01-01T00:00:00+08' AND a.starts_at < '2023-01-01T00:00:00+08') AS attendees,
        (SELECT count(*)::int FROM activity a WHERE a.organiser_kind = 'BRANCH'
          AND a.starts_at >= '2026-01-01T00:00:00+08') AS "meetingsThisYear",
        (SELECT count(*)::int FROM activity a WHERE a.starts_at >= '2026-06-15T00:00:00+08'
          AND NOT EXISTS (SELECT 1 FROM signup_window w WHERE w.activity_id = a.id)) AS "fromToday",
        (SELECT count(DISTINCT organiser_branch_id)::int FROM activity) AS branches`);
    process.stdout.write(`demo party life: ${JSON.stringify(figures)}\n`);
    expect(figures.sessions).toBe(35);
    expect(figures.attendees).toBeGreaterThanOrEqual(1800);
    expect(figures.meetingsThisYear).toBeGreaterThan(140 * 10);
    expect(figures.fromToday).toBe(0);
    expect(figures.branches).toBe(140);
  });
});
