import { sql } from '../../kernel/db/sql';
import { TEST_TODAY } from '../../test/constants';
import { startTestApp, type TestApp } from '../../test/harness';
import { startServerProcess, type ServerProcess } from '../../test/server-process';

const BUDGET = 'id year amountFen committedFen paidFen remainingFen version';
const DISBURSEMENT = 'id status amountFen approvedBy paidBy voidReason version';

describe('funding', () => {
  let t: TestApp;
  let approver: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const created =
      await t.gql(`mutation { createUser(input: { username: "shenpi", displayName: "审批人",
      role: ADMIN, password: "wanxia2022-approve" }) { userErrors { code } } }`);
    expect(created.data!.createUser.userErrors).toEqual([]);
    approver = await t.login('shenpi', 'wanxia2022-approve');
  });
  afterAll(() => t.stop());

  let lineCount = 0;
  async function line(amountFen: number, extra = '') {
    const res = await t.gql(
      `mutation { createBudget(input: { year: 2026, category: ASSISTANCE, name: "测试预算 ${++lineCount}",
        amountFen: ${amountFen} ${extra} }) { budget { ${BUDGET} } userErrors { field code } } }`,
    );
    expect(res.data!.createBudget.userErrors).toEqual([]);
    return res.data!.createBudget.budget;
  }
  async function draft(budgetId: string, amountFen: number) {
    const res = await t.gql(
      `mutation($b: ID!) { createDisbursement(input: { budgetId: $b, amountFen: ${amountFen}, purpose: "慰问金",
        payeeKind: OTHER, payeeName: "某某", date: "${TEST_TODAY}" }) { disbursement { ${DISBURSEMENT} } userErrors { field code } } }`,
      { b: budgetId },
    );
    expect(res.data!.createDisbursement.userErrors).toEqual([]);
    return res.data!.createDisbursement.disbursement;
  }
  const act = async (
    action: string,
    id: string,
    token: string | undefined = approver,
    extra = '',
  ) =>
    (
      await t.gql(
        `mutation($id: ID!) { ${action}(input: { id: $id ${extra} }) { disbursement { ${DISBURSEMENT} } userErrors { field code message } } }`,
        { id },
        { token },
      )
    ).data![action];
  const budgetOf = async (id: string) =>
    (await t.gql(`query($id: ID!) { node(id: $id) { ... on Budget { ${BUDGET} } } }`, { id })).data!
      .node;

  it('counts money exactly: 0.10 + 0.20 yuan is 30 fen', async () => {
    const budget = await line(100);
    const a = await draft(budget.id, 10);
    const b = await draft(budget.id, 20);
    expect((await act('approveDisbursement', a.id)).userErrors).toEqual([]);
    expect((await act('approveDisbursement', b.id)).userErrors).toEqual([]);
    expect(await budgetOf(budget.id)).toMatchObject({
      committedFen: 30,
      remainingFen: 70,
      paidFen: 0,
    });
    const list = await t.gql(
      `query($b: ID!) { disbursements(filter: { budgetId: $b }) { totals { count amountFen committedFen } } }`,
      { b: budget.id },
    );
    expect(list.data!.disbursements.totals).toEqual({ count: 2, amountFen: 30, committedFen: 30 });
    const fractional = await t.gql(
      `mutation($b: ID!) { createDisbursement(input: { budgetId: $b, amountFen: 0.3, purpose: "x",
        payeeKind: OTHER, payeeName: "x", date: "${TEST_TODAY}" }) { userErrors { code } } }`,
      { b: budget.id },
    );
    expect(fractional.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('moves a disbursement DRAFT → APPROVED → PAID, voids it with the amount given back, and never approves twice', async () => {
    const budget = await line(50_000);
    const d = await draft(budget.id, 30_000);
    expect(await act('approveDisbursement', d.id, await t.adminToken())).toMatchObject({
      userErrors: [{ field: ['id'], code: 'SELF_APPROVAL' }],
    }); // the admin who created it
    expect((await act('payDisbursement', d.id)).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    const approved = await act('approveDisbursement', d.id);
    expect(approved.disbursement).toMatchObject({
      status: 'APPROVED',
      approvedBy: '审批人 (shenpi)',
    });
    const paid = await act('payDisbursement', d.id);
    expect(paid.disbursement.status).toBe('PAID');
    expect(await budgetOf(budget.id)).toMatchObject({
      committedFen: 30_000,
      paidFen: 30_000,
      remainingFen: 20_000,
    });
    expect((await act('approveDisbursement', d.id)).userErrors[0].code).toBe('INVALID_STATE');
    expect((await act('voidDisbursement', d.id, approver, ', reason: " "')).userErrors).toEqual([
      expect.objectContaining({ field: ['reason'], code: 'REQUIRED' }),
    ]);
    const voided = await act('voidDisbursement', d.id, approver, ', reason: "收款人信息有误"');
    expect(voided.disbursement).toMatchObject({ status: 'VOID', voidReason: '收款人信息有误' });
    expect(await budgetOf(budget.id)).toMatchObject({
      committedFen: 0,
      paidFen: 0,
      remainingFen: 50_000,
    });
    expect((await act('approveDisbursement', d.id)).userErrors[0].code).toBe('INVALID_STATE');
    const trail = await t.gql(`{ auditEvents(filter: { recordId: "${d.id}" }) { totalCount } }`);
    expect(trail.data!.auditEvents.totalCount).toBe(4); // created, approved, paid, voided
  });

  it('refuses to overdraw a line or to lower it below what it has committed, writing nothing', async () => {
    const budget = await line(1_000);
    const d = await draft(budget.id, 800);
    await act('approveDisbursement', d.id);
    const big = await draft(budget.id, 201);
    const refused = await act('approveDisbursement', big.id);
    expect(refused.userErrors).toEqual([
      { field: ['amountFen'], code: 'BUDGET_EXCEEDED', message: expect.stringContaining('2.00') },
    ]);
    const lower = await t.gql(
      `mutation($id: ID!) { updateBudget(input: { id: $id, amountFen: 799 }) { budget { amountFen } userErrors { field code } } }`,
      { id: budget.id },
    );
    expect(lower.data!.updateBudget.userErrors).toEqual([
      { field: ['amountFen'], code: 'BELOW_COMMITTED' },
    ]);
    const after = await budgetOf(budget.id);
    expect(after).toMatchObject({
      amountFen: 1_000,
      committedFen: 800,
      version: budget.version + 1,
    });
    const [{ status }] = await t.db.run(
      sql`SELECT status FROM disbursement WHERE id = ${Number(Buffer.from(big.id, 'base64url').toString().split(':')[1])}`,
    );
    expect(status).toBe('DRAFT');
  });

  it('approves exactly ten of fifty sent at once through two server processes, to the fen', async () => {
    const budget = await line(10 * 12_345);
    const drafts = [];
    for (let i = 0; i < 50; i++) drafts.push(await draft(budget.id, 12_345));
    const servers: ServerProcess[] = await Promise.all([
      startServerProcess(t.db.url, t.ownerUrl),
      startServerProcess(t.db.url, t.ownerUrl),
    ]);
    try {
      // The processes run on the real clock, so sign in through them (the test app's clock is fixed).
      const login = await fetch(`${servers[0].url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { login(input: { username: "shenpi", password: "wanxia2022-approve" }) { token } }',
        }),
      });
      const token = ((await login.json()) as { data: { login: { token: string } } }).data.login
        .token;
      const results = await Promise.all(
        drafts.map(async (d, i) => {
          const response = await fetch(`${servers[i % 2].url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              query:
                'mutation($id: ID!) { approveDisbursement(input: { id: $id }) { disbursement { status } userErrors { code } } }',
              variables: { id: d.id },
            }),
          });
          const reply = (await response.json()) as {
            data?: { approveDisbursement: { userErrors: { code: string }[] } };
          };
          if (!reply.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(reply)}`);
          return reply.data.approveDisbursement;
        }),
      );
      const approved = results.filter((r) => r.userErrors.length === 0);
      const exceeded = results.filter((r) => r.userErrors[0]?.code === 'BUDGET_EXCEEDED');
      process.stdout.write(
        `50 approvals over 2 processes: ${approved.length} approved, ${exceeded.length} BUDGET_EXCEEDED\n`,
      );
      expect(approved).toHaveLength(10);
      expect(exceeded).toHaveLength(40);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    expect(await budgetOf(budget.id)).toMatchObject({ committedFen: 123_450, remainingFen: 0 });
    const [counted] = await t.db.run(sql`
      SELECT count(*) FILTER (WHERE status = 'APPROVED')::int AS approved, count(*) FILTER (WHERE status = 'DRAFT')::int AS drafts
      FROM disbursement WHERE budget_id = ${Number(Buffer.from(budget.id, 'base64url').toString().split(':')[1])}`);
    expect(counted).toEqual({ approved: 10, drafts: 40 });
  });

  it('pays a condolence sum with a visit in one transaction: both saved, or neither', async () => {
    const member = (
      await t.gql('{ members(first: 1, filter: { status: [ACTIVE] }) { nodes { id } } }')
    ).data!.members.nodes[0].id;
    const budget = await line(50_000);
    const visit = (amountFen: number, token?: string) =>
      t.gql(
        `mutation($m: ID!, $b: ID!) { recordVisit(input: { memberId: $m, occasion: ROUTINE, visitedOn: "${TEST_TODAY}",
          visitors: "局长 刘建华", payment: { budgetId: $b, amountFen: ${amountFen} } }) {
          visit { id payments { amountFen status } } disbursement { id status purpose member { id } }
          userErrors { field code } } }`,
        { m: member, b: budget.id },
        { token },
      );
    const visitsOf = async () =>
      Number((await t.db.run(sql`SELECT count(*)::int AS n FROM visit`))[0].n);
    const before = await visitsOf();
    const tooMuch = await visit(50_001);
    expect(tooMuch.data!.recordVisit.userErrors).toEqual([
      { field: ['payment', 'amountFen'], code: 'BUDGET_EXCEEDED' },
    ]);
    expect(await visitsOf()).toBe(before);
    expect(await budgetOf(budget.id)).toMatchObject({ committedFen: 0, version: budget.version });

    const paid = await visit(30_000);
    expect(paid.data!.recordVisit.userErrors).toEqual([]);
    expect(paid.data!.recordVisit.disbursement).toMatchObject({
      status: 'PAID',
      purpose: '慰问金（日常走访）',
      member: { id: member },
    });
    expect(paid.data!.recordVisit.visit.payments).toEqual([{ amountFen: 30_000, status: 'PAID' }]);
    expect(await budgetOf(budget.id)).toMatchObject({ remainingFen: 20_000, paidFen: 30_000 });
    const voided = await act(
      'voidDisbursement',
      paid.data!.recordVisit.disbursement.id,
      approver,
      ', reason: "录入错误"',
    );
    expect(voided.userErrors).toEqual([]);
    expect(await budgetOf(budget.id)).toMatchObject({ remainingFen: 50_000, paidFen: 0 });

    const secretary = await t.login('shuji');
    const noFunding = await visit(100, secretary);
    expect(noFunding.data!.recordVisit.userErrors).toEqual([
      { field: ['payment'], code: 'FORBIDDEN' },
    ]);
  });

  it('holds a member to the yearly condolence cap when one is set', async () => {
    const settings = await t.gql(
      'mutation { updateFundingSettings(input: { condolenceYearlyCapFen: 100000 }) { fundingSettings { condolenceYearlyCapFen } userErrors { code } } }',
    );
    expect(settings.data!.updateFundingSettings.fundingSettings.condolenceYearlyCapFen).toBe(
      100_000,
    );
    const [fresh] = await t.db.run(sql`
      SELECT m.id FROM member m WHERE m.status = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM disbursement d WHERE d.member_id = m.id) ORDER BY m.id LIMIT 1`);
    const member = Buffer.from(`Member:${fresh.id}`).toString('base64url');
    const budget = await line(1_000_000);
    const pay = async (amountFen: number) => {
      const res = await t.gql(
        `mutation($m: ID!, $b: ID!) { createDisbursement(input: { budgetId: $b, amountFen: ${amountFen}, purpose: "慰问金",
          payeeKind: MEMBER, memberId: $m, date: "${TEST_TODAY}" }) { disbursement { id } userErrors { code } } }`,
        { m: member, b: budget.id },
      );
      return act('approveDisbursement', res.data!.createDisbursement.disbursement.id);
    };
    expect((await pay(60_000)).userErrors).toEqual([]);
    expect((await pay(40_001)).userErrors[0].code).toBe('CAP_EXCEEDED');
    expect((await pay(40_000)).userErrors).toEqual([]);
    await t.gql(
      'mutation { updateFundingSettings(input: { condolenceYearlyCapFen: null }) { userErrors { code } } }',
    );
  });

  it('shows a secretary the own branch’s lines, and the county’s only when allowed', async () => {
    const secretary = await t.login('shuji');
    const own = (await t.gql('{ viewer { branch { id } } }', undefined, { token: secretary })).data!
      .viewer.branch.id;
    const lines = async () =>
      (
        await t.gql(
          '{ budgets(first: 100, filter: { year: 2026 }) { nodes { branch { id } } } }',
          undefined,
          {
            token: secretary,
          },
        )
      ).data!.budgets.nodes;
    expect(await lines()).toEqual([{ branch: { id: own } }]);
    await t.gql(
      'mutation { updateFundingSettings(input: { secretariesSeeCountyLines: true }) { userErrors { code } } }',
    );
    const seen = await lines();
    expect(seen.filter((l: { branch: unknown }) => l.branch === null).length).toBeGreaterThan(0);
    expect(
      seen.every(
        (l: { branch: { id: string } | null }) => l.branch === null || l.branch.id === own,
      ),
    ).toBe(true);
    await t.gql(
      'mutation { updateFundingSettings(input: { secretariesSeeCountyLines: false }) { userErrors { code } } }',
    );
  });

  it('loads a page of payments with line, payee and visit in a constant number of statements', async () => {
    const statements = async (n: number) => {
      let errors: unknown;
      const { count } = await t.db.countStatements(async () => {
        errors = (
          await t.gql(`{ disbursements(first: ${n}, filter: { year: 2025 }) { totals { count amountFen }
            nodes { amountFen budget { name branch { name } } member { name } branch { name } visit { visitedOn } } } }`)
        ).errors;
      });
      expect(errors).toBeUndefined();
      return count;
    };
    // The page, totals, then one each for lines, their branches, members, payee branches and
    // visits — however many rows (which relations a page holds varies).
    expect(await statements(10)).toBeLessThanOrEqual(7);
    expect(await statements(100)).toBeLessThanOrEqual(7);
    const [paid] = await t.db.run(
      sql`SELECT member_id AS id FROM disbursement WHERE member_id IS NOT NULL LIMIT 1`,
    );
    const res = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Member { payments { totalCount nodes { member { id } } } } } }`,
      { id: Buffer.from(`Member:${paid.id}`).toString('base64url') },
    );
    expect(res.data!.node.payments.totalCount).toBeGreaterThan(0);
  });
});
