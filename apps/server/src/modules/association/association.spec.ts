import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

const FIGURES = 'associations members activities performances exhibitions competitions awards';
const NINE = [
  '“夕阳红”合唱团',
  '梅山诗社',
  '京剧票友协会',
  '老年书画协会',
  '太极拳协会',
  '老摄影家协会',
  '门球协会',
  '钓鱼协会',
  '毛泽东思想学会',
];

describe('associations (老年社会团体): members, activities and awards', () => {
  let t: TestApp;
  let secretary: string;
  let members: string[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretary = await t.login('shuji');
    members = (await t.gql('{ members(first: 3) { nodes { id } } }')).data!.members.nodes.map(
      (m: { id: string }) => m.id,
    );
  });
  afterAll(() => t.stop());

  const figures = async (year: number, token?: string) =>
    (
      await t.gql(
        `{ countyStats(year: ${year}) { associations { ${FIGURES} } } }`,
        undefined,
        token ? { token } : {},
      )
    ).data!.countyStats.associations;
  const run = async (
    mutation: string,
    input: Record<string, unknown>,
    fields: string,
    token?: string,
  ) => {
    const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
    return (
      await t.gql(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { ${fields} userErrors { field code } } }`,
        { input },
        token ? { token } : {},
      )
    ).data![mutation];
  };

  it('holds the nine associations of the report, each led and with members, and their 2022 activities', async () => {
    const res = await t.gql(`{ associations(first: 20) { totalCount nodes { name memberCount
      memberships(current: true) { role } year(year: 2022) { activities awards } } } }`);
    const list = res.data!.associations;
    expect(list.nodes.map((a: { name: string }) => a.name).sort()).toEqual([...NINE].sort());
    for (const a of list.nodes) {
      expect(a.memberCount).toBeGreaterThanOrEqual(25);
      expect(a.memberships[0].role).toBe('PRESIDENT');
      expect(a.year.activities).toBeGreaterThan(0);
    }
    const stats = await figures(2022);
    process.stdout.write(`demo associations 2022: ${JSON.stringify(stats)}\n`);
    expect(stats).toMatchObject({
      associations: 9,
      performances: 12,
      exhibitions: 9,
      competitions: 10,
    });
    expect(stats.awards).toBeGreaterThan(0);
  });

  it('records an association with members, a competition and its awards; the figures follow', async () => {
    const before = await figures(2022);
    const association = (
      await run(
        'createAssociation',
        { name: '老年象棋协会', foundedOn: '2019-06-01' },
        'association { id name }',
      )
    ).association;
    const join = (memberId: string, role: string, joinedOn = '2020-01-01') =>
      run(
        'joinAssociation',
        { associationId: association.id, memberId, role, joinedOn },
        'membership { id role leftOn member { id } }',
      );
    const president = await join(members[0], 'PRESIDENT');
    expect(president.userErrors).toEqual([]);
    expect((await join(members[1], 'MEMBER')).userErrors).toEqual([]);
    expect((await join(members[1], 'MEMBER')).userErrors).toEqual([
      { field: ['memberId'], code: 'DUPLICATE' },
    ]);
    const created = await run(
      'createActivity',
      {
        kind: 'COMPETITION',
        title: '老年象棋比赛',
        startsAt: '2022-09-20T09:00:00+08:00',
        endsAt: '2022-09-20T16:00:00+08:00',
        organiser: { kind: 'ASSOCIATION', associationId: association.id },
      },
      'activity { id version organiser { kind association { name } } }',
    );
    expect(created.activity.organiser).toEqual({
      kind: 'ASSOCIATION',
      association: { name: '老年象棋协会' },
    });
    const awarded = await run(
      'recordAwards',
      {
        activityId: created.activity.id,
        awards: [
          { award: '市老年象棋赛 团体第一名', level: 'CITY', recipient: '老年象棋协会' },
          { award: '省老年象棋赛 个人三等奖', level: 'PROVINCIAL' },
        ],
        expectedVersion: created.activity.version,
      },
      'activity { awards { award level recipient } }',
    );
    expect(awarded.userErrors).toEqual([]);
    expect(awarded.activity.awards).toEqual([
      { award: '市老年象棋赛 团体第一名', level: 'CITY', recipient: '老年象棋协会' },
      { award: '省老年象棋赛 个人三等奖', level: 'PROVINCIAL', recipient: null },
    ]);
    const own = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Association {
        inYear: activities(year: 2022, first: 5) { totalCount nodes { title awards { level } } }
        otherYear: activities(year: 2023, first: 5) { totalCount }
        all: activities(first: 5) { totalCount } } } }`,
      { id: association.id },
    );
    expect(own.data!.node).toEqual({
      inYear: {
        totalCount: 1,
        nodes: [{ title: '老年象棋比赛', awards: [{ level: 'CITY' }, { level: 'PROVINCIAL' }] }],
      },
      otherYear: { totalCount: 0 },
      all: { totalCount: 1 },
    });
    expect(await figures(2022)).toMatchObject({
      associations: before.associations + 1,
      activities: before.activities + 1,
      competitions: before.competitions + 1,
      awards: before.awards + 2,
    });
    const left = await run(
      'leaveAssociation',
      { membershipId: president.membership.id, leftOn: '2019-01-01' },
      'membership { leftOn }',
    );
    expect(left.userErrors).toEqual([{ field: ['leftOn'], code: 'TOO_EARLY' }]);
    const member = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Member { associations { role association { name } } } } }`,
      {
        id: members[0],
      },
    );
    expect(member.data!.node.associations).toContainEqual({
      role: 'PRESIDENT',
      association: { name: '老年象棋协会' },
    });
  });

  it('refuses bad input, writing nothing, and keeps to reach', async () => {
    const [before] = await t.db.run(sql`SELECT count(*)::int AS n FROM activity_award`);
    const meeting = (
      await t.gql(
        `{ activities(first: 1, filter: { kind: [BRANCH_MEMBERS_MEETING] }) { nodes { id } } }`,
      )
    ).data!.activities.nodes[0];
    expect(
      (
        await run(
          'recordAwards',
          { activityId: meeting.id, awards: [{ award: ' ', level: 'CITY' }] },
          'activity { id }',
        )
      ).userErrors,
    ).toEqual(
      expect.arrayContaining([
        { field: ['awards', '0', 'award'], code: 'REQUIRED' },
        { field: ['activityId'], code: 'INVALID' },
      ]),
    );
    expect(
      (await run('createAssociation', { name: '梅山诗社' }, 'association { id }')).userErrors,
    ).toEqual([{ field: ['name'], code: 'DUPLICATE' }]);
    expect(
      (await run('createAssociation', { name: '支部自建协会' }, 'association { id }', secretary))
        .userErrors,
    ).toEqual([{ field: [], code: 'FORBIDDEN' }]);
    const [after] = await t.db.run(sql`SELECT count(*)::int AS n FROM activity_award`);
    expect(after.n).toBe(before.n);
    expect(
      (await t.gql('{ associations(first: 5) { totalCount } }', undefined, { token: secretary }))
        .data!.associations.totalCount,
    ).toBe(0);
    expect(await figures(2022, secretary)).toMatchObject({
      associations: 0,
      members: 0,
      activities: 0,
      awards: 0,
    });
  });

  it('loads the console’s list with leaders, members and the year in a constant number of statements', async () => {
    const page = (n: number) => `{ associations(first: ${n}) { totalCount nodes { name memberCount
      current: memberships(current: true) { role member { name } } year(year: 2022) { activities awards } } } }`;
    const statements = async (query: string) => {
      let errors: unknown;
      const counted = await t.db.countStatements(async () => {
        errors = (await t.gql(query)).errors;
      });
      expect(errors).toBeUndefined();
      return counted.count;
    };
    await t.adminToken();
    expect(await statements(page(9))).toBe(await statements(page(2)));
  });
});
