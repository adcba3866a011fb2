import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

const ROLES = `communityBranchSecretaries communityBranchCommittee studioMembers nextGenerationCommittee
  parentSchoolTeachers lecturers studios studioCases`;

describe('community roles (社会任职) and the 五老工作室', () => {
  let t: TestApp;
  let secretary: string;
  let own: string[];
  let other: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretary = await t.login('shuji');
    own = (
      await t.gql('{ members(first: 3) { nodes { id } } }', undefined, { token: secretary })
    ).data!.members.nodes.map((m: { id: string }) => m.id);
    const ownBranches = (
      await t.gql('{ branches(first: 100) { nodes { id } } }', undefined, { token: secretary })
    ).data!.branches.nodes.map((b: { id: string }) => b.id);
    const branches = (
      await t.gql(
        '{ branches(first: 100, filter: { kind: BRANCH }) { nodes { id members(first: 1) { nodes { id } } } } }',
      )
    ).data!.branches.nodes as { id: string; members: { nodes: { id: string }[] } }[];
    other = branches.find((b) => !ownBranches.includes(b.id) && b.members.nodes.length)!.members
      .nodes[0].id;
  });
  afterAll(() => t.stop());

  const figures = async (year: number, token?: string) =>
    (
      await t.gql(
        `{ countyStats(year: ${year}) { roles { ${ROLES} } } }`,
        undefined,
        token ? { token } : {},
      )
    ).data!.countyStats.roles;

  const add = async (input: Record<string, unknown>, token?: string) =>
    (
      await t.gql(
        `mutation($input: AddMemberRoleInput!) { addMemberRole(input: $input) {
          role { id kind organisation title startedOn endedOn version member { id } studio { id name } }
          userErrors { field code } } }`,
        { input },
        token ? { token } : {},
      )
    ).data!.addMemberRole;

  it('has the report’s 2022 figures: 20 community branch secretaries and 28 committee members', async () => {
    const stats = await figures(2022);
    process.stdout.write(`demo roles 2022: ${JSON.stringify(stats)}\n`);
    expect(stats).toMatchObject({
      communityBranchSecretaries: 20,
      communityBranchCommittee: 28,
      studios: 6,
    });
    expect(stats.studioMembers).toBeGreaterThan(0);
    expect(stats.studioCases).toBeGreaterThan(0);
  });

  it('records a role of a member; the figures and the member’s 社会任职 follow', async () => {
    const before = await figures(2022);
    const res = await add(
      {
        memberId: own[0],
        kind: 'COMMUNITY_BRANCH_SECRETARY',
        organisation: ' 东坪镇城东社区锦绣小区党支部 ',
        startedOn: '2021-03-01',
      },
      secretary,
    );
    expect(res.userErrors).toEqual([]);
    expect(res.role).toMatchObject({
      kind: 'COMMUNITY_BRANCH_SECRETARY',
      organisation: '东坪镇城东社区锦绣小区党支部',
      endedOn: null,
      member: { id: own[0] },
      studio: null,
    });
    expect((await figures(2022)).communityBranchSecretaries).toBe(
      before.communityBranchSecretaries + 1,
    );
    const ended = await t.gql(
      `mutation($input: EndMemberRoleInput!) { endMemberRole(input: $input) { role { endedOn version } userErrors { field code } } }`,
      { input: { roleId: res.role.id, endedOn: '2021-12-31', expectedVersion: res.role.version } },
      { token: secretary },
    );
    expect(ended.data!.endMemberRole).toEqual({
      role: { endedOn: '2021-12-31', version: 2 },
      userErrors: [],
    });
    // Ended before 2022: no longer counted in 2022, still in 2021.
    expect((await figures(2022)).communityBranchSecretaries).toBe(
      before.communityBranchSecretaries,
    );
    const member = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Member { roles { id kind endedOn } } } }`,
      { id: own[0] },
      { token: secretary },
    );
    expect(member.data!.node.roles).toContainEqual({
      id: res.role.id,
      kind: 'COMMUNITY_BRANCH_SECRETARY',
      endedOn: '2021-12-31',
    });
  });

  it('keeps studios with their members and the cases of each year', async () => {
    const created = await t.gql(
      `mutation { createEldersStudio(input: { name: "仙溪镇五老工作室", township: "仙溪镇", foundedOn: "2020-05-04" }) {
        studio { id name } userErrors { field code } } }`,
    );
    const studio = created.data!.createEldersStudio.studio;
    const before = await figures(2022);
    const cases = await t.gql(
      `mutation($id: ID!) { recordStudioCases(input: { studioId: $id, year: 2022, cases: 37 }) { userErrors { field code } } }`,
      { id: studio.id },
    );
    expect(cases.data!.recordStudioCases.userErrors).toEqual([]);
    expect(
      (
        await add({
          memberId: own[1],
          kind: 'ELDERS_STUDIO',
          studioId: studio.id,
          startedOn: '2020-05-04',
        })
      ).userErrors,
    ).toEqual([]);
    const after = await figures(2022);
    expect(after.studioCases).toBe(before.studioCases + 37);
    expect(after.studioMembers).toBe(before.studioMembers + 1);
    const read = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on EldersStudio { name cases(year: 2022) members { member { id } } } } }`,
      { id: studio.id },
    );
    expect(read.data!.node).toEqual({
      name: '仙溪镇五老工作室',
      cases: 37,
      members: [{ member: { id: own[1] } }],
    });
  });

  it('refuses bad roles with field and code, writing nothing', async () => {
    const [before] = await t.db.run(sql`SELECT count(*)::int AS n FROM member_role`);
    expect(
      (
        await add(
          { memberId: own[0], kind: 'LECTURER', organisation: ' ', startedOn: '2027-01-01' },
          secretary,
        )
      ).userErrors,
    ).toEqual(
      expect.arrayContaining([
        { field: ['organisation'], code: 'REQUIRED' },
        { field: ['startedOn'], code: 'IN_FUTURE' },
      ]),
    );
    expect(
      (
        await add({
          memberId: own[0],
          kind: 'ELDERS_STUDIO',
          organisation: '某单位',
          startedOn: '2022-01-01',
        })
      ).userErrors,
    ).toEqual(
      expect.arrayContaining([
        { field: ['studioId'], code: 'REQUIRED' },
        { field: ['organisation'], code: 'INVALID' },
      ]),
    );
    expect(
      (
        await add({
          memberId: own[0],
          kind: 'LECTURER',
          organisation: '宣讲团',
          startedOn: '2022-01-01',
          endedOn: '2021-01-01',
        })
      ).userErrors,
    ).toEqual([{ field: ['endedOn'], code: 'TOO_EARLY' }]);
    // A member out of the secretary's reach is as good as missing.
    expect(
      (
        await add(
          { memberId: other, kind: 'LECTURER', organisation: '宣讲团', startedOn: '2022-01-01' },
          secretary,
        )
      ).userErrors,
    ).toEqual([{ field: ['memberId'], code: 'NOT_FOUND' }]);
    const [after] = await t.db.run(sql`SELECT count(*)::int AS n FROM member_role`);
    expect(after.n).toBe(before.n);
  });

  it('keeps to reach: a secretary counts the roles of their members only, and no studio', async () => {
    const county = await figures(2022);
    const branch = await figures(2022, secretary);
    expect(branch.studios).toBe(0);
    expect(branch.communityBranchSecretaries + branch.communityBranchCommittee).toBeLessThan(
      county.communityBranchSecretaries + county.communityBranchCommittee,
    );
    const [row] = await t.db.run(sql`
      SELECT count(DISTINCT r.member_id)::int AS n FROM member_role r JOIN member m ON m.id = r.member_id
      JOIN branch b ON b.id = m.branch_id JOIN app_user u ON u.username = 'shuji'
      JOIN branch s ON s.id = u.branch_id
      WHERE r.kind = 'COMMUNITY_BRANCH_COMMITTEE' AND b.path ~>=~ s.path AND b.path ~<~ (left(s.path, -1) || '0')
        AND r.started_on <= '2022-12-31' AND (r.ended_on IS NULL OR r.ended_on >= '2022-01-01')`);
    expect(branch.communityBranchCommittee).toBe(row.n);
    expect(
      (await t.gql('{ eldersStudios(first: 5) { totalCount } }', undefined, { token: secretary }))
        .data!.eldersStudios.totalCount,
    ).toBe(0);
  });
});
