import { startTestApp, type TestApp } from '../../test/harness';
import { testIdCard } from '../../test/id-cards';
import { generateVisitTasks } from '../visit/task-generator';

const FIELDS = `id name birthDate age partyJoinDate fullMembershipDate partyStandingFrom
  partyStandingEstimated partyYears eligibleMedals`;

/** Members on a fresh roster, seen by the filters and the fields on one fixed day. */
function rosterOn(now: Date) {
  let t: TestApp;
  let branchId: string;
  let sequence = 0;

  beforeAll(async () => {
    t = await startTestApp({ now });
    const general = await t.gql(
      'mutation { createBranch(input: { name: "城关离退休干部党总支", kind: GENERAL_BRANCH }) { branch { id } } }',
    );
    const branch = await t.gql(
      'mutation($parentId: ID) { createBranch(input: { name: "教育局退休党支部", kind: BRANCH, parentId: $parentId }) { branch { id } } }',
      { parentId: general.data!.createBranch.branch.id },
    );
    branchId = branch.data!.createBranch.branch.id;
  });
  afterAll(() => t.stop());

  return {
    app: () => t,
    async create(name: string, birthDate: string, party: Record<string, unknown> = {}) {
      const res = await t.gql(
        `mutation($input: CreateMemberInput!) { createMember(input: $input) {
          member { ${FIELDS} } userErrors { field code message } } }`,
        {
          input: {
            name,
            idCardNumber: testIdCard(birthDate, (sequence += 1)),
            branchId,
            retirementType: 'TUIXIU',
            residenceKind: 'TOWNSHIP',
            residencePlace: '东坪镇',
            partyMember: Object.keys(party).length > 0,
            ...party,
          },
        },
      );
      return res.data!.createMember;
    },
    /** The names the members filter finds, in name order. */
    async names(filter: string) {
      const res = await t.gql(
        `{ members(first: 100, filter: ${filter}, orderBy: { field: NAME }) { nodes { name } } }`,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.members.nodes.map((n: { name: string }) => n.name) as string[];
    },
  };
}

describe('on 28 February of a common year (2026-02-28, China time)', () => {
  const roster = rosterOn(new Date('2026-02-28T02:00:00Z'));

  it('ages: the filters agree with the field for a 29 February birthday', async () => {
    const leap = (await roster.create('闰日生', '1956-02-29')).member;
    const march = (await roster.create('三月生', '1956-03-01')).member;
    expect(leap.age).toBe(70);
    expect(march.age).toBe(69);
    expect(await roster.names('{ ageMin: 70 }')).toEqual(['闰日生']);
    expect(await roster.names('{ ageMax: 69 }')).toEqual(['三月生']);
    expect(await roster.names('{ ageMin: 70, ageMax: 70 }')).toEqual(['闰日生']);
  });

  it('party years: the filter agrees with the field for a 29 February full membership', async () => {
    const res = await roster.create('闰日转正', '1950-05-05', {
      partyJoinDate: '1975-02-28',
      fullMembershipDate: '1976-02-29',
    });
    expect(res.userErrors).toEqual([]);
    expect(res.member).toMatchObject({
      partyStandingFrom: '1976-02-29',
      partyStandingEstimated: false,
      partyYears: 50,
    });
    // Joined on 29 February, full membership unknown: 党龄 from 1977-02-28, flagged.
    const estimated = (
      await roster.create('闰日入党', '1950-06-06', { partyJoinDate: '1976-02-29' })
    ).member;
    expect(estimated).toMatchObject({
      partyStandingFrom: '1977-02-28',
      partyStandingEstimated: true,
      partyYears: 49,
    });
    expect(await roster.names('{ partyYearsAtLeast: 50 }')).toEqual(['闰日转正']);
    expect(await roster.names('{ partyYearsAtLeast: 49 }')).toEqual(['闰日入党', '闰日转正']);
    expect(await roster.names('{ partyYearsAtMost: 49 }')).toEqual(['闰日入党']);
    expect(await roster.names('{ partyYearsAtLeast: 50, partyYearsAtMost: 50 }')).toEqual([
      '闰日转正',
    ]);
    // Each 党龄 band of the yearly figures opens a list of exactly its members.
    const stats = await roster
      .app()
      .gql('{ countyStats(year: 2026) { members { byPartyYears { from to count } } } }');
    const bands = stats.data!.countyStats.members.byPartyYears as {
      from: number;
      to: number | null;
      count: number;
    }[];
    expect(bands.find((band) => band.from === 40)).toMatchObject({ to: 49, count: 1 });
    for (const band of bands) {
      const upper = band.to === null ? '' : `, partyYearsAtMost: ${band.to}`;
      const names = await roster.names(
        `{ status: [ACTIVE], partyYearsAtLeast: ${band.from}${upper} }`,
      );
      expect(names).toHaveLength(band.count);
    }
  });

  it('lists 29 February birthdays in February, as the decade-birthday task does', async () => {
    // The console asks for February as 02-01 to 02-28 in a common year.
    expect(await roster.names('{ birthdayFrom: "02-01", birthdayTo: "02-28" }')).toContain(
      '闰日生',
    );
    expect(await roster.names('{ birthdayFrom: "02-28", birthdayTo: "02-28" }')).toContain(
      '闰日生',
    );
    expect(await roster.names('{ birthdayFrom: "03-01", birthdayTo: "03-31" }')).not.toContain(
      '闰日生',
    );
    expect(
      await roster.names('{ decadeBirthdayIn: 2026, birthdayFrom: "02-01", birthdayTo: "02-28" }'),
    ).toEqual(['闰日生']);
    // In a leap year the birthday is 29 February itself, outside 1–28 February.
    expect(
      await roster.names('{ decadeBirthdayIn: 2036, birthdayFrom: "02-01", birthdayTo: "02-28" }'),
    ).toEqual([]);

    const t = roster.app();
    await generateVisitTasks(t.db, { from: '2026-01-01', until: '2026-03-31' });
    const tasks = await t.gql(
      `{ visitTasks(first: 10, filter: { occasion: [DECADE_BIRTHDAY] }) { nodes { triggerDate member { name } } } }`,
    );
    expect(tasks.data!.visitTasks.nodes).toContainEqual({
      triggerDate: '2026-02-28',
      member: { name: '闰日生' },
    });
  });
});

describe('党龄 and the 50-year medal count from full membership', () => {
  const roster = rosterOn(new Date('2026-06-15T02:00:00Z'));
  const t = () => roster.app();
  const medalList = () => roster.names('{ eligibleForMedal: PARTY_50_YEARS }');
  const stats = async () =>
    (
      await t().gql(
        '{ countyStats(year: 2026) { members { medalEligible byPartyYears { from count } } } }',
      )
    ).data!.countyStats.members;
  const setCutoff = async (medalCutoff: string) =>
    (
      await t().gql(
        `mutation($medalCutoff: MonthDay) { updateMemberSettings(input: { medalCutoff: $medalCutoff }) {
          memberSettings { medalCutoff version } userErrors { field code message } } }`,
        { medalCutoff },
      )
    ).data!.updateMemberSettings;

  it('counts from 转正, not from joining, and a delayed 转正 counts later', async () => {
    // Joined 1976-03-01: by joining this would be 50 years on 2026-06-15.
    const regular = await roster.create('按期转正', '1950-01-10', {
      partyJoinDate: '1976-03-01',
      fullMembershipDate: '1977-03-01',
    });
    expect(regular.member).toMatchObject({ partyYears: 49, eligibleMedals: [] });
    const early = await roster.create('五十年党龄', '1950-01-11', {
      partyJoinDate: '1975-05-01',
      fullMembershipDate: '1976-05-01',
    });
    expect(early.member).toMatchObject({ partyYears: 50, eligibleMedals: ['PARTY_50_YEARS'] });
    // 党龄 reaches 50 on 2026-09-01: eligible this year under the default cut-off, 31 December.
    const autumn = await roster.create('秋季满五十', '1950-01-12', {
      partyJoinDate: '1975-08-01',
      fullMembershipDate: '1976-09-01',
    });
    expect(autumn.member).toMatchObject({ partyYears: 49, eligibleMedals: ['PARTY_50_YEARS'] });

    expect(await medalList()).toEqual(['秋季满五十', '五十年党龄']);
    const byStanding = await t().gql(
      '{ members(first: 10, orderBy: { field: PARTY_STANDING_FROM }) { nodes { name } } }',
    );
    expect(byStanding.data!.members.nodes.map((n: { name: string }) => n.name)).toEqual([
      '五十年党龄',
      '秋季满五十',
      '按期转正',
    ]);
    const before = await stats();
    expect(before.medalEligible).toBe(2);
    expect(before.byPartyYears).toEqual([
      { from: 0, count: 0 },
      { from: 30, count: 0 },
      { from: 40, count: 2 },
      { from: 50, count: 1 },
    ]);
  });

  it('moves the medal list with the cut-off day setting (1 July), the field and the figures alike', async () => {
    expect((await t().gql('{ memberSettings { medalCutoff } }')).data!.memberSettings).toEqual({
      medalCutoff: '12-31',
    });
    const changed = await setCutoff('07-01');
    expect(changed).toEqual({
      memberSettings: { medalCutoff: '07-01', version: 2 },
      userErrors: [],
    });
    expect(await medalList()).toEqual(['五十年党龄']);
    expect((await stats()).medalEligible).toBe(1);
    const autumn = await t().gql(
      '{ members(filter: { search: "秋季满五十" }) { nodes { eligibleMedals } } }',
    );
    expect(autumn.data!.members.nodes).toEqual([{ eligibleMedals: [] }]);
  });

  it('refuses a cut-off on 29 February and a full membership before joining, writing nothing', async () => {
    const leap = await setCutoff('02-29');
    expect(leap.memberSettings).toBeNull();
    expect(leap.userErrors).toEqual([
      expect.objectContaining({ field: ['medalCutoff'], code: 'INVALID' }),
    ]);
    expect(
      (await t().gql('{ memberSettings { medalCutoff version } }')).data!.memberSettings,
    ).toEqual({ medalCutoff: '07-01', version: 2 });

    const before = await roster.create('先转正后入党', '1950-02-02', {
      partyJoinDate: '1976-03-01',
      fullMembershipDate: '1976-02-01',
    });
    expect(before.member).toBeNull();
    expect(before.userErrors).toEqual([
      expect.objectContaining({ field: ['fullMembershipDate'], code: 'TOO_EARLY' }),
    ]);
    const outsider = await roster.create('非党员', '1950-02-03', {
      partyMember: false,
      fullMembershipDate: '1976-02-01',
    });
    expect(outsider.userErrors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: ['fullMembershipDate'] })]),
    );
    expect(await roster.names('{}')).toEqual(['按期转正', '秋季满五十', '五十年党龄']);
  });
});

describe('at 07:30 on 1 January, China time (still 31 December in UTC)', () => {
  const roster = rosterOn(new Date('2025-12-31T23:30:00Z'));

  it('ages, party years and the medal year are China’s', async () => {
    const res = await roster.create('元旦生', '1956-01-01', {
      partyJoinDate: '1975-01-01',
      fullMembershipDate: '1976-01-01',
    });
    expect(res.member).toMatchObject({
      age: 70,
      partyYears: 50,
      eligibleMedals: ['PARTY_50_YEARS'],
    });
    expect(await roster.names('{ ageMin: 70, partyYearsAtLeast: 50 }')).toEqual(['元旦生']);
    const stats = await roster
      .app()
      .gql('{ countyStats(year: 2026) { asOf members { medalEligible } } }');
    expect(stats.data!.countyStats).toEqual({ asOf: '2026-01-01', members: { medalEligible: 1 } });
  });
});
