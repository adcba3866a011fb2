import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

const FIGURE = `value previous change filter { branchSubtree asOf partyMember } previousFilter { asOf }`;
const ROW = `key label unit sub count { ${FIGURE} } money { valueFen previousFen changeFen }
  rate { value previous change } href previousHref`;
const TABLES = `partyOrganisation { rows { ${ROW} } } roleAndActivities { rows { ${ROW} } }`;

interface Row {
  key: string;
  label: string;
  sub: boolean;
  count: {
    value: number;
    previous: number;
    change: number;
    filter: Record<string, unknown>;
  } | null;
  money: { valueFen: number; previousFen: number; changeFen: number } | null;
  rate: { value: number | null } | null;
  href: string | null;
  previousHref: string | null;
}
interface Tables {
  partyOrganisation: { rows: Row[] };
  roleAndActivities: { rows: Row[] };
}

describe('yearReport: 党组织建设情况 and 作用发挥与活动开展', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const tables = async (year: number, branchId?: string, token?: string): Promise<Tables> => {
    const res = await t.gql(
      `query($year: Int!, $branchId: ID) { yearReport(year: $year, branchId: $branchId) { ${TABLES} } }`,
      { year, branchId },
      token ? { token } : {},
    );
    expect(res.errors).toBeUndefined();
    return res.data!.yearReport;
  };
  const byKey = (rows: Row[]) => new Map(rows.map((r) => [r.key, r]));
  const count = (rows: Row[], key: string) => byKey(rows).get(key)!.count!;

  it('holds 2022’s figures of the seed, each beside 2021 with the change', async () => {
    const r = await tables(2022);
    const org = r.partyOrganisation.rows;
    expect(count(org, 'generalBranches').value).toBe(7);
    expect(count(org, 'branches').value).toBe(140);
    expect(['provincial', 'city', 'county'].map((k) => count(org, k).value)).toEqual([3, 16, 11]);
    expect(count(org, 'demonstration').value).toBe(30);
    expect(count(org, 'homes').value).toBe(94);
    for (const row of [...org, ...r.roleAndActivities.rows]) {
      const f = row.count ?? null;
      if (f) expect(f.change).toBe(f.value - f.previous);
      if (row.money) expect(row.money.changeFen).toBe(row.money.valueFen - row.money.previousFen);
      expect([row.count, row.money, row.rate].filter(Boolean)).toHaveLength(1);
    }
    // 三会一课 adds up from its kinds.
    const meetings = org.filter((x) => x.key.startsWith('meetings.'));
    expect(meetings).toHaveLength(4);
    expect(meetings.reduce((n, x) => n + x.count!.value, 0)).toBe(count(org, 'meetings').value);
    expect(count(org, 'meetings').value).toBeGreaterThan(140);
    expect(byKey(org).get('meetings.PARTY_LECTURE')!.href).toBe(
      '/party-life?kind=PARTY_LECTURE&year=2022',
    );
    expect(byKey(org).get('meetings.PARTY_LECTURE')!.previousHref).toBe(
      '/party-life?kind=PARTY_LECTURE&year=2021',
    );

    const role = r.roleAndActivities.rows;
    expect(count(role, 'educationSessions').value).toBe(35);
    expect(count(role, 'educationAttendees').value).toBeGreaterThanOrEqual(1800);
    expect(count(role, 'essaysAwardedProvincialOrCity').value).toBe(26);
    expect(count(role, 'researchReports').value).toBeGreaterThanOrEqual(40);
    expect(count(role, 'teams').value).toBe(32);
    expect(count(role, 'volunteers').value).toBeGreaterThanOrEqual(1200);
    expect(count(role, 'volunteerActivities').value).toBeGreaterThanOrEqual(220);
    expect(count(role, 'scienceLectures').value).toBeGreaterThanOrEqual(80);
    expect(count(role, 'scienceLectureReach').value).toBeGreaterThanOrEqual(20_000);
    expect(count(role, 'volunteerPerformances').value).toBeGreaterThanOrEqual(30);
    expect(count(role, 'couplets').value).toBeGreaterThanOrEqual(12_000);
    expect(byKey(role).get('donationsFen')!.money!.valueFen).toBeGreaterThanOrEqual(35_000_000);
    expect(count(role, 'communityBranchSecretaries').value).toBe(20);
    expect(count(role, 'communityBranchCommittee').value).toBe(28);
    expect(count(role, 'representatives.PARTY_CONGRESS').value).toBe(2);
    expect(count(role, 'representatives.PEOPLES_CONGRESS').value).toBe(1);
    expect(count(role, 'associations').value).toBe(9);
  });

  it('each linked figure counts its list', async () => {
    const r = await tables(2024);
    const members = count(r.partyOrganisation.rows, 'partyMembers');
    for (const [filter, value] of [
      [members.filter, members.value],
      [{ ...members.filter, asOf: '2023-12-31' }, members.previous],
    ] as const) {
      const input = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null));
      const res = await t.gql('query($f: MemberFilter) { members(filter: $f) { totalCount } }', {
        f: input,
      });
      expect(res.data!.members.totalCount).toBe(value);
    }
    const sessions = count(r.roleAndActivities.rows, 'educationSessions');
    const listed = await t.gql(
      `{ activities(filter: { kind: [PARTY_EDUCATION], from: "2024-01-01", to: "2024-12-31" }) { totalCount } }`,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.activities.totalCount).toBe(sessions.value);
  });

  it('the general branches’ figures add up to the county’s, and a secretary sees only theirs', async () => {
    const county = await tables(2022);
    const tops = await t.gql(
      '{ branches(first: 20, filter: { rootsOnly: true }) { nodes { id } } }',
    );
    const ids: string[] = tops.data!.branches.nodes.map((n: { id: string }) => n.id);
    const parts: Tables[] = [];
    for (const id of ids) parts.push(await tables(2022, id));
    for (const key of ['branches', 'homes', 'partyMembers', 'meetings', 'provincial']) {
      expect(parts.reduce((n, p) => n + count(p.partyOrganisation.rows, key).value, 0)).toBe(
        count(county.partyOrganisation.rows, key).value,
      );
    }
    const first = parts[0];
    expect(count(first.partyOrganisation.rows, 'generalBranches').value).toBe(1);
    expect(count(first.partyOrganisation.rows, 'partyMembers').filter.branchSubtree).toBe(ids[0]);
    expect(byKey(first.partyOrganisation.rows).get('meetings.PARTY_LECTURE')!.href).toContain(
      `branch=${encodeURIComponent(ids[0])}`,
    );
    // The county's own records (teams, associations) hang under no branch.
    expect(count(first.roleAndActivities.rows, 'teams').value).toBe(0);
    expect(count(first.roleAndActivities.rows, 'associations').value).toBe(0);

    const token = await t.login('shuji');
    const mine = await tables(2022, undefined, token);
    expect(count(mine.partyOrganisation.rows, 'branches').value).toBeLessThan(140);
    expect(count(mine.partyOrganisation.rows, 'generalBranches').value).toBeLessThanOrEqual(1);
    expect(count(mine.roleAndActivities.rows, 'teams').value).toBe(0);
  });

  it('costs a fixed number of statements per table, whatever the scope', async () => {
    await t.adminToken();
    const tops = await t.gql(
      '{ branches(first: 20, filter: { rootsOnly: true }) { nodes { id } } }',
    );
    const ids: string[] = tops.data!.branches.nodes.map((n: { id: string }) => n.id);
    const cost = async (field: string, branchId?: string) =>
      (
        await t.db.countStatements(async () => {
          const res = await t.gql(
            `query($b: ID) { yearReport(year: 2022, branchId: $b) { ${field} { rows { key } } } }`,
            { b: branchId },
          );
          expect(res.errors).toBeUndefined();
        })
      ).count;
    for (const field of ['partyOrganisation', 'roleAndActivities']) {
      await cost(field); // the first request of a session reads more than the report
      const county = await cost(field);
      // The module figure functions countyStats uses, for each of the two years, the
      // snapshot's look-up and the caller's: 18 for 党组织建设, 26 for 作用发挥.
      expect(county).toBeLessThanOrEqual(field === 'partyOrganisation' ? 18 : 26);
      // A branch's report: the branch's look-up, no snapshot read; the same for any branch.
      const branches = new Set<number>();
      for (const id of ids.slice(0, 3)) branches.add(await cost(field, id));
      expect(branches.size).toBe(1);
      // + the branch's look-up, − the snapshot's (a subtree has none).
      expect([...branches][0]).toBe(county);
    }
  });

  it('a frozen year’s tables come from its snapshot; an older snapshot without them is worked out', async () => {
    const before = await tables(2023);
    const frozen = await t.gql(
      'mutation { freezeCountyStats(year: 2022) { userErrors { code } } }',
    );
    expect(frozen.data!.freezeCountyStats.userErrors).toEqual([]);
    // A 2022 party-education session moved to 2021 after the freeze.
    await t.db.run(sql`
      UPDATE activity SET starts_at = starts_at - interval '1 year', ends_at = ends_at - interval '1 year'
      WHERE id = (SELECT a.id FROM activity a WHERE a.kind = 'PARTY_EDUCATION'
        AND a.starts_at >= '2022-03-01T00:00:00+08' AND a.starts_at < '2022-12-01T00:00:00+08'
        ORDER BY a.id LIMIT 1)`);
    const sessions = (r: Tables) => count(r.roleAndActivities.rows, 'educationSessions');
    const after = await tables(2023);
    expect(sessions(after).previous).toBe(sessions(before).previous);
    expect(after.partyOrganisation).toEqual(before.partyOrganisation);
    // Without `yearTables` (a snapshot from before these tables), the records answer.
    await t.db.run(sql`UPDATE report_snapshot SET stats = stats - 'yearTables' WHERE year = 2022`);
    expect(sessions(await tables(2023)).previous).toBe(sessions(before).previous - 1);
    const stats = await t.gql('{ countyStats(year: 2022) { frozenAt organisation { branches } } }');
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.countyStats.frozenAt).not.toBeNull();
  });
});
