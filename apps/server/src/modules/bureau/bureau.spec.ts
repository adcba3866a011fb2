import ExcelJS from 'exceljs';
import { sql } from '../../kernel/db/sql';
import { toGlobalId } from '../../kernel/global-id';
import { inSubtree } from '../../kernel/access/subtree';
import { startTestApp, type TestApp } from '../../test/harness';
import { DEMO_PASSWORD } from '../user/accounts-seed';
import { twoCounties, type BureauRef, type CountyTokens } from '../../test/two-counties';

/**
 * Two counties of one city with data (`twoCounties`). A county's accounts see their county only;
 * the city's see both, and its figures are theirs added up.
 */
describe('bureau-scoped accounts', () => {
  let t: TestApp;
  let anhua: BureauRef;
  let taojiang: BureauRef;
  let city: BureauRef;
  let moved: { key: number; path: string };
  let token: CountyTokens;
  let taojiangApiToken: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    ({ anhua, taojiang, city, moved, token } = await twoCounties(t));
    const res = await t.gql(
      `mutation { createApiToken(input: { name: "桃江 roster", scopes: [MEMBERS_READ, VISITS_READ, FUNDING_READ] }) {
        secret userErrors { code } } }`,
      undefined,
      { token: token.taojiang },
    );
    taojiangApiToken = res.data!.createApiToken.secret;
  }, 120_000);
  afterAll(() => t.stop());

  const count = async (field: string, who: string) => {
    const res = await t.gql(`{ ${field}(first: 1) { totalCount } }`, undefined, { token: who });
    expect(res.errors).toBeUndefined();
    return res.data![field].totalCount as number;
  };

  const STATS = `query($bureauId: ID) { countyStats(year: 2025, bureauId: $bureauId) {
    frozenAt organisation { generalBranches branches } members { active deceased }
    coverage { total { tasks } } funding { total { amountFen } } volunteering { teams } } }`;
  const stats = async (who: string, bureauId?: string) => {
    const res = await t.gql(STATS, { bureauId }, { token: who });
    expect(res.errors).toBeUndefined();
    return res.data!.countyStats;
  };

  it('each county admin sees their county’s branches, members and lines, none of the other’s', async () => {
    const [{ n: movedBranches }] = await t.db.run(
      sql`SELECT count(*)::int AS n FROM branch d WHERE ${inSubtree('d', moved.path)} AND d.archived_at IS NULL`,
    );
    const all = await count('branches', token.province);
    expect(await count('branches', token.taojiang)).toBe(movedBranches);
    expect(await count('branches', token.anhua)).toBe(all - Number(movedBranches));
    expect(await count('branches', token.city)).toBe(all);

    const members = await count('members', token.province);
    const a = await count('members', token.anhua);
    const b = await count('members', token.taojiang);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(a + b).toBe(members);
    expect(await count('members', taojiangApiToken)).toBe(b);

    for (const list of ['budgets', 'activities', 'visitTasks']) {
      const whole = await count(list, token.province);
      expect((await count(list, token.anhua)) + (await count(list, token.taojiang))).toBe(whole);
    }
  });

  it('a member or branch of the other county behaves as missing, by id and in nodes', async () => {
    const [member] = await t.db.run(sql`
      SELECT m.id FROM member m JOIN branch b ON b.id = m.branch_id WHERE b.bureau_id = ${anhua.key} LIMIT 1`);
    const memberId = toGlobalId('Member', Number(member.id));
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const ids = [memberId, toGlobalId('Branch', moved.key)];
    const there = await t.gql(query, { ids }, { token: token.taojiang });
    expect(there.data!.nodes).toEqual([null, { id: ids[1] }]);
    const here = await t.gql(query, { ids }, { token: token.anhua });
    expect(here.data!.nodes).toEqual([{ id: memberId }, null]);
    const res = await t.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: memberId },
      { token: taojiangApiToken },
    );
    expect(res.data!.node).toBeNull();
  });

  it('countyStats and coverage are the county’s; the city’s are its counties’ added up', async () => {
    const a = await stats(token.anhua);
    const b = await stats(token.taojiang);
    const c = await stats(token.city);
    expect(b.organisation.generalBranches).toBe(1);
    expect(a.organisation.generalBranches + 1).toBe(c.organisation.generalBranches);
    const add = (x: number, y: number) => x + y;
    expect(add(a.organisation.branches, b.organisation.branches)).toBe(c.organisation.branches);
    expect(add(a.members.active, b.members.active)).toBe(c.members.active);
    expect(add(a.members.deceased, b.members.deceased)).toBe(c.members.deceased);
    expect(add(a.coverage.total.tasks, b.coverage.total.tasks)).toBe(c.coverage.total.tasks);
    expect(b.coverage.total.tasks).toBeGreaterThan(0);
    expect(add(a.funding.total.amountFen, b.funding.total.amountFen)).toBe(
      c.funding.total.amountFen,
    );
    // The county's own records (the demo's volunteer teams) are Anhua's.
    expect(b.volunteering.teams).toBe(0);
    expect(a.volunteering.teams).toBe(c.volunteering.teams);

    // The city narrowed to one county sees what that county's admin sees; a county cannot
    // narrow to the other (it behaves as missing).
    expect(await stats(token.city, taojiang.id)).toEqual(b);
    expect(await stats(token.province, anhua.id)).toEqual(a);
    const refused = await t.gql(STATS, { bureauId: anhua.id }, { token: token.taojiang });
    expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND');

    const coverage = `query($bureauId: ID) { visitCoverage(year: 2025, bureauId: $bureauId) {
      total { tasks } byBranch { branch { id } } } }`;
    const there = await t.gql(coverage, {}, { token: token.taojiang });
    expect(there.data!.visitCoverage.total.tasks).toBe(b.coverage.total.tasks);
    expect(there.data!.visitCoverage.byBranch).toEqual([
      { branch: { id: toGlobalId('Branch', moved.key) } },
    ]);
  });

  it('a frozen year is the county’s: the other county and the city still count live', async () => {
    const before = await stats(token.taojiang);
    const freeze = await t.gql(
      `mutation { freezeCountyStats(year: 2025) { countyStats { frozenAt } userErrors { field code } } }`,
      undefined,
      { token: token.city },
    );
    expect(freeze.data!.freezeCountyStats.userErrors).toEqual([
      { field: ['bureauId'], code: 'REQUIRED' },
    ]);
    const frozen = await t.gql(
      `mutation { freezeCountyStats(year: 2025) { countyStats { frozenAt } userErrors { field code } } }`,
      undefined,
      { token: token.anhua },
    );
    expect(frozen.data!.freezeCountyStats.userErrors).toEqual([]);
    expect((await stats(token.anhua)).frozenAt).not.toBeNull();
    expect(await stats(token.taojiang)).toEqual(before);
    expect((await stats(token.city)).frozenAt).toBeNull();
  });

  it('every spreadsheet export holds the caller’s county only', async () => {
    const rows = async (path: string, who: string) => {
      const response = await t.http(path, { headers: { authorization: `Bearer ${who}` } });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      return workbook.worksheets[0].rowCount - 1;
    };
    // The moved general branch's members and their tasks are Taojiang's alone; a few other rows
    // are both counties' (a payment from one county's line to a member of the other is seen by
    // the line's county and by the member's).
    const exact = ['/api/members/export.xlsx', '/api/visit-tasks/export.xlsx'];
    for (const path of [
      ...exact,
      '/api/visits/export.xlsx',
      '/api/activities/export.xlsx',
      '/api/disbursements/export.xlsx',
    ]) {
      const [whole, a, b, c] = await Promise.all(
        [token.province, token.anhua, token.taojiang, token.city].map((who) => rows(path, who)),
      );
      expect({ path, taojiang: b > 0 && b < whole, anhua: a > 0 && a < whole, city: c }).toEqual({
        path,
        taojiang: true,
        anhua: true,
        city: whole,
      });
      if (exact.includes(path)) expect(a + b).toBe(whole);
      else expect(a + b).toBeGreaterThanOrEqual(whole);
    }
  }, 180_000);

  it('writes stay within the county: records are stamped with it, the other’s are missing', async () => {
    const team = await t.gql(
      `mutation { createVolunteerTeam(input: { name: "桃江县老干部志愿服务队", level: COUNTY }) {
        team { id } userErrors { field code } } }`,
      undefined,
      { token: token.taojiang },
    );
    expect(team.data!.createVolunteerTeam.userErrors).toEqual([]);
    expect(await count('volunteerTeams', token.taojiang)).toBe(1);
    const anhuaTeams = await count('volunteerTeams', token.anhua);
    expect(await count('volunteerTeams', token.city)).toBe(anhuaTeams + 1);

    // The city must name the county; naming one it does not reach is as good as none existing.
    const line = (who: string, bureauId?: string) =>
      t.gql(
        `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { budget { id } userErrors { field code } } }`,
        {
          input: { year: 2026, category: 'OTHER', name: '桃江县慰问金', amountFen: 100, bureauId },
        },
        { token: who },
      );
    expect((await line(token.city)).data!.createBudget.userErrors).toEqual([
      { field: ['bureauId'], code: 'REQUIRED' },
    ]);
    expect((await line(token.anhua, taojiang.id)).data!.createBudget.userErrors).toEqual([
      { field: ['bureauId'], code: 'NOT_FOUND' },
    ]);
    expect((await line(token.city, city.id)).data!.createBudget.userErrors).toEqual([
      { field: ['bureauId'], code: 'INVALID' },
    ]);
    expect((await line(token.city, taojiang.id)).data!.createBudget.userErrors).toEqual([]);
    const [stamped] = await t.db.run(sql`SELECT bureau_id FROM budget WHERE name = '桃江县慰问金'`);
    expect(Number(stamped.bureau_id)).toBe(taojiang.key);

    // A member of Anhua cannot be written to by Taojiang's admin.
    const [member] = await t.db.run(sql`
      SELECT m.id FROM member m JOIN branch b ON b.id = m.branch_id
      WHERE b.bureau_id = ${anhua.key} AND m.status = 'ACTIVE' LIMIT 1`);
    const update = await t.gql(
      `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { userErrors { field code } } }`,
      { input: { id: toGlobalId('Member', Number(member.id)), phone: '13900000000' } },
      { token: token.taojiang },
    );
    expect(update.data!.updateMember.userErrors).toEqual([{ field: ['id'], code: 'NOT_FOUND' }]);
    const move = await t.gql(
      `mutation($input: MoveBranchInput!) { moveBranch(input: $input) { userErrors { field code } } }`,
      {
        input: {
          id: toGlobalId('Branch', moved.key),
          parentId: toGlobalId('Branch', Number((await anhuaGeneral()).id)),
        },
      },
      { token: token.city },
    );
    expect(move.data!.moveBranch.userErrors).toEqual([{ field: ['parentId'], code: 'INVALID' }]);
  });

  const anhuaGeneral = async () =>
    (
      await t.db.run(sql`
        SELECT id FROM branch WHERE kind = 'GENERAL_BRANCH' AND bureau_id = ${anhua.key} LIMIT 1`)
    )[0];

  it('accounts: a county admin makes accounts within the county only, and sees only those', async () => {
    const create = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { field code } } }`,
        { input: { displayName: 'x', password: DEMO_PASSWORD, role: 'VIEWER', ...input } },
        { token: token.taojiang },
      );
    expect(
      (await create({ username: 'tj-city', bureauId: city.id })).data!.createUser.userErrors,
    ).toEqual([{ field: ['bureauId'], code: 'NOT_FOUND' }]);
    const secretary = await create({
      username: 'tj-anhua-secretary',
      role: 'SECRETARY',
      branchId: toGlobalId('Branch', Number((await anhuaGeneral()).id)),
    });
    expect(secretary.data!.createUser.userErrors).toEqual([
      { field: ['branchId'], code: 'NOT_FOUND' },
    ]);
    expect((await create({ username: 'tj-viewer' })).data!.createUser.userErrors).toEqual([]);
    const [viewer] = await t.db.run(
      sql`SELECT bureau_id FROM app_user WHERE username = 'tj-viewer'`,
    );
    expect(Number(viewer.bureau_id)).toBe(taojiang.key);

    const users = async (who: string) => {
      const res = await t.gql(`{ users(first: 100) { nodes { username } } }`, undefined, {
        token: who,
      });
      return res.data!.users.nodes.map((u: { username: string }) => u.username).sort();
    };
    expect(await users(token.taojiang)).toEqual(['taojiang', 'tj-viewer']);
    // The demo's secretary (shuji) keeps a branch of Anhua, so the city reaches the account.
    expect(await users(token.city)).toEqual(['anhua', 'shuji', 'taojiang', 'tj-viewer', 'yiyang']);
    expect((await users(token.province)).length).toBeGreaterThan(4);

    const viewerQuery = `{ viewer { bureau { name level code parent { name } children { name } } } }`;
    const me = await t.gql(viewerQuery, undefined, { token: token.city });
    expect(me.data!.viewer.bureau).toEqual({
      name: '益阳市',
      level: 'CITY',
      code: '430900',
      parent: null,
      children: [{ name: '桃江县' }, { name: '安化县' }],
    });
    const province = await t.gql(viewerQuery, undefined, { token: token.province });
    expect(province.data!.viewer.bureau).toBeNull();
  });

  it('an account shows the bureau it reaches; a secretary made admin keeps their county', async () => {
    const [branch] = await t.db.run(
      sql`SELECT id FROM branch WHERE bureau_id = ${taojiang.key} ORDER BY id LIMIT 1`,
    );
    const made = await t.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) {
        user { id version bureau { name } } userErrors { field code } } }`,
      {
        input: {
          username: 'tj-secretary',
          displayName: 'x',
          password: DEMO_PASSWORD,
          role: 'SECRETARY',
          branchId: toGlobalId('Branch', Number(branch.id)),
        },
      },
      { token: token.taojiang },
    );
    const { user } = made.data!.createUser;
    expect(user.bureau).toEqual({ name: '桃江县' });
    const promoted = await t.gql(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) {
        user { bureau { name } branch { id } } userErrors { field code } } }`,
      {
        // Only what changes: the name left out is kept (and not too long).
        input: { id: user.id, expectedVersion: user.version, role: 'ADMIN', branchId: null },
      },
      { token: token.taojiang },
    );
    expect(promoted.data!.updateUser).toEqual({
      user: { bureau: { name: '桃江县' }, branch: null },
      userErrors: [],
    });
    // Not the whole province: the county stays the account's reach.
    const [row] = await t.db.run(
      sql`SELECT bureau_id FROM app_user WHERE username = 'tj-secretary'`,
    );
    expect(Number(row.bureau_id)).toBe(taojiang.key);
    const list = await t.gql(
      `{ users(first: 100) { nodes { username bureau { name } } } }`,
      undefined,
      {
        token: token.city,
      },
    );
    const bureauOf = (username: string) =>
      list.data!.users.nodes.find((u: { username: string }) => u.username === username).bureau;
    expect(bureauOf('yiyang')).toEqual({ name: '益阳市' });
    expect(bureauOf('shuji')).toEqual({ name: '安化县' });
  });

  it('the bureaus query lists the bureaus in reach, by code', async () => {
    const list = async (who: string) => {
      const res = await t.gql(`{ bureaus(first: 10) { totalCount nodes { name } } }`, undefined, {
        token: who,
      });
      return res.data!.bureaus;
    };
    expect(await list(token.province)).toEqual({
      totalCount: 4,
      nodes: [{ name: '湖南省' }, { name: '益阳市' }, { name: '桃江县' }, { name: '安化县' }],
    });
    expect(await list(token.taojiang)).toEqual({ totalCount: 1, nodes: [{ name: '桃江县' }] });
  });

  it('a changed bureau reaches a known caller at once (the cache is told)', async () => {
    const before = await count('members', taojiangApiToken);
    await t.db.run(sql`UPDATE api_token SET bureau_id = ${anhua.key} WHERE name = '桃江 roster'`);
    for (let i = 0; i < 100 && (await count('members', taojiangApiToken)) === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await count('members', taojiangApiToken)).toBe(await count('members', token.anhua));
  });
});
