import { randomUUID } from 'node:crypto';
import { sql } from '../../kernel/db/sql';
import { keyOf, toGlobalId } from '../../kernel/global-id';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/harness';
import { holidayDate, Holiday } from '../visit/occasions';

const CAMPAIGN = `id status plannedMemberCount plannedTotalFen committedFen paidFen version canApprove
  approvedBy rules { retirementType minAge tag gift amountFen }`;
const BUDGET = 'id amountFen committedFen paidFen remainingFen';
const ERRORS = 'userErrors { field code message params }';
const YEAR = 2026;
const OCCURRENCE = `DOUBLE_NINTH:${YEAR}`;
const HOLIDAY_DATE = holidayDate(Holiday.DOUBLE_NINTH, YEAR);

/** The standard of the tests: 离休 first, then 90 and over, then hardship, then everyone. */
const RULES = [
  { retirementType: 'LIXIU', gift: '慰问品（离休）', amountFen: 100_000 },
  { minAge: 90, gift: '慰问品（高龄）', amountFen: 80_000 },
  { tag: '困难', gift: '慰问品（困难）', amountFen: 50_000 },
  { gift: '慰问品', amountFen: 30_000 },
];

describe('campaigns (慰问活动)', () => {
  let t: TestApp;
  let approver: string;
  let secretary: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const created =
      await t.gql(`mutation { createUser(input: { username: "shenpi", displayName: "审批人",
      role: ADMIN, password: "wanxia2022-approve" }) { userErrors { code } } }`);
    expect(created.data!.createUser.userErrors).toEqual([]);
    approver = await t.login('shenpi', 'wanxia2022-approve');
    secretary = await t.login('shuji');
  });
  afterAll(() => t.stop());

  const count = async (statement: ReturnType<typeof sql>) =>
    Number((await t.db.run(statement))[0].n);

  let lines = 0;
  async function line(amountFen: number) {
    const res = await t.gql(
      `mutation { createBudget(input: { year: ${YEAR}, category: ASSISTANCE, name: "重阳慰问 ${++lines}",
        amountFen: ${amountFen} }) { budget { ${BUDGET} } ${ERRORS} } }`,
    );
    expect(res.data!.createBudget.userErrors).toEqual([]);
    return res.data!.createBudget.budget;
  }
  const budgetOf = async (id: string) =>
    (await t.gql(`query($id: ID!) { node(id: $id) { ... on Budget { ${BUDGET} } } }`, { id })).data!
      .node;
  async function plan(budgetId: string, startsOn = '2026-06-01') {
    const res = await t.gql(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { ${CAMPAIGN} } ${ERRORS} } }`,
      {
        input: {
          name: `${YEAR} 年重阳节慰问`,
          occasion: 'HOLIDAY',
          holiday: 'DOUBLE_NINTH',
          year: YEAR,
          startsOn,
          endsOn: '2026-10-31',
          budgetId,
          rules: RULES,
        },
      },
    );
    expect(res.data!.createCampaign.userErrors).toEqual([]);
    return res.data!.createCampaign.campaign;
  }
  const act = async (action: string, id: string, token?: string) =>
    (
      await t.gql(
        `mutation($id: ID!) { ${action}(input: { id: $id }) { campaign { ${CAMPAIGN} } ${ERRORS} } }`,
        { id },
        { token },
      )
    ).data![action];

  /** What the standard gives the county's current members, counted by SQL of its own. */
  async function expectedPlan() {
    const [row] = await t.db.run(sql`
      SELECT count(*)::int AS n, sum(CASE
        WHEN retirement_type = 'LIXIU' THEN 100000
        WHEN date_part('year', age(${HOLIDAY_DATE}::date, birth_date)) >= 90 THEN 80000
        WHEN '困难' = ANY(tags) THEN 50000
        ELSE 30000 END)::bigint AS fen
      FROM member WHERE status = 'ACTIVE'`);
    return { memberCount: Number(row.n), totalFen: Number(row.fen) };
  }

  let campaign: { id: string; plannedTotalFen: number; version: number; rules: unknown[] };
  let budget: { id: string };
  /** Holiday visits on the test's day before any campaign recorded one. */
  let holidayVisitsBefore: number;
  const holidayVisitsToday = async () =>
    (
      await t.gql(
        `{ visits(filter: { occasion: [HOLIDAY], visitedFrom: "2026-06-15", visitedTo: "2026-06-15" }) { totalCount } }`,
      )
    ).data!.visits.totalCount as number;

  it('plans with the standard live, refuses its planner’s approval, and commits on a second admin’s', async () => {
    holidayVisitsBefore = await holidayVisitsToday();
    budget = await line(1_000_000_000);
    campaign = await plan(budget.id);
    const expected = await expectedPlan();
    expect(campaign).toMatchObject({
      status: 'DRAFT',
      plannedMemberCount: expected.memberCount,
      plannedTotalFen: expected.totalFen,
      committedFen: 0,
      canApprove: false,
    });
    expect(campaign.rules[1]).toEqual({
      retirementType: null,
      minAge: 90,
      tag: null,
      gift: '慰问品（高龄）',
      amountFen: 80_000,
    });
    const own = await act('approveCampaign', campaign.id);
    expect(own.userErrors.map((e: { code: string }) => e.code)).toEqual(['SELF_APPROVAL']);
    expect((await budgetOf(budget.id)).committedFen).toBe(0);

    const seen = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Campaign { canApprove } } }`,
      { id: campaign.id },
      { token: approver },
    );
    expect(seen.data!.node.canApprove).toBe(true);
    const approved = await act('approveCampaign', campaign.id, approver);
    expect(approved.userErrors).toEqual([]);
    expect(approved.campaign).toMatchObject({
      status: 'APPROVED',
      approvedBy: '审批人 (shenpi)',
      plannedTotalFen: expected.totalFen,
      committedFen: expected.totalFen,
    });
    expect(await budgetOf(budget.id)).toMatchObject({
      committedFen: expected.totalFen,
      paidFen: 0,
    });
    const again = await act('approveCampaign', campaign.id, approver);
    expect(again.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_STATE']);
  });

  it('refuses a plan larger than its line with the shortfall, and holds nothing', async () => {
    const small = await line(1_000_00);
    const draft = await plan(small.id);
    const refused = await act('approveCampaign', draft.id, approver);
    expect(refused.campaign).toBeNull();
    expect(refused.userErrors).toEqual([
      expect.objectContaining({
        field: ['id'],
        code: 'BUDGET_EXCEEDED',
        params: {
          remainingFen: 1_000_00,
          neededFen: draft.plannedTotalFen,
          missingFen: draft.plannedTotalFen - 1_000_00,
        },
      }),
    ]);
    expect(await budgetOf(small.id)).toMatchObject({ committedFen: 0 });
    const status = await t.gql(`query($id: ID!) { node(id: $id) { ... on Campaign { status } } }`, {
      id: draft.id,
    });
    expect(status.data!.node.status).toBe('DRAFT');
    const deleted = await t.gql(
      `mutation($id: ID!) { deleteCampaign(input: { id: $id }) { deletedId ${ERRORS} } }`,
      { id: draft.id },
    );
    expect(deleted.data!.deleteCampaign).toEqual({ deletedId: draft.id, userErrors: [] });
  });

  let groupA: string;
  let groupB: string;
  it('assigns every open holiday task of a current member exactly once, or lists it as uncovered', async () => {
    const [general] = await t.db.run(
      sql`SELECT id FROM branch WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
    );
    const generalId = Buffer.from(`Branch:${general.id}`).toString('base64url');
    const group = async (input: Record<string, unknown>) => {
      const res = await t.gql(
        `mutation($input: CreateWorkGroupInput!) { createWorkGroup(input: $input) { workGroup { id } ${ERRORS} } }`,
        { input: { campaignId: campaign.id, ...input } },
      );
      expect(res.data!.createWorkGroup.userErrors).toEqual([]);
      return res.data!.createWorkGroup.workGroup.id as string;
    };
    groupA = await group({
      name: '第一组',
      position: 1,
      leader: '局长 李明',
      visitors: ['张三', '李四'],
      branchIds: [generalId],
    });
    groupB = await group({
      name: '第二组',
      position: 2,
      leader: '副局长 王强',
      townships: ['东坪镇'],
      places: ['长沙市'],
      branchIds: [generalId],
    });
    const res = await t.gql(
      `mutation($id: ID!) { assignCampaign(input: { id: $id }) { assignedCount uncoveredCount ${ERRORS} } }`,
      { id: campaign.id },
    );
    const assigned = res.data!.assignCampaign;
    expect(assigned.userErrors).toEqual([]);
    const owed = await count(sql`
      SELECT count(*)::int AS n FROM visit_task vt JOIN member m ON m.id = vt.member_id
      WHERE vt.occurrence_key = ${OCCURRENCE} AND vt.status IN ('OPEN', 'MISSED') AND m.status = 'ACTIVE'`);
    expect(owed).toBeGreaterThan(5000);
    expect(assigned.assignedCount).toBe(owed);
    const key = keyOf(campaign.id, 'Campaign');
    expect(
      await count(
        sql`SELECT count(DISTINCT member_id)::int AS n FROM campaign_entry WHERE campaign_id = ${key}`,
      ),
    ).toBe(owed);
    const subtree = sql`(SELECT d.id FROM branch d, branch g WHERE g.id = ${general.id} AND d.path LIKE g.path || '%')`;
    const inA = await count(sql`
      SELECT count(*)::int AS n FROM campaign_entry ce JOIN member m ON m.id = ce.member_id
      WHERE ce.campaign_id = ${key} AND m.branch_id IN ${subtree}`);
    const inB = await count(sql`
      SELECT count(*)::int AS n FROM campaign_entry ce JOIN member m ON m.id = ce.member_id
      WHERE ce.campaign_id = ${key} AND m.branch_id NOT IN ${subtree}
        AND ((m.residence_kind = 'TOWNSHIP' AND m.residence_place = '东坪镇')
          OR (m.residence_kind = 'ELSEWHERE' AND m.residence_place = '长沙市'))`);
    expect(inA).toBeGreaterThan(0);
    expect(inB).toBeGreaterThan(0);
    expect(assigned.uncoveredCount).toBe(owed - inA - inB);
    const progress = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Campaign { progress { memberCount uncoveredCount
        byGroup { workGroup { id } memberCount } } groups { id memberCount } } } }`,
      { id: campaign.id },
    );
    const node = progress.data!.node;
    expect(node.progress.memberCount).toBe(owed);
    expect(node.progress.uncoveredCount).toBe(assigned.uncoveredCount);
    expect(node.groups).toEqual([
      { id: groupA, memberCount: inA },
      { id: groupB, memberCount: inB },
    ]);
    expect(node.progress.byGroup.at(-1)).toEqual({
      workGroup: null,
      memberCount: assigned.uncoveredCount,
    });
    // Again: the same list, entry for entry.
    const before = await t.db.run(
      sql`SELECT id, member_id, work_group_id FROM campaign_entry WHERE campaign_id = ${key} ORDER BY id`,
    );
    const again = await t.gql(
      `mutation($id: ID!) { assignCampaign(input: { id: $id }) { assignedCount uncoveredCount } }`,
      { id: campaign.id },
    );
    expect(again.data!.assignCampaign).toEqual({
      assignedCount: owed,
      uncoveredCount: assigned.uncoveredCount,
    });
    expect(
      await t.db.run(
        sql`SELECT id, member_id, work_group_id FROM campaign_entry WHERE campaign_id = ${key} ORDER BY id`,
      ),
    ).toEqual(before);
  });

  /** Pending entries of a group, through the API's list. */
  async function pending(workGroupId: string, n: number, token?: string) {
    const ids: { id: string; amountFen: number }[] = [];
    let after: string | null = null;
    while (ids.length < n) {
      const res: GraphQLResponse = await t.gql(
        `query($c: ID!, $g: ID!, $after: String) { campaignEntries(campaignId: $c, first: 100, after: $after,
          filter: { workGroupId: $g, visited: false }) { nodes { id amountFen } pageInfo { endCursor hasNextPage } } }`,
        { c: campaign.id, g: workGroupId, after },
        { token },
      );
      const page: {
        nodes: { id: string; amountFen: number }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      } = res.data!.campaignEntries;
      ids.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return ids.slice(0, n);
  }
  const record = (rows: unknown[], key = randomUUID(), token?: string, visitors?: string) =>
    t.gql(
      `mutation($input: RecordCampaignVisitsInput!) { recordCampaignVisits(input: $input) {
        campaign { paidFen committedFen } entries { id status visit { id visitors late } disbursement { amountFen status }
        task { status } } visitCount paidFen replayed ${ERRORS} } }`,
      {
        input: {
          campaignId: campaign.id,
          idempotencyKey: key,
          visitedOn: '2026-06-15',
          ...(visitors ? { visitors } : {}),
          rows,
        },
      },
      { token },
    );
  const visitCount = () => count(sql`SELECT count(*)::int AS n FROM visit`);

  it('records 200 visits with their payments in one transaction; the line moves by exactly what was paid', async () => {
    const entries = await pending(groupA, 200);
    expect(entries).toHaveLength(200);
    const lineBefore = await budgetOf(budget.id);
    const visitsBefore = await visitCount();
    const res = await record(entries.map((e) => ({ entryId: e.id })));
    const done = res.data!.recordCampaignVisits;
    expect(done.userErrors).toEqual([]);
    const sum = entries.reduce((s, e) => s + e.amountFen, 0);
    expect(done).toMatchObject({ visitCount: 200, paidFen: sum, replayed: false });
    expect(done.entries).toHaveLength(200);
    for (const e of done.entries) {
      expect(e.status).toBe('VISITED');
      expect(e.visit.visitors).toBe('局长 李明、张三、李四');
      expect(e.visit.late).toBe(false);
      expect(e.disbursement.status).toBe('PAID');
      expect(e.task.status).toBe('DONE');
    }
    expect(await visitCount()).toBe(visitsBefore + 200);
    const lineAfter = await budgetOf(budget.id);
    expect(lineAfter.paidFen - lineBefore.paidFen).toBe(sum);
    expect(lineAfter.committedFen).toBe(lineBefore.committedFen);
    expect(done.campaign.paidFen).toBe(sum);
  });

  it('writes nothing for a batch with a bad row, and names each bad row', async () => {
    const [fresh, other] = await pending(groupA, 2);
    const [visited] = (
      await t.gql(
        `query($c: ID!) { campaignEntries(campaignId: $c, first: 1, filter: { visited: true }) { nodes { id } } }`,
        { c: campaign.id },
      )
    ).data!.campaignEntries.nodes;
    const visitsBefore = await visitCount();
    const lineBefore = await budgetOf(budget.id);
    const res = await record([
      { entryId: fresh.id },
      { entryId: visited.id },
      { entryId: other.id, amountFen: other.amountFen + 100 },
      { entryId: 'bm90LWFuLWlk' },
    ]);
    const refused = res.data!.recordCampaignVisits;
    expect(refused.visitCount).toBe(0);
    expect(refused.entries).toEqual([]);
    expect(
      refused.userErrors.map((e: { field: string[]; code: string }) => [e.field, e.code]),
    ).toEqual([[['rows', '3', 'entryId'], 'INVALID_ID']]);
    const res2 = await record([
      { entryId: fresh.id },
      { entryId: visited.id },
      { entryId: other.id, amountFen: other.amountFen + 100 },
    ]);
    expect(
      res2.data!.recordCampaignVisits.userErrors.map((e: { field: string[]; code: string }) => [
        e.field,
        e.code,
      ]),
    ).toEqual([
      [['rows', '1', 'entryId'], 'INVALID_STATE'],
      [['rows', '2', 'reason'], 'REQUIRED'],
    ]);
    expect(await visitCount()).toBe(visitsBefore);
    expect(await budgetOf(budget.id)).toEqual(lineBefore);
    const still = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on CampaignEntry { status } } }`,
      { id: fresh.id },
    );
    expect(still.data!.node.status).toBe('PENDING');

    // With the reason, the row above the standard commits its difference against the line.
    const ok = await record([
      { entryId: other.id, amountFen: other.amountFen + 100, reason: '家中困难，追加慰问' },
    ]);
    expect(ok.data!.recordCampaignVisits.userErrors).toEqual([]);
    const lineAfter = await budgetOf(budget.id);
    expect(lineAfter.committedFen - lineBefore.committedFen).toBe(100);
    expect(lineAfter.paidFen - lineBefore.paidFen).toBe(other.amountFen + 100);
  });

  it('pays once for the same batch sent twice at once; the second answer says replayed', async () => {
    const entries = await pending(groupB, 20);
    const key = randomUUID();
    const lineBefore = await budgetOf(budget.id);
    const rows = entries.map((e) => ({ entryId: e.id }));
    const [a, b] = await Promise.all([record(rows, key), record(rows, key)]);
    const answers = [a.data!.recordCampaignVisits, b.data!.recordCampaignVisits];
    for (const answer of answers) expect(answer.userErrors).toEqual([]);
    expect(answers.map((x) => x.replayed).sort()).toEqual([false, true]);
    const sum = entries.reduce((s, e) => s + e.amountFen, 0);
    expect(answers.map((x) => x.paidFen)).toEqual([sum, sum]);
    expect(answers[0].entries.map((e: { id: string }) => e.id)).toEqual(
      answers[1].entries.map((e: { id: string }) => e.id),
    );
    expect((await budgetOf(budget.id)).paidFen - lineBefore.paidFen).toBe(sum);
    const later = (await record(rows, key)).data!.recordCampaignVisits;
    expect(later).toMatchObject({ replayed: true, paidFen: sum, visitCount: 20 });
  });

  it('lets a secretary record only the members within reach', async () => {
    const [reach] = await t.db.run(
      sql`SELECT b.path FROM app_user u JOIN branch b ON b.id = u.branch_id WHERE u.username = 'shuji'`,
    );
    const key = keyOf(campaign.id, 'Campaign');
    const [inside] = await t.db.run(sql`
      SELECT ce.id FROM campaign_entry ce JOIN member m ON m.id = ce.member_id JOIN branch b ON b.id = m.branch_id
      WHERE ce.campaign_id = ${key} AND ce.status = 'PENDING' AND b.path LIKE ${reach.path} || '%' LIMIT 1`);
    const [outside] = await t.db.run(sql`
      SELECT ce.id FROM campaign_entry ce JOIN member m ON m.id = ce.member_id JOIN branch b ON b.id = m.branch_id
      WHERE ce.campaign_id = ${key} AND ce.status = 'PENDING' AND b.path NOT LIKE ${reach.path} || '%' LIMIT 1`);
    const id = (k: unknown) => Buffer.from(`CampaignEntry:${k}`).toString('base64url');
    const listed = await t.gql(
      `query($c: ID!) { campaignEntries(campaignId: $c, first: 1) { totalCount } }`,
      { c: campaign.id },
      { token: secretary },
    );
    const inReach = await count(sql`
      SELECT count(*)::int AS n FROM campaign_entry ce JOIN member m ON m.id = ce.member_id JOIN branch b ON b.id = m.branch_id
      WHERE ce.campaign_id = ${key} AND b.path LIKE ${reach.path} || '%'`);
    expect(listed.data!.campaignEntries.totalCount).toBe(inReach);
    const refused = await record(
      [{ entryId: id(outside.id) }],
      randomUUID(),
      secretary,
      '支部书记 王芳',
    );
    expect(refused.data!.recordCampaignVisits.userErrors).toEqual([
      expect.objectContaining({ field: ['rows', '0', 'entryId'], code: 'NOT_FOUND' }),
    ]);
    const ok = await record([{ entryId: id(inside.id) }], randomUUID(), secretary, '支部书记 王芳');
    expect(ok.data!.recordCampaignVisits.userErrors).toEqual([]);
    expect(ok.data!.recordCampaignVisits.entries[0].visit.visitors).toBe('支部书记 王芳');
  });

  it('lists a group’s entries for the accounts it names (mine), and asks who visited where no group does', async () => {
    const [shuji] = await t.db.run(
      sql`SELECT id, branch_id FROM app_user WHERE username = 'shuji'`,
    );
    const updated = await t.gql(
      `mutation($id: ID!, $u: [ID!]) { updateWorkGroup(input: { id: $id, visitorUserIds: $u }) {
        workGroup { visitorUsers { username } } ${ERRORS} } }`,
      { id: groupB, u: [Buffer.from(`User:${shuji.id}`).toString('base64url')] },
    );
    expect(updated.data!.updateWorkGroup).toEqual({
      workGroup: { visitorUsers: [{ username: 'shuji' }] },
      userErrors: [],
    });
    const mine = await t.gql(
      `query($c: ID!) { campaignEntries(campaignId: $c, first: 5, filter: { mine: true }) {
        totalCount nodes { workGroup { id } } } }`,
      { c: campaign.id },
      { token: secretary },
    );
    const expected = await count(sql`
      SELECT count(*)::int AS n FROM campaign_entry ce JOIN member m ON m.id = ce.member_id
      WHERE ce.work_group_id = ${keyOf(groupB, 'WorkGroup')}
        AND m.branch_id IN (SELECT d.id FROM branch d, branch s WHERE s.id = ${shuji.branch_id} AND d.path LIKE s.path || '%')`);
    expect(mine.data!.campaignEntries.totalCount).toBe(expected);
    for (const e of mine.data!.campaignEntries.nodes) expect(e.workGroup.id).toBe(groupB);
    const admins = await t.gql(
      `query($c: ID!) { campaignEntries(campaignId: $c, first: 1, filter: { mine: true }) { totalCount } }`,
      { c: campaign.id },
    );
    expect(admins.data!.campaignEntries.totalCount).toBe(0);

    const [uncovered] = (
      await t.gql(
        `query($c: ID!) { campaignEntries(campaignId: $c, first: 1, filter: { uncovered: true, visited: false }) {
          nodes { id } } }`,
        { c: campaign.id },
      )
    ).data!.campaignEntries.nodes;
    const nobody = await record([{ entryId: uncovered.id }]);
    expect(nobody.data!.recordCampaignVisits.userErrors).toEqual([
      expect.objectContaining({ field: ['visitors'], code: 'REQUIRED' }),
    ]);
  });

  it('shows progress equal to the visits and payments lists', async () => {
    const res = await t.gql(
      `query($id: ID!, $b: ID!) {
        node(id: $id) { ... on Campaign { paidFen progress { memberCount visitedCount remainingCount paidFen
          byBranch { visitedCount paidFen } byGroup { visitedCount paidFen } } } }
        disbursements(filter: { budgetId: $b, status: [PAID] }) { totals { count paidFen } }
      }`,
      { id: campaign.id, b: budget.id },
    );
    const { node, disbursements } = res.data!;
    expect(node.progress.visitedCount).toBe((await holidayVisitsToday()) - holidayVisitsBefore);
    expect(node.progress.visitedCount).toBe(disbursements.totals.count);
    expect(node.progress.paidFen).toBe(disbursements.totals.paidFen);
    expect(node.paidFen).toBe(disbursements.totals.paidFen);
    expect(node.progress.remainingCount).toBe(
      node.progress.memberCount - node.progress.visitedCount,
    );
    const sum = (xs: { visitedCount: number; paidFen: number }[], f: 'visitedCount' | 'paidFen') =>
      xs.reduce((s, x) => s + x[f], 0);
    expect(sum(node.progress.byBranch, 'visitedCount')).toBe(node.progress.visitedCount);
    expect(sum(node.progress.byBranch, 'paidFen')).toBe(node.progress.paidFen);
    expect(sum(node.progress.byGroup, 'paidFen')).toBe(node.progress.paidFen);
  });

  it('loads campaigns with groups and progress, and entries with their relations, in constant statements', async () => {
    // Two drafts after the approved one (they start earlier): 2 and 3 campaigns ask the same.
    await plan(budget.id, '2026-05-01');
    await plan(budget.id, '2026-05-01');
    const statements = async (query: string) => {
      let errors: unknown;
      const counted = await t.db.countStatements(async () => {
        errors = (await t.gql(query)).errors;
      });
      expect(errors).toBeUndefined();
      return counted.count;
    };
    const campaigns = (
      n: number,
    ) => `{ campaigns(first: ${n}) { nodes { name plannedTotalFen plannedMemberCount
      canApprove budget { name } branch { name }
      groups { name memberCount visitedCount paidFen leaderUser { username } visitorUsers { username } branches { name } }
      progress { memberCount byGroup { workGroup { name } visitedCount } byBranch { branch { name } paidFen } } } } }`;
    const two = await statements(campaigns(2));
    const three = await statements(campaigns(3));
    expect(three).toBe(two);
    const entries = (
      n: number,
    ) => `{ campaignEntries(campaignId: "${campaign.id}", first: ${n}, filter: { visited: true }) {
      nodes { gift amountFen member { name branch { name } } workGroup { name } task { status }
        visit { visitedOn } disbursement { amountFen } } } }`;
    const ten = await statements(entries(10));
    const hundred = await statements(entries(100));
    expect(hundred).toBe(ten);
  });

  it('keeps a payment voided by hand out of the campaign’s paid and held sums', async () => {
    const held = async () =>
      (
        await t.gql(
          `query($id: ID!) { node(id: $id) { ... on Campaign { committedFen paidFen } } }`,
          {
            id: campaign.id,
          },
        )
      ).data!.node as { committedFen: number; paidFen: number };
    const [paid] = await t.db.run(sql`
      SELECT d.id, d.amount_fen AS "amountFen" FROM campaign_entry ce
      JOIN disbursement d ON d.id = ce.disbursement_id AND d.status = 'PAID'
      WHERE ce.campaign_id = ${keyOf(campaign.id, 'Campaign')} ORDER BY d.id LIMIT 1`);
    const amount = Number(paid.amountFen);
    const [campaignBefore, lineBefore] = [await held(), await budgetOf(budget.id)];
    const voided = await t.gql(
      `mutation($input: VoidDisbursementInput!) { voidDisbursement(input: $input) { disbursement { status } ${ERRORS} } }`,
      { input: { id: toGlobalId('Disbursement', Number(paid.id)), reason: '重复发放，已退回' } },
    );
    expect(voided.data!.voidDisbursement).toMatchObject({
      disbursement: { status: 'VOID' },
      userErrors: [],
    });
    const [campaignAfter, lineAfter] = [await held(), await budgetOf(budget.id)];
    expect(campaignBefore.paidFen - campaignAfter.paidFen).toBe(amount);
    expect(campaignBefore.committedFen - campaignAfter.committedFen).toBe(amount);
    expect(lineBefore.paidFen - lineAfter.paidFen).toBe(amount);
    expect(lineBefore.committedFen - lineAfter.committedFen).toBe(amount);
  });

  it('releases on close what the campaign holds beyond what it paid', async () => {
    const before = await budgetOf(budget.id);
    const [held] = (
      await t.gql(
        `query($id: ID!) { nodes(ids: [$id]) { ... on Campaign { committedFen paidFen } } }`,
        {
          id: campaign.id,
        },
      )
    ).data!.nodes;
    const closed = await act('closeCampaign', campaign.id);
    expect(closed.userErrors).toEqual([]);
    expect(closed.campaign).toMatchObject({ status: 'CLOSED', committedFen: held.paidFen });
    const after = await budgetOf(budget.id);
    expect(before.committedFen - after.committedFen).toBe(held.committedFen - held.paidFen);
    expect(after.paidFen).toBe(before.paidFen);
    const [entry] = await pending(groupA, 1);
    const late = await record([{ entryId: entry.id }]);
    expect(late.data!.recordCampaignVisits.userErrors.map((e: { code: string }) => e.code)).toEqual(
      ['INVALID_STATE'],
    );
  });
});
