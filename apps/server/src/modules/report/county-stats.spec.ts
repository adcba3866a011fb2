import { TEST_TODAY } from '../../test/constants';
import { startTestApp, type TestApp } from '../../test/harness';

const STATS = `year asOf frozenAt frozenBy
  organisation { generalBranches branches provincial city county homes }
  members { active deceased transferredOut lixiu tuixiu partyMembers medalEligible
    byAge { from to count } byPartyYears { from to count } }
  visits { total byOccasion { occasion count } byMonth { month count } }
  coverage { total { tasks doneOnTime rate } }
  funding { total { amountFen paidFen } byCategory { category amountFen committedFen paidFen } }`;

describe('countyStats', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const stats = async (year: number, token?: string) => {
    const res = await t.gql(
      `{ countyStats(year: ${year}) { ${STATS} } }`,
      undefined,
      token ? { token } : {},
    );
    expect(res.errors).toBeUndefined();
    return res.data!.countyStats;
  };
  const total = async (query: string) => (await t.gql(query)).data!;

  it('reproduces the report’s organisation figures for 2022', async () => {
    const s = await stats(2022);
    expect(s.organisation).toEqual({
      generalBranches: 7,
      branches: 140,
      provincial: 3,
      city: 16,
      county: 11,
      homes: 94,
    });
    expect(s.asOf).toBe('2022-12-31');
    expect(
      s.funding.byCategory.find((c: { category: string }) => c.category === 'CENTRE_OPERATIONS')
        .amountFen,
    ).toBe(58_000_000);
  });

  it('adds up to the lists it comes from', async () => {
    const s = await stats(2026);
    expect(s.asOf).toBe(TEST_TODAY);
    const lists = await total(`{
      active: members(filter: { status: [ACTIVE] }) { totalCount }
      deceased: members(filter: { status: [DECEASED] }) { totalCount }
      out: members(filter: { status: [TRANSFERRED_OUT] }) { totalCount }
      lixiu: members(filter: { status: [ACTIVE], retirementType: LIXIU }) { totalCount }
      party: members(filter: { status: [ACTIVE], partyMember: true }) { totalCount }
      medal: members(filter: { eligibleForMedal: PARTY_50_YEARS }) { totalCount }
      over90: members(filter: { status: [ACTIVE], ageMin: 90 }) { totalCount }
      holiday: visits(filter: { occasion: [HOLIDAY], visitedFrom: "2026-01-01", visitedTo: "2026-12-31" }) { totalCount }
      all: visits(filter: { visitedFrom: "2026-01-01", visitedTo: "2026-12-31" }) { totalCount }
      coverage: visitCoverage(year: 2026) { total { tasks doneOnTime rate } }
      assistance: budgets(filter: { year: 2026, category: [ASSISTANCE] }) { totals { amountFen committedFen paidFen } }
    }`);
    const m = s.members;
    expect(m).toMatchObject({
      active: lists.active.totalCount,
      deceased: lists.deceased.totalCount,
      transferredOut: lists.out.totalCount,
      lixiu: lists.lixiu.totalCount,
      partyMembers: lists.party.totalCount,
      medalEligible: lists.medal.totalCount,
    });
    const sum = (bands: { count: number }[]) => bands.reduce((n, b) => n + b.count, 0);
    expect(sum(m.byAge)).toBe(m.active);
    expect(m.byAge[4]).toEqual({ from: 90, to: null, count: lists.over90.totalCount });
    expect(sum(m.byPartyYears)).toBe(m.partyMembers);
    expect(m.lixiu + m.tuixiu).toBe(m.active);
    const holiday = s.visits.byOccasion.find((o: { occasion: string }) => o.occasion === 'HOLIDAY');
    expect(holiday.count).toBe(lists.holiday.totalCount);
    expect(s.visits.total).toBe(lists.all.totalCount);
    expect(sum(s.visits.byMonth)).toBe(s.visits.total);
    expect(s.coverage).toEqual(lists.coverage);
    const assistance = s.funding.byCategory.find(
      (c: { category: string }) => c.category === 'ASSISTANCE',
    );
    expect(assistance).toEqual({ category: 'ASSISTANCE', ...lists.assistance.totals });
  });

  it('counts a past year’s roster, ages and 党龄 as the list of its last day does', async () => {
    const s = await stats(2023);
    const day = (filter: string) =>
      `members(filter: { asOf: "2023-12-31", ${filter} }) { totalCount }`;
    const lists = await total(`{
      onRoster: ${day('')}
      young: ${day('ageMax: 69')}
      over90: ${day('ageMin: 90')}
      party: ${day('partyMember: true')}
      fifty: ${day('partyMember: true, partyYearsAtLeast: 50')}
    }`);
    const m = s.members;
    expect(m.active).toBe(lists.onRoster.totalCount);
    expect(m.byAge[0].count + m.byAge[1].count).toBe(lists.young.totalCount);
    expect(m.byAge[4].count).toBe(lists.over90.totalCount);
    expect(m.partyMembers).toBe(lists.party.totalCount);
    expect(m.byPartyYears[3].count).toBe(lists.fifty.totalCount);
  });

  it('freezes a year: later edits no longer change it, and it says when and by whom', async () => {
    const before = await stats(2026);
    const frozen = await t.gql(
      `mutation { freezeCountyStats(year: 2026) { countyStats { frozenBy members { active } } userErrors { code } } }`,
    );
    expect(frozen.data!.freezeCountyStats).toEqual({
      countyStats: {
        frozenBy: expect.stringContaining('admin'),
        members: { active: before.members.active },
      },
      userErrors: [],
    });
    const member = (
      await total('{ members(first: 1, filter: { status: [ACTIVE] }) { nodes { id } } }')
    ).members.nodes[0].id;
    const death = await t.gql(
      `mutation($id: ID!) { recordDeath(input: { memberId: $id, deathDate: "${TEST_TODAY}" }) { userErrors { code } } }`,
      { id: member },
    );
    expect(death.data!.recordDeath.userErrors).toEqual([]);
    const after = await stats(2026);
    expect(after.members.active).toBe(before.members.active);
    expect(after.frozenAt).not.toBeNull();
    const again = await t.gql('mutation { freezeCountyStats(year: 2026) { userErrors { code } } }');
    expect(again.data!.freezeCountyStats.userErrors).toEqual([{ code: 'INVALID_STATE' }]);

    // A secretary gets the own branch's live figures, never the county's snapshot.
    const secretary = await t.login('shuji');
    const own = await stats(2026, secretary);
    expect(own.frozenAt).toBeNull();
    expect(own.organisation.generalBranches).toBe(1);
    expect(own.members.active).toBeLessThan(after.members.active);
  });
});
