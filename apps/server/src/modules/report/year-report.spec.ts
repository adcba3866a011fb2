import { startTestApp, type TestApp } from '../../test/harness';

const FILTER = `branchSubtree asOf movement { kind from to } retirementType rank gender partyMember
  ageMin ageMax residenceArea healthStatus`;
const FIGURE = `value previous change filter { ${FILTER} } previousFilter { ${FILTER} }`;
const CHANGE_ROW = `retirementType rank allRanks label balanced previousBalanced
  start { ${FIGURE} } enrolled { ${FIGURE} } transferredIn { ${FIGURE} } joined { ${FIGURE} }
  died { ${FIGURE} } transferredOut { ${FIGURE} } left { ${FIGURE} } end { ${FIGURE} }`;
const REPORT = `year branchId scopeName asOf previousAsOf
  rosterChange { balanced rows { ${CHANGE_ROW} } }
  rosterProfile { rows { dimension label total { ${FIGURE} } lixiu { ${FIGURE} } tuixiu { ${FIGURE} } } }
  service {
    visits { value previous change } visitsByOccasion { occasion visits { value previous change } }
    tasksDue { value previous } tasksDoneOnTime { value previous } coverage { value previous change }
    condolenceMembers { value previous } condolenceFen { valueFen previousFen changeFen }
    budgetByCategory { category amountFen { valueFen previousFen } paidFen { valueFen previousFen }
      executionRate { value previous } }
  }`;

type Filter = Record<string, unknown>;
interface Figure {
  value: number;
  previous: number;
  change: number;
  filter: Filter | null;
  previousFilter: Filter | null;
}
type Row = Record<string, Figure> & {
  retirementType: string | null;
  rank: string | null;
  allRanks: boolean;
  label: string;
  balanced: boolean;
  previousBalanced: boolean;
};

/** The filter as members(filter:) takes it: unset fields left out. */
function asInput(filter: Filter): Filter {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null));
}

