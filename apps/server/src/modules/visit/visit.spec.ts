import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { TEST_TODAY } from '../../test/constants';

const TASK = 'id occasion status dueFrom dueBy doneOn doneLate';

describe('life events and visits', () => {
  let t: TestApp;
  let memberId: string;
  let memberKey: number;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const res = await t.gql('{ members(first: 1, filter: { status: [ACTIVE] }) { nodes { id } } }');
    memberId = res.data!.members.nodes[0].id;
    memberKey = Number(Buffer.from(memberId, 'base64url').toString().split(':')[1]);
  });
  afterAll(() => t.stop());

  const report = (input: Record<string, unknown>) =>
    t.gql(
      `mutation($input: ReportLifeEventInput!) { reportLifeEvent(input: $input) { lifeEvent { id kind reportedOn } visitTask { ${TASK} } userErrors { field code } } }`,
      { input },
    );
  const visit = (input: Record<string, unknown>, token?: string) =>
    t.gql(
      `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id late occasion } visitTask { ${TASK} } userErrors { field code } } }`,
      {
        input: { visitors: '局长 王某', ...input },
      },
      token ? { token } : {},
    );

  it('a hospital stay creates its visit, due within three days of the report, in the same transaction', async () => {
    const res = (
      await report({
        memberId,
        kind: 'HOSPITALIZED',
        occurredOn: '2026-06-13',
        place: '安化县人民医院',
        admittedOn: '2026-06-13',
      })
    ).data!.reportLifeEvent;
    expect(res.userErrors).toEqual([]);
    expect(res.lifeEvent).toMatchObject({ kind: 'HOSPITALIZED', reportedOn: TEST_TODAY });
    expect(res.visitTask).toMatchObject({
      occasion: 'HOSPITALIZATION',
      status: 'OPEN',
      dueFrom: '2026-06-15',
      dueBy: '2026-06-18',
    });

    const done = (
      await visit({
        memberId,
        occasion: 'HOSPITALIZATION',
        visitedOn: TEST_TODAY,
        gifts: '慰问金、水果',
      })
    ).data!.recordVisit;
    expect(done.userErrors).toEqual([]);
    expect(done.visit).toMatchObject({ late: false, occasion: 'HOSPITALIZATION' });
    expect(done.visitTask).toMatchObject({
      id: res.visitTask.id,
      status: 'DONE',
      doneOn: TEST_TODAY,
      doneLate: false,
    });
  });

  it('a visit after the window completes the task as late', async () => {
    await t.db.run(sql`
      INSERT INTO visit_task (member_id, occasion, occurrence_key, trigger_date, due_from, due_by)
      VALUES (${memberKey}, 'DECADE_BIRTHDAY', '2026', '2026-05-01', '2026-04-24', '2026-05-08')`);
    const res = (await visit({ memberId, occasion: 'DECADE_BIRTHDAY', visitedOn: '2026-06-01' }))
      .data!.recordVisit;
    expect(res.visit.late).toBe(true);
    expect(res.visitTask).toMatchObject({ status: 'DONE', doneLate: true, dueBy: '2026-05-08' });
  });

  it('a routine visit completes no task', async () => {
    const res = (await visit({ memberId, occasion: 'ROUTINE', visitedOn: TEST_TODAY })).data!
      .recordVisit;
    expect(res).toMatchObject({ visitTask: null, userErrors: [] });
  });

  it('refuses a visit in the future, an empty visitor, and members out of reach, writing nothing', async () => {
    const before = await t.db.run(sql`SELECT count(*)::int AS n FROM visit`);
    expect(
      (await visit({ memberId, occasion: 'ROUTINE', visitedOn: '2026-06-16' })).data!.recordVisit
        .userErrors,
    ).toEqual([{ field: ['visitedOn'], code: 'IN_FUTURE' }]);
    expect(
      (await visit({ memberId, occasion: 'ROUTINE', visitedOn: TEST_TODAY, visitors: ' ' })).data!
        .recordVisit.userErrors,
    ).toEqual([{ field: ['visitors'], code: 'REQUIRED' }]);
    expect(
      (await visit({ memberId, occasion: 'BEREAVEMENT', visitedOn: TEST_TODAY })).data!.recordVisit
        .userErrors,
    ).toEqual([{ field: ['memberId'], code: 'NOT_CURRENT' }]);
    // The input's problems and those the member's record shows come back together, at once.
    expect(
      (await visit({ memberId, occasion: 'BEREAVEMENT', visitedOn: '2026-06-16', visitors: ' ' }))
        .data!.recordVisit.userErrors,
    ).toEqual([
      { field: ['visitors'], code: 'REQUIRED' },
      { field: ['memberId'], code: 'NOT_CURRENT' },
      { field: ['visitedOn'], code: 'IN_FUTURE' },
    ]);
    const secretary = await t.login('shuji');
    const reach = await t.gql('{ viewer { branch { id } } }', undefined, { token: secretary });
    const roots = await t.gql(
      '{ branches(first: 10, filter: { rootsOnly: true }) { nodes { id } } }',
    );
    const otherRoot = roots.data!.branches.nodes.find(
      (b: { id: string }) => b.id !== reach.data!.viewer.branch.id,
    ).id;
    const strangers = await t.gql(
      'query($r: ID) { members(first: 1, filter: { branchSubtree: $r, status: [ACTIVE] }) { nodes { id } } }',
      {
        r: otherRoot,
      },
    );
    const stranger = strangers.data!.members.nodes[0];
    const refused = (
      await visit({ memberId: stranger.id, occasion: 'ROUTINE', visitedOn: TEST_TODAY }, secretary)
    ).data!.recordVisit;
    expect(refused.userErrors).toEqual([{ field: ['memberId'], code: 'NOT_FOUND' }]);
    const event = await t.gql(
      'mutation($input: ReportLifeEventInput!) { reportLifeEvent(input: $input) { userErrors { field code } } }',
      { input: { memberId: stranger.id, kind: 'DISPUTE', occurredOn: TEST_TODAY } },
      { token: secretary },
    );
    expect(event.data!.reportLifeEvent.userErrors).toEqual([
      { field: ['memberId'], code: 'NOT_FOUND' },
    ]);
    expect(await t.db.run(sql`SELECT count(*)::int AS n FROM visit`)).toEqual(before);
  });
});

