import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

const FIGURES = `partyOrganisation {
  electionsHeld electionsDue electionsOverdue
  assessments { rating count }
  representatives { kind level count }
  medalsIssued { medal count } }`;

const TERM = `id electedOn termYears endsOn status remarks branch { id name }
  seats { position name member { id name } }`;

describe('organisation building and honours: committees, assessments, representatives, medals', () => {
  let t: TestApp;
  let secretary: string;
  /** A branch of the secretary's with members, and one outside their reach. */
  let own: { id: string; members: string[] };
  let other: { id: string; members: string[] };

  async function branchWithMembers(token: string | undefined, notIn: string[] = []) {
    const res = await t.gql(
      `{ branches(first: 100, filter: { kind: BRANCH }) { nodes { id members(first: 6) { nodes { id } } } } }`,
      undefined,
      token ? { token } : {},
    );
    const branch = res.data!.branches.nodes.find(
      (b: { id: string; members: { nodes: unknown[] } }) =>
        b.members.nodes.length >= 5 && !notIn.includes(b.id),
    );
    return {
      id: branch.id as string,
      members: branch.members.nodes.map((m: { id: string }) => m.id) as string[],
    };
  }

  const figures = async (year: number, token?: string) => {
    const res = await t.gql(
      `query($year: Int!) { countyStats(year: $year) { ${FIGURES} } }`,
      { year },
      token ? { token } : {},
    );
    expect(res.errors).toBeUndefined();
    return res.data!.countyStats.partyOrganisation;
  };
  const count = (rows: { count: number }[], pick: (row: never) => boolean) =>
    (rows as never[]).filter(pick).reduce((sum, r: { count: number }) => sum + r.count, 0);

  const recordElection = (input: Record<string, unknown>, token?: string) =>
    t.gql(
      `mutation($input: RecordElectionInput!) { recordElection(input: $input) {
        committeeTerm { ${TERM} } userErrors { field code message } } }`,
      { input },
      token ? { token } : {},
    );

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretary = await t.login('shuji');
    own = await branchWithMembers(secretary);
    const ownIds = (
      await t.gql('{ branches(first: 100) { nodes { id } } }', undefined, { token: secretary })
    ).data!.branches.nodes.map((b: { id: string }) => b.id);
    other = await branchWithMembers(undefined, ownIds);
  });
  afterAll(() => t.stop());

  it('the demo reproduces the report’s 2022 representatives, and has committees due and overdue', async () => {
    const stats = await figures(2022);
    process.stdout.write(`demo party organisation 2022: ${JSON.stringify(stats)}\n`);
    const serving = (kind: string) =>
      count(
        stats.representatives,
        (r: { kind: string; level: string | null }) => r.kind === kind && r.level === null,
      );
    expect(serving('PARTY_CONGRESS')).toBe(2);
    expect(serving('PEOPLES_CONGRESS')).toBe(1);
    expect(serving('CPPCC')).toBe(0);
    expect(stats.representatives).toContainEqual({
      kind: 'PARTY_CONGRESS',
      level: 'COUNTY',
      count: 2,
    });
    expect(stats.electionsHeld).toBeGreaterThan(20);
    expect(count(stats.assessments, () => true)).toBe(140);
    expect(count(stats.medalsIssued, () => true)).toBe(0);

    const issued = async (year: number) => count((await figures(year)).medalsIssued, () => true);
    expect(await issued(2019)).toBeGreaterThan(1000);
    expect(await issued(2021)).toBeGreaterThan(500);

    const res = await t.gql(`{
      all: committeeTerms(first: 1) { totalCount }
      due: committeeTerms(first: 100, filter: { status: [DUE] }) { totalCount nodes { endsOn status } }
      overdue: committeeTerms(first: 100, filter: { status: [OVERDUE] }) { totalCount nodes { endsOn status seats { position } } } }`);
    const { all, due, overdue } = res.data!;
    process.stdout.write(
      `committees: ${all.totalCount} in office, ${due.totalCount} due, ${overdue.totalCount} overdue\n`,
    );
    expect(all.totalCount).toBe(140);
    expect(due.totalCount).toBeGreaterThan(0);
    expect(overdue.totalCount).toBeGreaterThan(0);
    expect(overdue.totalCount).toBeLessThan(20);
    for (const term of due.nodes) {
      expect(term.endsOn >= '2026-06-15' && term.endsOn <= '2026-09-15').toBe(true);
    }
    for (const term of overdue.nodes) {
      expect(term.endsOn < '2026-06-15').toBe(true);
      expect(term.seats[0].position).toBe('SECRETARY');
    }
    // Soonest ending first.
    const ends = due.nodes.map((n: { endsOn: string }) => n.endsOn);
    expect([...ends].sort()).toEqual(ends);
  });

  it('records an election: the new committee is in office, the old one kept as history, and the year’s figure moves', async () => {
    const before = await figures(2026);
    const [a, b, c] = own.members;
    const res = await recordElection(
      {
        branchId: own.id,
        electedOn: '2026-06-12',
        seats: [
          { position: 'SECRETARY', memberId: a },
          { position: 'DEPUTY_SECRETARY', name: ' 周社区 ' },
          { position: 'ORGANISATION', memberId: b },
          { position: 'PROPAGANDA', memberId: c },
        ],
        remarks: '支部党员大会差额选举',
      },
      secretary,
    );
    expect(res.data!.recordElection.userErrors).toEqual([]);
    const term = res.data!.recordElection.committeeTerm;
    expect(term).toMatchObject({
      electedOn: '2026-06-12',
      termYears: 3,
      endsOn: '2029-06-12',
      status: 'IN_OFFICE',
    });
    expect(term.seats.map((s: { position: string }) => s.position)).toEqual([
      'SECRETARY',
      'DEPUTY_SECRETARY',
      'ORGANISATION',
      'PROPAGANDA',
    ]);
    expect(term.seats[0].member.id).toBe(a);
    expect(term.seats[1]).toMatchObject({ name: '周社区', member: null });

    const history = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Branch { committeeTerms { id status electedOn } } } }`,
      { id: own.id },
    );
    const terms = history.data!.node.committeeTerms;
    expect(terms[0].id).toBe(term.id);
    expect(terms.length).toBeGreaterThan(1);
    expect(terms.slice(1).every((x: { status: string }) => x.status === 'SUPERSEDED')).toBe(true);

    const after = await figures(2026);
    expect(after.electionsHeld).toBe(before.electionsHeld + 1);
    const node = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on CommitteeTerm { electedOn } } }`,
      {
        id: term.id,
      },
    );
    expect(node.data!.node.electedOn).toBe('2026-06-12');
  });

  it('refuses a bad election with every problem named, and writes nothing', async () => {
    const terms = async () =>
      Number((await t.db.run(sql`SELECT count(*)::int AS n FROM committee_term`))[0].n);
    const was = await terms();
    const [a] = own.members;
    const res = await recordElection({
      branchId: own.id,
      electedOn: '2026-07-01',
      termYears: 0,
      seats: [
        { position: 'ORGANISATION', memberId: a, name: '又有姓名' },
        { position: 'PROPAGANDA', memberId: a },
      ],
    });
    const errors = res.data!.recordElection.userErrors.map(
      (e: { field: string[]; code: string }) => [e.field.join('.'), e.code],
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        ['electedOn', 'IN_FUTURE'],
        ['termYears', 'OUT_OF_RANGE'],
        ['seats', 'INVALID'],
        ['seats.0.memberId', 'REQUIRED'],
      ]),
    );
    expect(res.data!.recordElection.committeeTerm).toBeNull();

    const twice = await recordElection({
      branchId: own.id,
      electedOn: '2026-06-12',
      seats: [{ position: 'SECRETARY', memberId: a }],
    });
    expect(twice.data!.recordElection.userErrors).toEqual([
      expect.objectContaining({ field: ['electedOn'], code: 'DUPLICATE' }),
    ]);

    const outside = await recordElection(
      {
        branchId: other.id,
        electedOn: '2026-06-01',
        seats: [{ position: 'SECRETARY', memberId: other.members[0] }],
      },
      secretary,
    );
    expect(outside.data!.recordElection.userErrors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: ['branchId'], code: 'NOT_FOUND' })]),
    );
    expect(await terms()).toBe(was);
  });

  it('assesses a branch once a year (the bureau), shows its demonstration title and branch-building money, and the figure moves', async () => {
    const before = await figures(2026);
    const record = (input: Record<string, unknown>, token?: string) =>
      t.gql(
        `mutation($input: RecordBranchAssessmentInput!) { recordBranchAssessment(input: $input) {
          branchAssessment { id year rating reviewedOn remarks version branch { id } } userErrors { field code } } }`,
        { input },
        token ? { token } : {},
      );
    const refused = await record({ branchId: own.id, year: 2026, rating: 'GOOD' }, secretary);
    expect(refused.data!.recordBranchAssessment.userErrors).toEqual([
      { field: ['branchId'], code: 'FORBIDDEN' },
    ]);
    const first = await record({
      branchId: own.id,
      year: 2026,
      rating: 'AVERAGE',
      reviewedOn: '2026-06-10',
      remarks: '述职评议',
    });
    expect(first.data!.recordBranchAssessment.branchAssessment).toMatchObject({
      year: 2026,
      rating: 'AVERAGE',
      version: 1,
    });
    const again = await record({
      branchId: own.id,
      year: 2026,
      rating: 'GOOD',
      expectedVersion: 1,
    });
    expect(again.data!.recordBranchAssessment.branchAssessment).toMatchObject({
      rating: 'GOOD',
      version: 2,
    });
    const stale = await record({
      branchId: own.id,
      year: 2026,
      rating: 'POOR',
      expectedVersion: 1,
    });
    expect(stale.data!.recordBranchAssessment.userErrors).toEqual([
      { field: ['expectedVersion'], code: 'STALE' },
    ]);
    const after = await figures(2026);
    const good = (s: typeof after) =>
      count(s.assessments, (r: { rating: string }) => r.rating === 'GOOD');
    expect(good(after)).toBe(good(before) + 1);

    const list = await t.gql(`{ branchAssessments(year: 2022, first: 100) { totalCount nodes {
      year branchBuildingPaidFen assessment { rating reviewedOn }
      branch { name demonstrationLevel demonstrationYear } } } }`);
    const rows = list.data!.branchAssessments.nodes;
    expect(list.data!.branchAssessments.totalCount).toBe(140);
    const demonstration = rows.filter(
      (r: { branch: { demonstrationYear: number | null } }) =>
        r.branch.demonstrationYear !== null && r.branch.demonstrationYear <= 2022,
    );
    expect(demonstration.length).toBeGreaterThan(0);
    for (const row of demonstration) {
      expect(row.assessment.rating).toBe('GOOD');
      expect(row.branchBuildingPaidFen).toBeGreaterThan(0);
    }
  });

  it('records representatives: the member’s roles and the year’s figure move; deleting takes it back', async () => {
    const before = await figures(2026);
    const [, , , , e] = own.members;
    const res = await t.gql(
      `mutation($input: AddRepresentativeRoleInput!) { addRepresentativeRole(input: $input) {
        representativeRole { id kind level termFrom termTo member { id } } userErrors { field code } } }`,
      { input: { memberId: e, kind: 'CPPCC', level: 'TOWNSHIP', termFrom: '2026-01-05' } },
      { token: secretary },
    );
    expect(res.data!.addRepresentativeRole.userErrors).toEqual([]);
    const role = res.data!.addRepresentativeRole.representativeRole;
    expect(role).toMatchObject({
      kind: 'CPPCC',
      level: 'TOWNSHIP',
      termTo: null,
      member: { id: e },
    });
    const after = await figures(2026);
    expect(after.representatives).toContainEqual({ kind: 'CPPCC', level: 'TOWNSHIP', count: 1 });
    const cppcc = (s: typeof after) =>
      count(
        s.representatives,
        (r: { kind: string; level: string | null }) => r.kind === 'CPPCC' && r.level === null,
      );
    expect(cppcc(after)).toBe(cppcc(before) + 1);

    const member = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Member { representativeRoles { id kind } } } }`,
      { id: e },
    );
    expect(member.data!.node.representativeRoles).toEqual([{ id: role.id, kind: 'CPPCC' }]);

    const outside = await t.gql(
      `mutation($input: AddRepresentativeRoleInput!) { addRepresentativeRole(input: $input) { userErrors { field code } } }`,
      {
        input: {
          memberId: other.members[0],
          kind: 'CPPCC',
          level: 'COUNTY',
          termFrom: '2026-01-05',
          termTo: '2025-01-01',
        },
      },
      { token: secretary },
    );
    expect(outside.data!.addRepresentativeRole.userErrors).toEqual(
      expect.arrayContaining([
        { field: ['termTo'], code: 'TOO_EARLY' },
        { field: ['memberId'], code: 'NOT_FOUND' },
      ]),
    );

    const deleted = await t.gql(
      `mutation($input: DeleteRepresentativeRoleInput!) { deleteRepresentativeRole(input: $input) { representativeRole { id } userErrors { code } } }`,
      { input: { representativeRoleId: role.id } },
    );
    expect(deleted.data!.deleteRepresentativeRole.representativeRole.id).toBe(role.id);
    expect(cppcc(await figures(2026))).toBe(cppcc(before));
  });

  it('issues medals to the eligible not yet issued: the list shrinks, the figure moves, the member has them', async () => {
    const candidates = async (medal: string) =>
      (
        await t.gql(
          `query($medal: Medal!) { medalCandidates(medal: $medal, first: 3) { totalCount nodes { id partyYears } } }`,
          {
            medal,
          },
        )
      ).data!.medalCandidates;
    const list = await candidates('PARTY_50_YEARS');
    expect(list.totalCount).toBeGreaterThan(2);
    for (const m of list.nodes) expect(m.partyYears).toBeGreaterThanOrEqual(49);
    const before = await figures(2026);
    const issue = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: IssueMedalsInput!) { issueMedals(input: $input) {
          medalAwards { id medal issuedOn ceremony issuedBy member { id } } userErrors { field code } } }`,
        {
          input: {
            medal: 'PARTY_50_YEARS',
            issuedOn: '2026-06-12',
            ceremony: '“七一”前夕纪念章颁发仪式',
            issuedBy: '县委老干部局',
            ...input,
          },
        },
      );
    const [first, second] = list.nodes.map((m: { id: string }) => m.id);
    const res = await issue({ memberIds: [first, second] });
    expect(res.data!.issueMedals.userErrors).toEqual([]);
    expect(res.data!.issueMedals.medalAwards).toHaveLength(2);
    expect((await candidates('PARTY_50_YEARS')).totalCount).toBe(list.totalCount - 2);
    const issued = (s: typeof before) =>
      count(s.medalsIssued, (r: { medal: string }) => r.medal === 'PARTY_50_YEARS');
    expect(issued(await figures(2026))).toBe(issued(before) + 2);

    const member = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Member { medalAwards { medal issuedOn issuedBy } } } }`,
      { id: first },
    );
    expect(member.data!.node.medalAwards).toContainEqual({
      medal: 'PARTY_50_YEARS',
      issuedOn: '2026-06-12',
      issuedBy: '县委老干部局',
    });

    // Already issued, and someone not eligible: each named, none issued.
    const [young] = (await t.gql('{ members(first: 1, filter: { ageMax: 62 }) { nodes { id } } }'))
      .data!.members.nodes;
    const third = (await candidates('PARTY_50_YEARS')).nodes[0].id;
    const refused = await issue({ memberIds: [third, first, young.id] });
    expect(refused.data!.issueMedals.userErrors).toEqual([
      { field: ['memberIds', '1'], code: 'DUPLICATE' },
      { field: ['memberIds', '2'], code: 'INVALID_STATE' },
    ]);
    expect((await candidates('PARTY_50_YEARS')).totalCount).toBe(list.totalCount - 2);

    // The 70th-anniversary medal: retired before 2019-10-01; the demo issued it to those on the roster then.
    const seventy = await candidates('PRC_70TH_ANNIVERSARY');
    const [rule] = await t.db.run(sql`
      SELECT count(*)::int AS n FROM member m WHERE m.status = 'ACTIVE' AND m.retirement_date < '2019-10-01'
        AND NOT EXISTS (SELECT 1 FROM medal_award a WHERE a.member_id = m.id AND a.medal = 'PRC_70TH_ANNIVERSARY')`);
    expect(seventy.totalCount).toBe(rule.n);
  });

  it('records the ceremonies and political events on the one activity record', async () => {
    const [a, b] = own.members;
    const res = await t.gql(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { kind participants { member { id } } } userErrors { field code } } }`,
      {
        input: {
          kind: 'HONORARY_RETIREMENT',
          title: '干部荣誉退休仪式',
          startsAt: '2026-06-12T09:00:00+08:00',
          endsAt: '2026-06-12T10:00:00+08:00',
          organiser: { kind: 'BUREAU' },
          participants: [
            { memberId: a, attendance: 'PRESENT' },
            { memberId: b, attendance: 'PRESENT' },
          ],
        },
      },
    );
    expect(res.data!.createActivity.userErrors).toEqual([]);
    expect(res.data!.createActivity.activity.kind).toBe('HONORARY_RETIREMENT');
    const kinds = await t.gql(
      '{ activities(first: 1, filter: { kind: [POLITICAL_EVENT, SYMPOSIUM, INSPECTION, POLITICAL_BIRTHDAY] }) { totalCount } }',
    );
    expect(kinds.data!.activities.totalCount).toBeGreaterThan(0);
  });

  it('lists committees with their seats and members without a statement per row', async () => {
    await t.adminToken();
    const page = (n: number) =>
      `{ committeeTerms(first: ${n}) { nodes { endsOn branch { name } seats { position name member { name } } } } }`;
    const statements = async (query: string) => {
      let errors: unknown;
      const counted = await t.db.countStatements(async () => {
        errors = (await t.gql(query)).errors;
      });
      expect(errors).toBeUndefined();
      return counted.count;
    };
    const ten = await statements(page(10));
    expect(await statements(page(100))).toBe(ten);
    expect(ten).toBeLessThanOrEqual(5);
  });
});
