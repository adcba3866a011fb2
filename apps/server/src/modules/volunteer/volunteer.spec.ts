import { raw, sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { testIdCard } from '../../test/id-cards';
import { toGlobalId } from '../../kernel/global-id';

const VOLUNTEERING = `teams volunteers rosterVolunteers activities scienceLectures scienceLectureReach
  performances beneficiaries couplets donationsFen hours`;

const SERVICE = `id version organiser { kind team { id name } }
  volunteerService { category couplets hours donationsFen
    volunteers { hours volunteer { id name } } donations { donor amountFen } }`;

describe('volunteer service: teams, volunteers, hours, points and the county figures', () => {
  let t: TestApp;
  let secretary: string;
  let members: string[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretary = await t.login('shuji');
    // Members of the roster who are no volunteers yet (the demo data has many).
    const rows = await t.db.run(sql`
      SELECT m.id FROM member m WHERE m.death_date IS NULL AND m.transferred_out_on IS NULL
        AND NOT EXISTS (SELECT 1 FROM volunteer v WHERE v.member_id = m.id)
      ORDER BY m.id LIMIT 5`);
    members = rows.map((r) => toGlobalId('Member', Number(r.id)));
  });
  afterAll(() => t.stop());

  const figures = async (year: number, token?: string) =>
    (
      await t.gql(
        `{ countyStats(year: ${year}) { volunteering { ${VOLUNTEERING} } } }`,
        undefined,
        token ? { token } : {},
      )
    ).data!.countyStats.volunteering;

  const count = async (table: string) =>
    Number((await t.db.run(sql`SELECT count(*)::int AS n FROM ${raw(table)}`))[0].n);

  const mutate = async (
    name: string,
    input: Record<string, unknown>,
    fields: string,
    token?: string,
  ) =>
    (
      await t.gql(
        `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${fields} userErrors { field code } } }`,
        { input },
        token ? { token } : {},
      )
    ).data![name];

  const createTeam = (input: Record<string, unknown>, token?: string) =>
    mutate(
      'createVolunteerTeam',
      { level: 'TOWNSHIP', township: '东坪镇', categories: ['SCIENCE', 'HEALTH'], ...input },
      'team { id name level township village leader foundedOn categories memberCount }',
      token,
    );
  const createVolunteer = (input: Record<string, unknown>, token?: string) =>
    mutate(
      'createVolunteer',
      input,
      'volunteer { id name onRoster idCardNumber phone village member { id } }',
      token,
    );
  const join = (teamId: string, volunteerId: string, joinedOn = '2022-03-01') =>
    mutate(
      'joinVolunteerTeam',
      { teamId, volunteerId, joinedOn },
      'membership { id joinedOn leftOn team { id } volunteer { id } }',
    );
  /** The hours and figures of test activities are of 2021, a year the demo data has none of. */
  const teamActivity = async (teamId: string, input: Record<string, unknown> = {}) => {
    const res = await mutate(
      'createActivity',
      {
        kind: 'SCIENCE_LECTURE',
        title: '茶叶种植科技讲座',
        startsAt: '2021-05-10T09:00:00+08:00',
        endsAt: '2021-05-10T11:00:00+08:00',
        organiser: { kind: 'TEAM', teamId },
        beneficiaries: 320,
        ...input,
      },
      'activity { id version }',
    );
    expect(res.userErrors).toEqual([]);
    return res.activity as { id: string; version: number };
  };
  const recordService = (input: Record<string, unknown>, token?: string) =>
    mutate(
      'recordVolunteerService',
      { category: 'SCIENCE', ...input },
      `activity { ${SERVICE} }`,
      token,
    );

  it('founds teams, records volunteers on and off the roster, and counts them', async () => {
    const before = await figures(2022);
    const before2020 = await figures(2020);
    const team = (
      await createTeam({
        name: '银耀安化·东坪镇志愿服务队',
        leader: '李志明',
        foundedOn: '2021-09-01',
      })
    ).team;
    expect(team).toMatchObject({
      level: 'TOWNSHIP',
      township: '东坪镇',
      village: null,
      categories: ['SCIENCE', 'HEALTH'],
      memberCount: 0,
    });
    const member = (await createVolunteer({ memberId: members[0] })).volunteer;
    expect(member).toMatchObject({
      onRoster: true,
      member: { id: members[0] },
      idCardNumber: null,
    });
    const idCard = testIdCard('1951-04-02', 7);
    const light = (
      await createVolunteer({
        name: '王德顺',
        idCardNumber: idCard.toLowerCase(),
        phone: '13807371234',
        village: '黄沙坪村',
      })
    ).volunteer;
    expect(light).toMatchObject({
      name: '王德顺',
      onRoster: false,
      idCardNumber: `${idCard.slice(0, 6)}************`,
      phone: '138****1234',
      village: '黄沙坪村',
    });
    expect((await join(team.id, member.id)).userErrors).toEqual([]);
    expect((await join(team.id, light.id)).userErrors).toEqual([]);
    const after = await figures(2022);
    expect(after.teams).toBe(before.teams + 1);
    expect(after.volunteers).toBe(before.volunteers + 2);
    expect(after.rosterVolunteers).toBe(before.rosterVolunteers + 1);
    // Not yet founded, nor joined, in 2020.
    expect(await figures(2020)).toEqual(before2020);
    const listed = await t.gql(
      `query($id: ID!) { volunteers(first: 10, filter: { teamId: $id }) { totalCount nodes { name } } }`,
      { id: team.id },
    );
    expect(listed.data!.volunteers.totalCount).toBe(2);
  });

  it('refuses bad teams and volunteers with field and code, writing nothing', async () => {
    const teams = await count('volunteer_team');
    const volunteers = await count('volunteer');
    expect((await createTeam({ name: ' ', level: 'VILLAGE', township: '' })).userErrors).toEqual(
      expect.arrayContaining([
        { field: ['name'], code: 'REQUIRED' },
        { field: ['township'], code: 'REQUIRED' },
        { field: ['village'], code: 'REQUIRED' },
      ]),
    );
    expect((await createTeam({ name: '未来队', foundedOn: '2027-01-01' })).userErrors).toEqual([
      { field: ['foundedOn'], code: 'IN_FUTURE' },
    ]);
    await createTeam({ name: '同名队' });
    expect((await createTeam({ name: '同名队' })).userErrors).toEqual([
      { field: ['name'], code: 'DUPLICATE' },
    ]);
    const bad = testIdCard('1951-04-02', 8);
    const wrongDigit = bad.slice(0, 17) + (bad[17] === '0' ? '1' : '0');
    expect((await createVolunteer({ name: '赵四', idCardNumber: wrongDigit })).userErrors).toEqual([
      { field: ['idCardNumber'], code: 'ID_CARD_CHECK_DIGIT' },
    ]);
    expect(
      (await createVolunteer({ name: '赵四', idCardNumber: '430923510402123' })).userErrors,
    ).toEqual([{ field: ['idCardNumber'], code: 'INVALID_ID_CARD' }]);
    expect((await createVolunteer({ name: ' ', phone: '12' })).userErrors).toEqual(
      expect.arrayContaining([
        { field: ['name'], code: 'REQUIRED' },
        { field: ['phone'], code: 'INVALID' },
      ]),
    );
    expect((await createVolunteer({ memberId: members[1], name: '张三' })).userErrors).toEqual([
      { field: ['name'], code: 'INVALID' },
    ]);
    expect((await createVolunteer({ memberId: members[0] })).userErrors).toEqual([
      { field: ['memberId'], code: 'DUPLICATE' },
    ]);
    expect(await count('volunteer_team')).toBe(teams + 1);
    expect(await count('volunteer')).toBe(volunteers);
  });

  it('records a team’s activity with hours, couplets and donations; the figures, points and ranking follow', async () => {
    const team = (
      await createTeam({
        name: '银耀安化·县直志愿服务队',
        level: 'COUNTY',
        foundedOn: '2020-01-01',
      })
    ).team;
    const a = (await createVolunteer({ memberId: members[1] })).volunteer;
    const b = (await createVolunteer({ name: '刘桂英' })).volunteer;
    await join(team.id, a.id);
    await join(team.id, b.id);
    const before = await figures(2021);
    const activity = await teamActivity(team.id);
    const res = await recordService({
      activityId: activity.id,
      couplets: 150,
      volunteers: [
        { volunteerId: a.id, hours: 2.5 },
        { volunteerId: b.id, hours: 4 },
      ],
      donations: [
        { donor: '刘桂英', amountFen: 50_000 },
        { donor: '县直老干部', amountFen: 1_234_567 },
      ],
      expectedVersion: activity.version,
    });
    expect(res.userErrors).toEqual([]);
    expect(res.activity).toMatchObject({
      version: activity.version + 1,
      organiser: { kind: 'TEAM', team: { id: team.id } },
      volunteerService: {
        category: 'SCIENCE',
        couplets: 150,
        hours: 6.5,
        donationsFen: 1_284_567,
        volunteers: [
          { hours: 4, volunteer: { id: b.id, name: '刘桂英' } },
          { hours: 2.5, volunteer: { id: a.id } },
        ],
        donations: [
          { donor: '刘桂英', amountFen: 50_000 },
          { donor: '县直老干部', amountFen: 1_234_567 },
        ],
      },
    });
    const after = await figures(2021);
    expect(after).toMatchObject({
      activities: before.activities + 1,
      scienceLectures: before.scienceLectures + 1,
      scienceLectureReach: before.scienceLectureReach + 320,
      performances: before.performances,
      beneficiaries: before.beneficiaries + 320,
      couplets: before.couplets + 150,
      donationsFen: before.donationsFen + 1_284_567,
      hours: before.hours + 6.5,
    });

    // A performance counts as one; recording again replaces the lists.
    const show = await teamActivity(team.id, {
      kind: 'PERFORMANCE',
      title: '送戏下乡',
      beneficiaries: 0,
    });
    await recordService({
      activityId: show.id,
      category: 'CULTURE',
      volunteers: [{ volunteerId: a.id, hours: 3 }],
    });
    await recordService({
      activityId: show.id,
      category: 'CULTURE',
      volunteers: [{ volunteerId: a.id, hours: 1.5 }],
    });
    expect(await figures(2021)).toMatchObject({
      activities: before.activities + 2,
      performances: before.performances + 1,
      hours: before.hours + 8,
    });

    const listed = await t.gql(
      `{ activities(first: 10, filter: { organiserKind: TEAM, from: "2021-01-01", to: "2021-12-31" }) {
        totalCount nodes { organiser { kind } } } }`,
    );
    expect(listed.data!.activities.totalCount).toBe(2);
    expect(
      listed.data!.activities.nodes.map((n: { organiser: { kind: string } }) => n.organiser.kind),
    ).toEqual(['TEAM', 'TEAM']);

    const year = `{ year(year: 2021) { hours points activities } }`;
    const standing = await t.gql(
      `query($a: ID!, $t: ID!) {
        a: node(id: $a) { ... on Volunteer ${year} }
        t: node(id: $t) { ... on VolunteerTeam ${year} }
        volunteerSettings { pointsPerHour version }
      }`,
      { a: a.id, t: team.id },
    );
    expect(standing.data!.a.year).toEqual({ hours: 4, points: 4, activities: 2 });
    expect(standing.data!.t.year).toEqual({ hours: 8, points: 8, activities: 2 });
    const settings = await mutate(
      'updateVolunteerSettings',
      { pointsPerHour: 2, expectedVersion: standing.data!.volunteerSettings.version },
      'settings { pointsPerHour }',
    );
    expect(settings).toEqual({ settings: { pointsPerHour: 2 }, userErrors: [] });

    const ranking = await t.gql(
      `{ volunteerRanking(year: 2021, first: 1) { totalCount pageInfo { hasNextPage endCursor }
          nodes { rank hours points activities volunteer { id } } } }`,
    );
    const first = ranking.data!.volunteerRanking;
    expect(first.totalCount).toBeGreaterThanOrEqual(2);
    // Equal hours share a rank; among them the later volunteer comes first.
    expect(first.nodes[0]).toEqual({
      rank: 1,
      hours: 4,
      points: 8,
      activities: 1,
      volunteer: { id: b.id },
    });
    const next = await t.gql(
      `query($after: String!) { volunteerRanking(year: 2021, first: 1, after: $after) { nodes { rank hours volunteer { id } } } }`,
      { after: first.pageInfo.endCursor },
    );
    expect(next.data!.volunteerRanking.nodes).toEqual([
      { rank: 1, hours: 4, volunteer: { id: a.id } },
    ]);
    expect(
      (await mutate('updateVolunteerSettings', { pointsPerHour: 0 }, 'settings { pointsPerHour }'))
        .userErrors,
    ).toEqual([{ field: ['pointsPerHour'], code: 'OUT_OF_RANGE' }]);
  });

  it('refuses bad volunteer records, writing nothing', async () => {
    const team = (await createTeam({ name: '银耀安化·梅城镇志愿服务队', township: '梅城镇' })).team;
    const v = (await createVolunteer({ name: '陈秋生' })).volunteer;
    const activity = await teamActivity(team.id);
    const hours = await count('volunteer_hours');
    const services = await count('volunteer_service');
    const res = await recordService({
      activityId: activity.id,
      couplets: -1,
      volunteers: [
        { volunteerId: v.id, hours: 0 },
        { volunteerId: v.id, hours: 1.25 },
        { volunteerId: v.id, hours: 2 },
        { volunteerId: v.id, hours: 3 },
        { volunteerId: Buffer.from('Volunteer:999999').toString('base64url'), hours: 1 },
      ],
      donations: [{ donor: ' ', amountFen: 0 }],
      expectedVersion: activity.version + 5,
    });
    expect(res.activity).toBeNull();
    expect(res.userErrors).toEqual(
      expect.arrayContaining([
        { field: ['couplets'], code: 'OUT_OF_RANGE' },
        { field: ['volunteers', '0', 'hours'], code: 'OUT_OF_RANGE' },
        { field: ['volunteers', '1', 'hours'], code: 'OUT_OF_RANGE' },
        { field: ['volunteers', '3', 'volunteerId'], code: 'DUPLICATE' },
        { field: ['volunteers', '4', 'volunteerId'], code: 'NOT_FOUND' },
        { field: ['donations', '0', 'donor'], code: 'REQUIRED' },
        { field: ['donations', '0', 'amountFen'], code: 'OUT_OF_RANGE' },
        { field: ['expectedVersion'], code: 'STALE' },
      ]),
    );
    // A branch's meeting has no volunteer side.
    const meeting = (
      await t.gql(
        `{ activities(first: 1, filter: { kind: [BRANCH_MEMBERS_MEETING] }) { nodes { id } } }`,
      )
    ).data!.activities.nodes[0];
    expect((await recordService({ activityId: meeting.id })).userErrors).toEqual([
      { field: ['activityId'], code: 'INVALID' },
    ]);
    expect(await count('volunteer_hours')).toBe(hours);
    expect(await count('volunteer_service')).toBe(services);
  });

  it('leaves a team on a day, not before joining nor twice', async () => {
    const team = (await createTeam({ name: '银耀安化·小淹镇志愿服务队', township: '小淹镇' })).team;
    const v = (await createVolunteer({ name: '周建华' })).volunteer;
    const membership = (await join(team.id, v.id, '2022-04-01')).membership;
    expect((await join(team.id, v.id, '2022-05-01')).userErrors).toEqual([
      { field: ['volunteerId'], code: 'DUPLICATE' },
    ]);
    const leave = (leftOn: string) =>
      mutate(
        'leaveVolunteerTeam',
        { membershipId: membership.id, leftOn },
        'membership { leftOn }',
      );
    expect((await leave('2022-03-01')).userErrors).toEqual([
      { field: ['leftOn'], code: 'TOO_EARLY' },
    ]);
    expect(await leave('2022-10-01')).toEqual({
      membership: { leftOn: '2022-10-01' },
      userErrors: [],
    });
    expect((await leave('2022-11-01')).userErrors).toEqual([
      { field: ['membershipId'], code: 'INVALID_STATE' },
    ]);
    // Left in 2022: counted in 2022, not in 2023.
    const in2023 = await figures(2023);
    const again = (await join(team.id, v.id, '2023-02-01')).membership;
    expect(again.leftOn).toBeNull();
    expect((await figures(2023)).volunteers).toBe(in2023.volunteers + 1);
  });

  it('keeps to reach: a secretary sees no team, records none and gets no team figures', async () => {
    const teams = await t.gql('{ volunteerTeams(first: 5) { totalCount } }', undefined, {
      token: secretary,
    });
    expect(teams.data!.volunteerTeams.totalCount).toBe(0);
    const ranking = await t.gql(
      '{ volunteerRanking(year: 2022, first: 5) { totalCount } }',
      undefined,
      {
        token: secretary,
      },
    );
    expect(ranking.data!.volunteerRanking.totalCount).toBe(0);
    expect(await figures(2022, secretary)).toMatchObject({
      teams: 0,
      activities: 0,
      hours: 0,
      donationsFen: 0,
    });
    expect((await createTeam({ name: '支部自建队' }, secretary)).userErrors).toEqual([
      { field: [], code: 'FORBIDDEN' },
    ]);
    expect((await createVolunteer({ name: '村里老党员' }, secretary)).userErrors).toEqual([
      { field: [], code: 'FORBIDDEN' },
    ]);
    const team = (await t.gql('{ volunteerTeams(first: 1) { nodes { id } } }')).data!.volunteerTeams
      .nodes[0];
    const refused = await mutate(
      'createActivity',
      {
        kind: 'VOLUNTEER_SERVICE',
        title: '义诊',
        startsAt: '2022-05-10T09:00:00+08:00',
        endsAt: '2022-05-10T11:00:00+08:00',
        organiser: { kind: 'TEAM', teamId: team.id },
      },
      'activity { id }',
      secretary,
    );
    expect(refused.userErrors).toEqual([{ field: ['organiser', 'kind'], code: 'FORBIDDEN' }]);
    const node = await t.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: team.id },
      { token: secretary },
    );
    expect(node.data!.node).toBeNull();
  });

  it('loads a ranking page with its volunteers, members and teams in a constant number of statements', async () => {
    const team = (await createTeam({ name: '银耀安化·江南镇志愿服务队', township: '江南镇' })).team;
    const volunteers = [
      (await createVolunteer({ memberId: members[2] })).volunteer,
      (await createVolunteer({ name: '黄春生' })).volunteer,
      (await createVolunteer({ memberId: members[3] })).volunteer,
      (await createVolunteer({ name: '彭冬梅' })).volunteer,
      (await createVolunteer({ memberId: members[4] })).volunteer,
    ];
    for (const v of volunteers) await join(team.id, v.id);
    const activity = await teamActivity(team.id, { kind: 'VOLUNTEER_SERVICE', title: '清洁家园' });
    const recorded = await recordService({
      activityId: activity.id,
      category: 'CIVILISED_CITY',
      volunteers: volunteers.map((v, i) => ({ volunteerId: v.id, hours: 12 - i })),
    });
    expect(recorded.userErrors).toEqual([]);
    const page = (n: number) => `{ volunteerRanking(year: 2021, first: ${n}) {
      nodes { rank hours volunteer { name member { name } memberships { team { name } } year(year: 2021) { points } } } } }`;
    const statements = async (query: string) => {
      let errors: unknown;
      const counted = await t.db.countStatements(async () => {
        errors = (await t.gql(query)).errors;
      });
      expect(errors).toBeUndefined();
      return counted.count;
    };
    await t.adminToken();
    // The first two are a member of the roster and a person not on it; the last page has 7.
    const two = await statements(page(2));
    expect(await statements(page(50))).toBe(two);
    // The page, then one each: volunteers, members, memberships, teams, years.
    expect(two).toBe(6);
  });
});
