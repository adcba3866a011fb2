import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

const COMPLIANCE = `branch { id } year quarter behind overdueKinds participants present attendanceRate
  kinds { kind frequency required held met overdue dueBy }`;

const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

describe('三会一课 compliance', () => {
  let t: TestApp;
  let branchId: string;
  let members: string[];
  beforeAll(async () => {
    t = await startTestApp({ demo: true }); // today is 2026-06-15
    const res = await t.gql(
      '{ branches(first: 1, filter: { kind: BRANCH }) { nodes { id members(first: 4) { nodes { id } } } } }',
    );
    branchId = res.data!.branches.nodes[0].id;
    members = res.data!.branches.nodes[0].members.nodes.map((m: { id: string }) => m.id);
  });
  afterAll(() => t.stop());

  const compliance = async (year: number, quarter?: number, token?: string) =>
    (
      await t.gql(
        `query($id: ID!, $year: Int!, $quarter: Int) { branchCompliance(branchId: $id, year: $year, quarter: $quarter) { ${COMPLIANCE} } }`,
        { id: branchId, year, quarter },
        token ? { token } : {},
      )
    ).data!.branchCompliance;
  const kind = (c: { kinds: { kind: string }[] }, name: string) =>
    c.kinds.find((k) => k.kind === name)!;

  it('counts what the records hold, as plain SQL counts them', async () => {
    const c = await compliance(2026);
    const key = keyOf(branchId);
    const rows = await t.db.run(sql`
      SELECT a.kind, count(*)::int AS held,
        count(DISTINCT extract(month FROM (a.starts_at AT TIME ZONE 'Asia/Shanghai')))::int AS months,
        count(DISTINCT extract(quarter FROM (a.starts_at AT TIME ZONE 'Asia/Shanghai')))::int AS quarters,
        count(DISTINCT extract(month FROM (a.starts_at AT TIME ZONE 'Asia/Shanghai')))
          FILTER (WHERE a.starts_at < '2026-06-01T00:00:00+08')::int AS "endedMonths"
      FROM activity a
      WHERE a.organiser_branch_id = ${key} AND a.starts_at >= '2026-01-01T00:00:00+08'
        AND a.starts_at < '2026-06-16T00:00:00+08'
      GROUP BY a.kind`);
    const direct = (name: string) =>
      rows.find((r) => r.kind === name) ?? { held: 0, months: 0, quarters: 0, endedMonths: 0 };
    expect(kind(c, 'PARTY_GROUP_MEETING')).toMatchObject({
      frequency: 'MONTHLY',
      required: 12,
      held: direct('PARTY_GROUP_MEETING').held,
      met: direct('PARTY_GROUP_MEETING').months,
      // January to May have ended: each without a meeting is overdue.
      overdue: 5 - Number(direct('PARTY_GROUP_MEETING').endedMonths),
    });
    expect(kind(c, 'PARTY_LECTURE')).toMatchObject({
      frequency: 'QUARTERLY',
      required: 4,
      held: direct('PARTY_LECTURE').held,
      met: direct('PARTY_LECTURE').quarters,
    });
    expect(kind(c, 'THEMED_PARTY_DAY')).toMatchObject({
      frequency: 'NONE',
      required: 0,
      overdue: 0,
    });
    const [attendance] = await t.db.run(sql`
      SELECT count(*)::int AS participants, count(*) FILTER (WHERE p.attendance = 'PRESENT')::int AS present
      FROM activity a JOIN activity_participant p ON p.activity_id = a.id
      WHERE a.organiser_branch_id = ${key} AND a.starts_at >= '2026-01-01T00:00:00+08'
        AND a.starts_at < '2026-06-16T00:00:00+08'`);
    expect(c).toMatchObject({ participants: attendance.participants, present: attendance.present });
    expect(c.attendanceRate).toBeCloseTo(
      Number(attendance.present) / Number(attendance.participants),
      10,
    );
  });

  it('follows the periods: overdue once a quarter has ended unmet, due by the end of the running one', async () => {
    const key = keyOf(branchId);
    await t.db.run(
      sql`DELETE FROM activity WHERE organiser_branch_id = ${key} AND kind = 'PARTY_LECTURE'`,
    );
    let c = await compliance(2026);
    expect(kind(c, 'PARTY_LECTURE')).toMatchObject({
      required: 4,
      held: 0,
      met: 0,
      overdue: 1,
      dueBy: '2026-06-30',
    });
    expect(c.overdueKinds).toContain('PARTY_LECTURE');
    expect(c.behind).toBe(true);

    const record = (day: string) =>
      t.gql(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { userErrors { code } } }`,
        {
          input: {
            kind: 'PARTY_LECTURE',
            title: '党课',
            // 23:30 China time on the quarter's last day is still that quarter.
            startsAt: `${day}T23:30:00+08:00`,
            endsAt: `${day}T23:50:00+08:00`,
            organiser: { kind: 'BRANCH', branchId },
            participants: members.map((memberId) => ({ memberId, attendance: 'PRESENT' })),
          },
        },
      );
    expect((await record('2026-03-31')).data!.createActivity.userErrors).toEqual([]);
    c = await compliance(2026);
    expect(kind(c, 'PARTY_LECTURE')).toMatchObject({
      held: 1,
      met: 1,
      overdue: 0,
      dueBy: '2026-06-30',
    });
    const q1 = await compliance(2026, 1);
    expect(kind(q1, 'PARTY_LECTURE')).toMatchObject({ required: 1, held: 1, met: 1, overdue: 0 });
    expect(kind(q1, 'PARTY_GROUP_MEETING')).toMatchObject({ required: 3 });
    expect(kind(q1, 'ORGANISATIONAL_LIFE_MEETING')).toMatchObject({ required: 1, overdue: 0 });
    const q2 = await compliance(2026, 2);
    expect(kind(q2, 'PARTY_LECTURE')).toMatchObject({ required: 1, held: 0, dueBy: '2026-06-30' });

    // A meeting planned after today is not yet held.
    await record('2026-06-20');
    expect(kind(await compliance(2026, 2), 'PARTY_LECTURE')).toMatchObject({ held: 0, met: 0 });
  });

  it('takes a branch’s own frequency, and the county’s again when it clears it', async () => {
    const set = (frequency: string | null) =>
      t.gql(
        `mutation($input: UpdatePartyLifeSettingInput!) { updatePartyLifeSetting(input: $input) { requirements { kind frequency ownSetting } userErrors { field code } } }`,
        { input: { kind: 'THEMED_PARTY_DAY', frequency, branchId } },
      );
    const own = (await set('MONTHLY')).data!.updatePartyLifeSetting;
    expect(own.requirements).toContainEqual({
      kind: 'THEMED_PARTY_DAY',
      frequency: 'MONTHLY',
      ownSetting: true,
    });
    expect(kind(await compliance(2026), 'THEMED_PARTY_DAY')).toMatchObject({ required: 12 });
    await set(null);
    expect(kind(await compliance(2026), 'THEMED_PARTY_DAY')).toMatchObject({ required: 0 });

    const secretary = await t.login('shuji');
    const county = await t.gql(
      `mutation { updatePartyLifeSetting(input: { kind: PARTY_LECTURE, frequency: MONTHLY }) { userErrors { field code } } }`,
      undefined,
      { token: secretary },
    );
    expect(county.data!.updatePartyLifeSetting.userErrors).toEqual([
      { field: ['branchId'], code: 'FORBIDDEN' },
    ]);
  });

  it('the county table: every branch in reach, behind ones on their own, secretaries their own', async () => {
    const table = async (behindOnly: boolean, token?: string) =>
      (
        await t.gql(
          `{ partyLifeCompliance(year: 2026, behindOnly: ${behindOnly}, first: 100) { totalCount nodes { behind overdueKinds branch { id } } } }`,
          undefined,
          token ? { token } : {},
        )
      ).data!.partyLifeCompliance;
    const all = await table(false);
    expect(all.totalCount).toBe(140);
    const behind = await table(true);
    expect(behind.totalCount).toBeGreaterThan(0);
    expect(behind.totalCount).toBeLessThan(140);
    for (const row of behind.nodes) {
      expect(row.behind).toBe(true);
      expect(row.overdueKinds.length).toBeGreaterThan(0);
    }
    const counted = await t.gql('{ countyStats(year: 2026) { partyLife { branchesBehind } } }');
    expect(counted.data!.countyStats.partyLife.branchesBehind).toBe(behind.totalCount);

    const secretary = await t.login('shuji');
    const theirs = await table(false, secretary);
    const [reach] = await t.db.run(sql`
      SELECT count(*)::int AS n FROM branch b JOIN app_user u ON u.username = 'shuji'
      JOIN branch s ON s.id = u.branch_id
      WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL AND b.path LIKE s.path || '%'`);
    expect(theirs.totalCount).toBe(reach.n);
    const outside = all.nodes.find(
      (n: { branch: { id: string } }) =>
        !theirs.nodes.some((m: { branch: { id: string } }) => m.branch.id === n.branch.id),
    );
    const refused = await t.gql(
      `query($id: ID!) { branchCompliance(branchId: $id, year: 2026) { behind } }`,
      { id: outside.branch.id },
      { token: secretary },
    );
    expect(refused.data!.branchCompliance).toBeNull();
  });

  it('countyStats(2022) counts the report’s party-education figures from the records', async () => {
    const figures = async () =>
      (
        await t.gql(
          '{ countyStats(year: 2022) { partyLife { educationSessions educationAttendees branchMeetings } } }',
        )
      ).data!.countyStats.partyLife;
    const before = await figures();
    expect(before.educationSessions).toBe(35);
    expect(before.educationAttendees).toBeGreaterThanOrEqual(1800);
    expect(before.branchMeetings).toBeGreaterThan(140 * 20);
    const res = await t.gql(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { userErrors { code } } }`,
      {
        input: {
          kind: 'PARTY_EDUCATION',
          title: '红色讲堂：我看建党百年新成就',
          startsAt: '2022-05-01T09:00:00+08:00',
          endsAt: '2022-05-01T11:00:00+08:00',
          organiser: { kind: 'BUREAU' },
          externalAttendance: 10,
          participants: members.map((memberId) => ({ memberId, attendance: 'PRESENT' })),
        },
      },
    );
    expect(res.data!.createActivity.userErrors).toEqual([]);
    const after = await figures();
    expect(after.educationSessions).toBe(36);
    expect(after.educationAttendees).toBe(before.educationAttendees + 10 + members.length);
  });

  it('refuses a quarter that is not 1 to 4', async () => {
    const res = await t.gql(`{ partyLifeCompliance(year: 2026, quarter: 5) { totalCount } }`);
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'quarter',
    });
  });
});

describe('compliance at the year’s end', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true, now: new Date('2027-01-05T02:00:00Z') });
  });
  afterAll(() => t.stop());

  it('a yearly meeting not held by 31 December is overdue in January', async () => {
    const [row] = await t.db.run(sql`
      SELECT b.id FROM branch b WHERE b.kind = 'BRANCH' ORDER BY b.id LIMIT 1`);
    await t.db.run(sql`
      DELETE FROM activity WHERE organiser_branch_id = ${row.id} AND kind = 'DEMOCRATIC_APPRAISAL'`);
    const id = Buffer.from(`Branch:${row.id}`).toString('base64url');
    const res = await t.gql(
      `query($id: ID!) { branchCompliance(branchId: $id, year: 2026) { overdueKinds kinds { kind overdue dueBy } } }`,
      { id },
    );
    const c = res.data!.branchCompliance;
    expect(c.overdueKinds).toContain('DEMOCRATIC_APPRAISAL');
    expect(c.kinds.find((k: { kind: string }) => k.kind === 'DEMOCRATIC_APPRAISAL')).toEqual({
      kind: 'DEMOCRATIC_APPRAISAL',
      overdue: 1,
      dueBy: null,
    });
  });
});