describe('yearReport', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const report = async (year: number, branchId?: string, token?: string) => {
    const res = await t.gql(
      `query($year: Int!, $branchId: ID) { yearReport(year: $year, branchId: $branchId) { ${REPORT} } }`,
      { year, branchId },
      token ? { token } : {},
    );
    expect(res.errors).toBeUndefined();
    return res.data!.yearReport;
  };
  const listSize = async (filter: Filter) => {
    const res = await t.gql('query($f: MemberFilter) { members(filter: $f) { totalCount } }', {
      f: asInput(filter),
    });
    expect(res.errors).toBeUndefined();
    return res.data!.members.totalCount as number;
  };

  it.each([2022, 2023, 2024, 2025, 2026])(
    'start + joined − left = end for every row of %i and the year before',
    async (year) => {
      const r = await report(year);
      expect(r.asOf).toBe(year === 2026 ? '2026-06-15' : `${year}-12-31`);
      expect(r.previousAsOf).toBe(`${year - 1}-12-31`);
      const rows = r.rosterChange.rows as Row[];
      const total = rows.at(-1)!;
      expect(total.label).toBe('合计');
      // Something happens in each year of the demo: people die, so the check is not vacuous.
      expect(total.died.value).toBeGreaterThan(0);
      expect(total.start.value).toBeGreaterThan(1000);
      for (const row of rows) {
        for (const pick of ['value', 'previous'] as const) {
          expect(row.start[pick] + row.joined[pick] - row.left[pick]).toBe(row.end[pick]);
        }
        expect(row.balanced && row.previousBalanced).toBe(true);
      }
      expect(r.rosterChange.balanced).toBe(true);
      // The year's start is the year before's end.
      expect(total.start.value).toBe(total.end.previous);
      // Subtotals add up to the total.
      const subtotals = rows.filter((x) => x.allRanks && x.retirementType !== null);
      expect(subtotals.map((x) => x.retirementType)).toEqual(['LIXIU', 'TUIXIU']);
      for (const c of ['start', 'joined', 'left', 'end']) {
        expect(subtotals.reduce((n, x) => n + x[c].value, 0)).toBe(total[c].value);
      }
    },
  );

  it('each cell counts the list its filter gives', async () => {
    const r = await report(2024);
    const rows = r.rosterChange.rows as Row[];
    const tuixiu = rows.find((x) => x.retirementType === 'TUIXIU' && x.allRanks)!;
    const level = rows.find((x) => x.retirementType === 'TUIXIU' && x.rank === '正科级')!;
    const total = rows.at(-1)!;
    const cells: Figure[] = [
      ...['start', 'enrolled', 'died', 'transferredOut', 'end'].map((c) => total[c]),
      ...['start', 'died', 'end'].map((c) => tuixiu[c]),
      ...['start', 'enrolled', 'died', 'end'].map((c) => level[c]),
    ];
    for (const cell of cells) {
      expect(await listSize(cell.filter!)).toBe(cell.value);
      expect(await listSize(cell.previousFilter!)).toBe(cell.previous);
    }
    const profile = r.rosterProfile.rows as (Row & { dimension: string })[];
    for (const dimension of ['AGE', 'GENDER', 'PARTY', 'RESIDENCE', 'HEALTH']) {
      const group = profile.filter((x) => x.dimension === dimension);
      const counted = group.reduce((n, x) => n + x.total.value, 0);
      expect(counted).toBe(total.end.value);
      const cell = group.find((x) => x.total.value > 0 && x.lixiu.filter)!;
      expect(await listSize(cell.total.filter!)).toBe(cell.total.value);
      expect(await listSize(cell.lixiu.filter!)).toBe(cell.lixiu.value);
      expect(await listSize(cell.tuixiu.previousFilter!)).toBe(cell.tuixiu.previous);
    }
  });

  it('lists the roster of a past day exactly, after later deaths and transfers', async () => {
    // Someone who died in 2025 was on the roster at the end of 2024, and is found there.
    const died =
      await t.gql(`{ members(first: 1, filter: { movement: { kind: DIED, from: "2025-01-01", to: "2025-12-31" } }) {
      nodes { id name status deathDate } } }`);
    const [dead] = died.data!.members.nodes;
    expect(dead.status).toBe('DECEASED');
    const on = async (asOf: string) =>
      (
        await t.gql(
          `query($asOf: Date, $search: String) { members(filter: { asOf: $asOf, search: $search }) { nodes { id } } }`,
          { asOf, search: dead.name },
        )
      ).data!.members.nodes.map((n: { id: string }) => n.id);
    expect(await on('2024-12-31')).toContain(dead.id);
    expect(await on(dead.deathDate)).not.toContain(dead.id);
    // Today's list (no asOf, status ACTIVE) does not hold them.
    expect(await listSize({ status: ['ACTIVE'], search: dead.name })).toBeLessThan(
      (await listSize({ asOf: '2024-12-31', search: dead.name })) + 1,
    );
  });

  it('the general branches’ reports add up to the county’s', async () => {
    const county = await report(2025);
    const tops = await t.gql(
      '{ branches(first: 20, filter: { rootsOnly: true }) { nodes { id } } }',
    );
    const ids = tops.data!.branches.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBe(7);
    const parts: (typeof county)[] = [];
    for (const id of ids) parts.push(await report(2025, id));
    const total = (r: typeof county) => (r.rosterChange.rows as Row[]).at(-1)!;
    for (const c of ['start', 'end']) {
      expect(parts.reduce((n, p) => n + total(p)[c].value, 0)).toBe(total(county)[c].value);
      expect(parts.reduce((n, p) => n + total(p)[c].previous, 0)).toBe(total(county)[c].previous);
    }
    const net = (r: typeof county) => total(r).joined.value - total(r).left.value;
    expect(parts.reduce((n, p) => n + net(p), 0)).toBe(net(county));
    for (const p of parts) expect(p.rosterChange.balanced).toBe(true);
    const ages = (r: typeof county) =>
      r.rosterProfile.rows.filter((x: { dimension: string }) => x.dimension === 'AGE');
    const summed = ages(county).map((_: unknown, i: number) =>
      parts.reduce((n, p) => n + ages(p)[i].total.value, 0),
    );
    expect(summed).toEqual(ages(county).map((x: Row) => x.total.value));
    expect(parts.reduce((n, p) => n + p.service.visits.value, 0)).toBe(county.service.visits.value);
  });

  it('costs a fixed number of statements, whatever the scope', async () => {
    await t.adminToken();
    const count = async (branchId?: string) =>
      (
        await t.db.countStatements(async () => {
          await report(2025, branchId);
        })
      ).count;
    const tops = await t.gql(
      '{ branches(first: 1, filter: { rootsOnly: true }) { nodes { id } } }',
    );
    const county = await count();
    expect(county).toBeLessThan(30);
    expect(await count(tops.data!.branches.nodes[0].id)).toBe(county + 1); // + the branch's look-up
  });

  it('a secretary sees the report of their reach; a branch out of reach is null', async () => {
    const token = await t.login('shuji');
    const mine = await report(2025, undefined, token);
    expect(mine.scopeName).toBe('本单位');
    const county = await report(2025);
    expect((mine.rosterChange.rows as Row[]).at(-1)!.end.value).toBeLessThan(
      (county.rosterChange.rows as Row[]).at(-1)!.end.value,
    );
    expect(mine.rosterChange.balanced).toBe(true);
    const all = await t.gql(
      '{ branches(first: 20, filter: { rootsOnly: true }) { nodes { id } } }',
    );
    const outside = await t.gql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: all.data!.branches.nodes.map((n: { id: string }) => n.id) },
      { token },
    );
    const hidden = all.data!.branches.nodes.find(
      (n: { id: string }, i: number) => outside.data!.nodes[i] === null,
    );
    const res = await t.gql(
      'query($b: ID) { yearReport(year: 2025, branchId: $b) { year } }',
      { b: hidden.id },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.yearReport).toBeNull();
  });

  it('refuses a bad year or movement period', async () => {
    const res = await t.gql('{ yearReport(year: 1948) { year } }');
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const bad = await t.gql(
      '{ members(filter: { movement: { kind: DIED, from: "2025-02-01", to: "2025-01-01" } }) { totalCount } }',
    );
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
