import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

describe('the demo volunteer service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('has 2022’s figures: 32 teams of 1,200 and more, 220 and more activities, lectures, performances, couplets and donations', async () => {
    const res = await t.gql(`{ countyStats(year: 2022) { volunteering {
      teams volunteers rosterVolunteers activities scienceLectures scienceLectureReach performances
      couplets donationsFen hours } } }`);
    const figures = res.data!.countyStats.volunteering;
    process.stdout.write(`demo volunteering 2022: ${JSON.stringify(figures)}\n`);
    expect(figures.teams).toBe(32);
    expect(figures.volunteers).toBeGreaterThanOrEqual(1200);
    expect(figures.volunteers).toBeLessThan(1300);
    expect(figures.rosterVolunteers).toBeLessThan(figures.volunteers);
    expect(figures.activities).toBeGreaterThanOrEqual(220);
    expect(figures.activities).toBeLessThan(230);
    expect(figures.scienceLectures).toBeGreaterThanOrEqual(80);
    expect(figures.scienceLectures).toBeLessThan(90);
    expect(figures.scienceLectureReach).toBeGreaterThanOrEqual(20_000);
    expect(figures.scienceLectureReach).toBeLessThan(21_000);
    expect(figures.performances).toBeGreaterThanOrEqual(30);
    expect(figures.performances).toBeLessThan(40);
    expect(figures.couplets).toBeGreaterThanOrEqual(12_000);
    expect(figures.couplets).toBeLessThan(13_000);
    expect(figures.donationsFen).toBeGreaterThanOrEqual(35_000_000);
    expect(figures.donationsFen).toBeLessThan(36_000_000);
    expect(figures.hours).toBeGreaterThan(0);
  });

  it('keeps every volunteer in a team of their own level, and nothing after today', async () => {
    const [row] = await t.db.run(sql`
      SELECT
        (SELECT count(*)::int FROM volunteer v WHERE NOT EXISTS
          (SELECT 1 FROM volunteer_membership vm WHERE vm.volunteer_id = v.id)) AS "teamless",
        (SELECT count(*)::int FROM volunteer v JOIN volunteer_membership vm ON vm.volunteer_id = v.id
          JOIN volunteer_team t ON t.id = vm.team_id
          WHERE (v.member_id IS NULL) <> (t.level = 'VILLAGE')) AS "misplaced",
        (SELECT count(*)::int FROM activity a WHERE a.organiser_kind = 'TEAM'
          AND a.starts_at >= '2026-06-15T00:00:00+08') AS "fromToday",
        (SELECT count(*)::int FROM activity a WHERE a.organiser_kind = 'TEAM'
          AND NOT EXISTS (SELECT 1 FROM volunteer_service s WHERE s.activity_id = a.id)) AS "withoutService",
        (SELECT count(*)::int FROM activity a WHERE a.organiser_kind = 'TEAM'
          AND a.starts_at >= '2026-01-01T00:00:00+08') AS "thisYear"`);
    expect(row).toMatchObject({ teamless: 0, misplaced: 0, fromToday: 0, withoutService: 0 });
    expect(row.thisYear).toBeGreaterThan(80);
  });
});
