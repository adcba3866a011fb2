import { sql } from '../../kernel/db/sql';
import { toGlobalId } from '../../kernel/global-id';
import { TEST_TODAY } from '../../test/constants';
import { startTestApp, type TestApp } from '../../test/harness';

const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

describe('visits, coverage and settings over the API', () => {
  let t: TestApp;
  let shuji: string;
  let ownBranch: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    shuji = await t.login('shuji');
    ownBranch = (await t.gql('{ viewer { branch { id } } }', undefined, { token: shuji })).data!
      .viewer.branch.id;
  });
  afterAll(() => t.stop());

  const statementsFor = async (query: string) => {
    let errors: unknown;
    const { count } = await t.db.countStatements(async () => {
      errors = (await t.gql(query)).errors;
    });
    expect(errors).toBeUndefined();
    return count;
  };

  it('lists visits latest first with filters, and a secretary sees the own branch only', async () => {
    const all = await t.gql(`{ visits(first: 20, filter: { occasion: [HOLIDAY], late: true }) {
      totalCount nodes { visitedOn occasion late task { status doneLate } member { name } } } }`);
    const visits = all.data!.visits;
    expect(visits.totalCount).toBeGreaterThan(0);
    const days = visits.nodes.map((v: { visitedOn: string }) => v.visitedOn);
    expect([...days].sort().reverse()).toEqual(days);
    for (const v of visits.nodes) {
      expect(v).toMatchObject({ occasion: 'HOLIDAY', late: true });
      expect(v.task).toEqual({ status: 'DONE', doneLate: true });
    }
    const [sqlCount] = await t.db.run(
      sql`SELECT count(*)::int AS n FROM visit WHERE occasion = 'HOLIDAY' AND late`,
    );
    expect(visits.totalCount).toBe(sqlCount.n);

    const query = '{ visits { totalCount } }';
    const county = (await t.gql(query)).data!.visits.totalCount;
    const own = (await t.gql(query, undefined, { token: shuji })).data!.visits.totalCount;
    const subtree = await t.gql(
      `{ visits(filter: { branchSubtree: "${ownBranch}" }) { totalCount } }`,
    );
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(county);
    expect(own).toBe(subtree.data!.visits.totalCount);
  });

  it('finds a member’s visits by name, pinyin initials or the end of the ID number', async () => {
    const [member] = (await t.db.run(sql`
      SELECT m.id, m.name, m.name_initials AS initials, m.id_card_number AS "idCard", count(*)::int AS visits
      FROM visit v JOIN member m ON m.id = v.member_id
      GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT 1`)) as {
      id: number;
      name: string;
      initials: string;
      idCard: string;
      visits: number;
    }[];
    const find = async (search: string) =>
      (
        await t.gql(
          `query($search: String!) { visits(first: 100, filter: { search: $search }) {
            totalCount nodes { member { id name } } } }`,
          { search },
        )
      ).data!.visits;
    const id = Buffer.from(`Member:${member.id}`).toString('base64url');
    const byName = await find(member.name);
    expect(byName.totalCount).toBeGreaterThanOrEqual(member.visits);
    expect(byName.nodes.map((n: { member: { id: string } }) => n.member.id)).toContain(id);
    for (const node of byName.nodes) expect(node.member.name).toContain(member.name);
    const byInitials = await find(` ${member.initials.toUpperCase()} `);
    expect(byInitials.nodes.map((n: { member: { id: string } }) => n.member.id)).toContain(id);
    const byIdCard = await find(member.idCard.slice(-10));
    expect(byIdCard.totalCount).toBe(member.visits);
    expect(new Set(byIdCard.nodes.map((n: { member: { id: string } }) => n.member.id))).toEqual(
      new Set([id]),
    );
    expect((await find('不存在的人')).totalCount).toBe(0);
  });

  it('loads a page of visits with member and branch in a constant number of statements', async () => {
    const page = (n: number) => `{ visits(first: ${n}, filter: { visitedFrom: "2026-01-01" }) {
      totalCount nodes { visitedOn occasion late member { name branch { name } } } } }`;
    const ten = await statementsFor(page(10));
    const hundred = await statementsFor(page(100));
    expect(hundred).toBe(ten);
    // The page with member, branch and the count in it.
    expect(ten).toBe(1);
  });

  it('fetches tasks, visits and life events as nodes, within reach only', async () => {
    const res =
      await t.gql(`{ visitTasks(first: 1, filter: { occasion: [HOSPITALIZATION], status: [DONE] }) {
      nodes { id lifeEvent { id kind place } visit { id visitedOn } } } }`);
    const task = res.data!.visitTasks.nodes[0];
    expect(task.lifeEvent.kind).toBe('HOSPITALIZED');
    const ids = [task.id, task.lifeEvent.id, task.visit.id];
    const nodes = await t.gql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', {
      ids,
    });
    expect(nodes.data!.nodes.map((n: { __typename: string }) => n.__typename)).toEqual([
      'VisitTask',
      'LifeEvent',
      'Visit',
    ]);
    // The secretary's reach: another branch's records are as good as missing.
    const [outside] = await t.db.run(sql`
      SELECT vt.id FROM visit_task vt JOIN member m ON m.id = vt.member_id JOIN branch b ON b.id = m.branch_id
      WHERE b.path NOT LIKE (SELECT path FROM branch WHERE id = ${keyOf(ownBranch)}) || '%' LIMIT 1`);
    const foreign = Buffer.from(`VisitTask:${outside.id}`).toString('base64url');
    const seen = await t.gql(`{ node(id: "${foreign}") { id } }`, undefined, { token: shuji });
    expect(seen.data!.node).toBeNull();
  });

  it('shows a member their visits, tasks and life events', async () => {
    const [row] = await t.db.run(sql`
      SELECT le.member_id AS id FROM life_event le JOIN visit v ON v.member_id = le.member_id LIMIT 1`);
    const id = Buffer.from(`Member:${row.id}`).toString('base64url');
    const res = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Member {
      visits(first: 5) { totalCount nodes { member { id } } }
      visitTasks(first: 5) { totalCount nodes { member { id } } }
      lifeEvents { totalCount nodes { kind member { id } } } } } }`,
      { id },
    );
    const member = res.data!.node;
    for (const list of [member.visits, member.visitTasks, member.lifeEvents]) {
      expect(list.totalCount).toBeGreaterThan(0);
      for (const node of list.nodes) expect(node.member.id).toBe(id);
    }
  });

  it('loads a board page of tasks with member, branch, event and visit in a constant number of statements', async () => {
    const page = (
      n: number,
    ) => `{ visitTasks(first: ${n}, filter: { occasion: [HOSPITALIZATION], status: [DONE] }) {
      totalCount nodes { occasion dueBy member { name branch { name } } lifeEvent { kind } visit { visitedOn } } } }`;
    const ten = await statementsFor(page(10));
    const hundred = await statementsFor(page(100));
    expect(hundred).toBe(ten);
    // The page with member, branch and the count in it, events, visits.
    expect(ten).toBe(3);
  });

  it('reports coverage that agrees with its parts, for the county and one branch', async () => {
    const figures = 'tasks doneOnTime doneLate missed waived open overdue rate';
    const res = await t.gql(`{ visitCoverage(year: 2026) {
      year branch { id } total { ${figures} }
      byOccasion { occasion ${figures} } byMonth { month ${figures} } byBranch { branch { id name } ${figures} } } }`);
    const c = res.data!.visitCoverage;
    expect(c.branch).toBeNull();
    const sum = (list: Record<string, number>[], field: string) =>
      list.reduce((total, item) => total + item[field], 0);
    for (const field of [
      'tasks',
      'doneOnTime',
      'doneLate',
      'missed',
      'waived',
      'open',
      'overdue',
    ]) {
      expect(sum(c.byOccasion, field)).toBe(c.total[field]);
      expect(sum(c.byMonth, field)).toBe(c.total[field]);
      expect(sum(c.byBranch, field)).toBe(c.total[field]);
    }
    const t0 = c.total;
    expect(t0.rate).toBeCloseTo(
      t0.doneOnTime / (t0.doneOnTime + t0.doneLate + t0.missed + t0.overdue),
    );
    expect(c.byMonth).toHaveLength(12);
    expect(c.byMonth.slice(9).every((m: { tasks: number; rate: null }) => m.rate === null)).toBe(
      true,
    );

    const general = c.byBranch[0];
    const one = await t.gql(`{ visitCoverage(year: 2026, branchId: "${general.branch.id}") {
      branch { id } total { tasks rate } byBranch { tasks } } }`);
    const branch = one.data!.visitCoverage;
    expect(branch.total).toEqual({ tasks: general.tasks, rate: general.rate });
    expect(sum(branch.byBranch, 'tasks')).toBe(general.tasks);

    const secretary = await t.gql(
      '{ visitCoverage(year: 2026) { total { tasks rate } byBranch { branch { id } tasks rate } } }',
      undefined,
      {
        token: shuji,
      },
    );
    // Found through the secretary's members, the same as the county's figure for that branch.
    const own = c.byBranch.find((b: { branch: { id: string } }) => b.branch.id === ownBranch);
    expect(secretary.data!.visitCoverage.byBranch).toEqual([
      { branch: { id: ownBranch }, tasks: own.tasks, rate: own.rate },
    ]);
    expect(secretary.data!.visitCoverage.total).toEqual({ tasks: own.tasks, rate: own.rate });
    const other = c.byBranch.find((b: { branch: { id: string } }) => b.branch.id !== ownBranch);
    const refused = await t.gql(
      `{ visitCoverage(year: 2026, branchId: "${other.branch.id}") { year } }`,
      undefined,
      {
        token: shuji,
      },
    );
    expect(refused.data!.visitCoverage).toBeNull();
    const badYear = await t.gql('{ visitCoverage(year: 20260) { year } }');
    expect(badYear.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("counts a moved member's tasks, past ones too, under the new branch province-wide", async () => {
    const misplaced = () =>
      t.db.run(sql`SELECT count(*)::int AS n FROM visit_task vt JOIN member m ON m.id = vt.member_id
        WHERE vt.branch_id <> m.branch_id`);
    expect(await misplaced()).toEqual([{ n: 0 }]);
    const byBranch = async () => {
      const res = await t.gql('{ visitCoverage(year: 2026) { byBranch { branch { id } tasks } } }');
      return new Map<string, number>(
        res.data!.visitCoverage.byBranch.map((b: { branch: { id: string }; tasks: number }) => [
          b.branch.id,
          b.tasks,
        ]),
      );
    };
    const before = await byBranch();
    const [from, to] = [...before.keys()];
    // A member under the first top branch with tasks due in 2026, and a branch with members under the second.
    const under = (id: string) =>
      sql`(SELECT d.id FROM branch d, branch g WHERE g.id = ${keyOf(id)}
        AND d.path LIKE g.path || '%')`;
    const [moved] = await t.db.run(sql`
      SELECT vt.member_id AS key, count(*)::int AS tasks FROM visit_task vt
      JOIN member m ON m.id = vt.member_id AND m.status = 'ACTIVE' AND m.branch_id IN ${under(from)}
      WHERE vt.due_by BETWEEN '2026-01-01' AND '2026-12-31' AND vt.status <> 'NOT_APPLICABLE'
      GROUP BY 1 ORDER BY 1 LIMIT 1`);
    const [target] = await t.db.run(
      sql`SELECT min(branch_id) AS key FROM member WHERE branch_id IN ${under(to)}`,
    );
    const res = await t.gql(
      'mutation($input: TransferMemberInput!) { transferMember(input: $input) { userErrors { code } } }',
      {
        input: {
          memberId: toGlobalId('Member', Number(moved.key)),
          branchId: toGlobalId('Branch', Number(target.key)),
        },
      },
    );
    expect(res.data!.transferMember.userErrors).toEqual([]);
    expect(await misplaced()).toEqual([{ n: 0 }]);
    const after = await byBranch();
    expect(after.get(from)).toBe(before.get(from)! - Number(moved.tasks));
    expect(after.get(to)).toBe(before.get(to)! + Number(moved.tasks));
  });

  it('counts a visit after the window as done late, and coverage moves with it', async () => {
    // A missed holiday task the visit is sure to complete: its member owes no open holiday task
    // and no older missed one (the service takes those first), whatever order the rows lie in.
    const [task] = await t.db.run(sql`
      SELECT vt.id, vt.member_id, vt.due_by::text AS "dueBy" FROM visit_task vt
      WHERE vt.status = 'MISSED' AND vt.occasion = 'HOLIDAY' AND vt.due_by >= '2026-01-01'
        AND NOT EXISTS (
          SELECT 1 FROM visit_task o
          WHERE o.member_id = vt.member_id AND o.occasion = 'HOLIDAY' AND o.due_from <= ${TEST_TODAY}::date
            AND (o.status = 'OPEN' OR (o.status = 'MISSED' AND o.due_by < vt.due_by)))
      ORDER BY vt.id LIMIT 1`);
    const coverage = async () =>
      (await t.gql('{ visitCoverage(year: 2026) { total { doneLate missed rate } } }')).data!
        .visitCoverage.total;
    const before = await coverage();
    const res = await t.gql(
      `mutation($member: ID!) { recordVisit(input: { memberId: $member, occasion: HOLIDAY, visitedOn: "${TEST_TODAY}",
        visitors: "支部书记" }) { visit { late task { id } } visitTask { status doneLate } userErrors { code } } }`,
      { member: Buffer.from(`Member:${task.member_id}`).toString('base64url') },
    );
    expect(res.data!.recordVisit).toMatchObject({
      visit: { late: true },
      visitTask: { status: 'DONE', doneLate: true },
      userErrors: [],
    });
    expect(keyOf(res.data!.recordVisit.visit.task.id)).toBe(task.id);
    const after = await coverage();
    expect(after.doneLate).toBe(before.doneLate + 1);
    expect(after.missed).toBe(before.missed - 1);
    expect(after.rate).toBe(before.rate); // late is not on time
  });

  it('waives an owed task with a reason, once, within reach', async () => {
    const [open] = await t.db.run(sql`
      SELECT vt.id, vt.version::int AS version FROM visit_task vt JOIN member m ON m.id = vt.member_id
      WHERE vt.status = 'OPEN' AND m.branch_id IN (SELECT id FROM branch WHERE path LIKE
        (SELECT path FROM branch WHERE id = ${keyOf(ownBranch)}) || '%') LIMIT 1`);
    const taskId = Buffer.from(`VisitTask:${open.id}`).toString('base64url');
    const version = Number(open.version);
    const waive = (input: string, token?: string) =>
      t.gql(
        `mutation { waiveVisitTask(input: { taskId: "${taskId}", ${input} }) {
          visitTask { status waivedReason version } userErrors { field code } } }`,
        undefined,
        token ? { token } : undefined,
      );
    expect((await waive('reason: "  "')).data!.waiveVisitTask.userErrors).toEqual([
      { field: ['reason'], code: 'REQUIRED' },
    ]);
    expect(
      (await waive(`reason: "外出", expectedVersion: ${version + 1}`)).data!.waiveVisitTask
        .userErrors,
    ).toEqual([{ field: ['expectedVersion'], code: 'STALE' }]);
    const done = (await waive('reason: "本人常住外地子女处"', shuji)).data!.waiveVisitTask;
    expect(done).toEqual({
      visitTask: { status: 'WAIVED', waivedReason: '本人常住外地子女处', version: version + 1 },
      userErrors: [],
    });
    expect((await waive('reason: "再次"')).data!.waiveVisitTask.userErrors).toEqual([
      { field: ['taskId'], code: 'INVALID_STATE' },
    ]);
    const [outside] = await t.db.run(sql`
      SELECT vt.id FROM visit_task vt JOIN member m ON m.id = vt.member_id
      WHERE vt.status = 'OPEN' AND m.branch_id NOT IN (SELECT id FROM branch WHERE path LIKE
        (SELECT path FROM branch WHERE id = ${keyOf(ownBranch)}) || '%') LIMIT 1`);
    const foreign = Buffer.from(`VisitTask:${outside.id}`).toString('base64url');
    const refused = await t.gql(
      `mutation { waiveVisitTask(input: { taskId: "${foreign}", reason: "x" }) { userErrors { code } } }`,
      undefined,
      { token: shuji },
    );
    expect(refused.data!.waiveVisitTask.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const [{ status }] = await t.db.run(
      sql`SELECT status FROM visit_task WHERE id = ${outside.id}`,
    );
    expect(status).toBe('OPEN');
  });

  it('lets an admin change a window, which new tasks use', async () => {
    const settings = await t.gql('{ visitSettings { occasion daysBefore daysAfter version } }');
    expect(settings.data!.visitSettings.map((s: { occasion: string }) => s.occasion)).toEqual([
      'HOLIDAY',
      'HOSPITALIZATION',
      'DECADE_BIRTHDAY',
      'BEREAVEMENT',
      'DISPUTE',
      'DISASTER',
    ]);
    const update = (input: string) =>
      t.gql(`mutation { updateVisitSetting(input: { ${input} }) {
        visitSetting { occasion daysBefore daysAfter version } userErrors { field code } } }`);
    expect(
      (await update('occasion: HOSPITALIZATION, daysBefore: 0, daysAfter: 400')).data!
        .updateVisitSetting.userErrors,
    ).toEqual([{ field: ['daysAfter'], code: 'OUT_OF_RANGE' }]);
    expect(
      (await update('occasion: HOSPITALIZATION, daysBefore: 0, daysAfter: 5, expectedVersion: 9'))
        .data!.updateVisitSetting.userErrors,
    ).toEqual([{ field: ['expectedVersion'], code: 'STALE' }]);
    const changed = await update(
      'occasion: HOSPITALIZATION, daysBefore: 0, daysAfter: 5, expectedVersion: 1',
    );
    expect(changed.data!.updateVisitSetting).toEqual({
      visitSetting: { occasion: 'HOSPITALIZATION', daysBefore: 0, daysAfter: 5, version: 2 },
      userErrors: [],
    });
    const member = (
      await t.gql('{ members(first: 1, filter: { status: [ACTIVE] }) { nodes { id } } }')
    ).data!.members.nodes[0].id;
    const report = await t.gql(
      `mutation($id: ID!) { reportLifeEvent(input: { memberId: $id, kind: HOSPITALIZED, occurredOn: "${TEST_TODAY}" }) {
        visitTask { dueFrom dueBy } userErrors { code } } }`,
      { id: member },
    );
    expect(report.data!.reportLifeEvent.visitTask).toEqual({
      dueFrom: TEST_TODAY,
      dueBy: '2026-06-20',
    });
    const denied = await t.gql(
      'mutation { updateVisitSetting(input: { occasion: HOLIDAY, daysBefore: 1, daysAfter: 1 }) { userErrors { code } } }',
      undefined,
      { token: shuji },
    );
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('computes the holidays from the lunar calendar', async () => {
    const res = await t.gql(
      '{ holidays(from: "2026-10-01", to: "2027-12-31") { holiday date occurrenceKey } }',
    );
    expect(res.data!.holidays).toEqual([
      { holiday: 'DOUBLE_NINTH', date: '2026-10-18', occurrenceKey: 'DOUBLE_NINTH:2026' },
      { holiday: 'SPRING_FESTIVAL', date: '2027-02-06', occurrenceKey: 'SPRING_FESTIVAL:2027' },
      { holiday: 'DOUBLE_NINTH', date: '2027-10-08', occurrenceKey: 'DOUBLE_NINTH:2027' },
    ]);
  });

  it('lists the month’s decade birthdays and political birthdays', async () => {
    const decade = await t.gql(`{ members(first: 100, orderBy: { field: BIRTHDAY },
      filter: { decadeBirthdayIn: 2026, birthdayFrom: "07-01", birthdayTo: "07-31", status: [ACTIVE] }) {
      totalCount nodes { birthDate } } }`);
    const birthdays = decade.data!.members;
    expect(birthdays.totalCount).toBeGreaterThan(0);
    for (const { birthDate } of birthdays.nodes) {
      const age = 2026 - Number(birthDate.slice(0, 4));
      expect(age >= 60 && age % 10 === 0 && birthDate.slice(5, 7) === '07').toBe(true);
    }
    const days = birthdays.nodes.map((n: { birthDate: string }) => n.birthDate.slice(5));
    expect([...days].sort()).toEqual(days);

    const political = await t.gql(`{ members(first: 100, orderBy: { field: PARTY_JOIN_DAY },
      filter: { partyJoinMonth: 7, partyMember: true }) { totalCount nodes { partyJoinDate } } }`);
    const joined = political.data!.members.nodes.map(
      (n: { partyJoinDate: string }) => n.partyJoinDate,
    );
    expect(joined.length).toBeGreaterThan(0);
    expect(joined.every((d: string) => d.slice(5, 7) === '07')).toBe(true);
    expect(
      [...joined].sort((a: string, b: string) => a.slice(5).localeCompare(b.slice(5))),
    ).toEqual(joined);
    const bad = await t.gql('{ members(filter: { partyJoinMonth: 13 }) { totalCount } }');
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('finds tasks by the day their window opens and by the member’s name', async () => {
    const [task] = await t.db.run(sql`
      SELECT vt.due_from::text AS opens, m.name FROM visit_task vt JOIN member m ON m.id = vt.member_id
      WHERE vt.status = 'OPEN' ORDER BY vt.id LIMIT 1`);
    const res = await t.gql(
      `query($opens: Date!, $name: String!) { visitTasks(first: 100, filter: { opensFrom: $opens, opensTo: $opens, search: $name }) {
        totalCount nodes { dueFrom member { name } } } }`,
      { opens: task.opens, name: task.name },
    );
    const found = res.data!.visitTasks;
    expect(found.totalCount).toBeGreaterThan(0);
    for (const node of found.nodes) {
      expect(node.dueFrom).toBe(task.opens);
      expect(node.member.name).toContain(task.name);
    }
  });
});