describe('leaving the roster', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const tasksOf = async (memberKey: number) =>
    t.db.run(
      sql`SELECT occasion, status FROM visit_task WHERE member_id = ${memberKey} ORDER BY occasion, id`,
    );

  it('a death closes the open tasks and obliges the bereavement visit to the family', async () => {
    const res = await t.gql('{ members(first: 2, filter: { status: [ACTIVE] }) { nodes { id } } }');
    const [dying, leaving] = res.data!.members.nodes.map((n: { id: string }) => n.id);
    const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    await t.gql(
      'mutation { generateVisitTasks(input: { until: "2026-10-31" }) { userErrors { code } } }',
    ); // Double Ninth 2026
    const before = await tasksOf(keyOf(dying));
    expect(before).toContainEqual({ occasion: 'HOLIDAY', status: 'OPEN' });

    const death = await t.gql(
      `mutation($id: ID!) { recordDeath(input: { memberId: $id, deathDate: "${TEST_TODAY}" }) { userErrors { code } } }`,
      {
        id: dying,
      },
    );
    expect(death.data!.recordDeath.userErrors).toEqual([]);
    expect(await tasksOf(keyOf(dying))).toEqual([
      { occasion: 'BEREAVEMENT', status: 'OPEN' },
      // Open tasks no longer apply; what was done, missed or waived stays as it was.
      ...before.map((task) =>
        task.status === 'OPEN' ? { ...task, status: 'NOT_APPLICABLE' } : task,
      ),
    ]);
    const bereavement = await t.gql(
      `mutation($id: ID!) { recordVisit(input: { memberId: $id, occasion: BEREAVEMENT, visitedOn: "${TEST_TODAY}", visitors: "局长 王某" }) { visit { late } visitTask { status } userErrors { code } } }`,
      { id: dying },
    );
    expect(bereavement.data!.recordVisit).toEqual({
      visit: { late: false },
      visitTask: { status: 'DONE' },
      userErrors: [],
    });

    await t.gql(
      `mutation($id: ID!) { recordTransferOut(input: { memberId: $id, destination: "长沙市" }) { userErrors { code } } }`,
      {
        id: leaving,
      },
    );
    const left = await tasksOf(keyOf(leaving));
    expect(left).toContainEqual({ occasion: 'HOLIDAY', status: 'NOT_APPLICABLE' });
    expect(left.filter((task) => task.status === 'OPEN')).toEqual([]);
  });
});
