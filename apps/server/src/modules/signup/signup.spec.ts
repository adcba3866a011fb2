import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

const ERRORS = 'userErrors { field code message }';
const WINDOW = 'capacity opensAt closesAt closedAt open signedUp waiting placesLeft version';
const SIGNUP = 'status waitingPosition signedUpBy promotedAt cancelledAt member { id }';

const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

describe('网络报名: sign-up for activities and courses', () => {
  let t: TestApp;
  let secretary: string;
  /** A branch of the secretary's with members on the roster, and members of another branch. */
  let own: { id: string; members: string[] };
  let others: string[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretary = await t.login('shuji');
    const mine = await t.gql(
      '{ branches(first: 100, filter: { kind: BRANCH }) { nodes { id members(first: 6, filter: { status: [ACTIVE] }) { nodes { id } } } } }',
      undefined,
      { token: secretary },
    );
    const branch = mine.data!.branches.nodes.find(
      (b: { members: { nodes: unknown[] } }) => b.members.nodes.length >= 6,
    );
    own = { id: branch.id, members: branch.members.nodes.map((m: { id: string }) => m.id) };
    const ownIds = new Set(mine.data!.branches.nodes.map((b: { id: string }) => b.id));
    const all = await t.gql(
      '{ branches(first: 100, filter: { kind: BRANCH }) { nodes { id members(first: 3, filter: { status: [ACTIVE] }) { nodes { id } } } } }',
    );
    const other = all.data!.branches.nodes.find(
      (b: { id: string; members: { nodes: unknown[] } }) =>
        !ownIds.has(b.id) && b.members.nodes.length >= 3,
    );
    others = other.members.nodes.map((m: { id: string }) => m.id);
  });
  afterAll(() => t.stop());

  async function activity(input: Record<string, unknown> = {}, token?: string): Promise<string> {
    const res = await t.gql(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } ${ERRORS} } }`,
      {
        input: {
          kind: 'PERFORMANCE',
          title: '迎七一文艺演出',
          startsAt: '2026-07-01T09:00:00+08:00',
          endsAt: '2026-07-01T11:00:00+08:00',
          organiser: { kind: 'BUREAU' },
          ...input,
        },
      },
      token ? { token } : {},
    );
    expect(res.data!.createActivity.userErrors).toEqual([]);
    return res.data!.createActivity.activity.id;
  }

  const open = (input: Record<string, unknown>, token?: string) =>
    t.gql(
      `mutation($input: OpenSignupInput!) { openSignup(input: $input) { signupWindow { ${WINDOW} } ${ERRORS} } }`,
      { input },
      token ? { token } : {},
    );
  const close = (input: Record<string, unknown>, token?: string) =>
    t.gql(
      `mutation($input: CloseSignupInput!) { closeSignup(input: $input) { signupWindow { ${WINDOW} } ${ERRORS} } }`,
      { input },
      token ? { token } : {},
    );
  const signUp = (input: Record<string, unknown>, token?: string) =>
    t.gql(
      `mutation($input: SignUpInput!) { signUp(input: $input) { signup { ${SIGNUP} } ${ERRORS} } }`,
      { input },
      token ? { token } : {},
    );
  const cancel = (input: Record<string, unknown>, token?: string) =>
    t.gql(
      `mutation($input: CancelSignupInput!) { cancelSignup(input: $input) {
        signup { ${SIGNUP} } promoted { ${SIGNUP} } ${ERRORS} } }`,
      { input },
      token ? { token } : {},
    );
  const signupRows = async () =>
    Number((await t.db.run(sql`SELECT count(*)::int AS n FROM activity_signup`))[0].n);

  it('the demo has sign-ups open this month: one full with a waiting list, one of the secretary’s branch', async () => {
    const listed = await t.gql(
      '{ openSignups(first: 20) { nodes { capacity signedUp waiting placesLeft open closesAt activity { title } course { name } } } }',
    );
    const nodes = listed.data!.openSignups.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(nodes.every((n: { open: boolean }) => n.open)).toBe(true);
    expect(nodes).toContainEqual(
      expect.objectContaining({ capacity: 40, signedUp: 40, waiting: 6, placesLeft: 0 }),
    );
    const deadlines = nodes.map((n: { closesAt: string }) => n.closesAt);
    expect(deadlines).toEqual([...deadlines].sort());
    const mine = await t.gql(
      '{ openSignups(first: 20) { nodes { activity { title } } } }',
      undefined,
      {
        token: secretary,
      },
    );
    expect(mine.data!.openSignups.nodes).toContainEqual({
      activity: { title: '参观红色教育基地' },
    });
  });

  it('fills the places in order, puts the rest on the waiting list and moves it up when a place frees', async () => {
    const id = await activity();
    const opened = await open({
      activityId: id,
      capacity: 2,
      closesAt: '2026-06-30T18:00:00+08:00',
    });
    expect(opened.data!.openSignup).toMatchObject({
      signupWindow: { capacity: 2, open: true, signedUp: 0, waiting: 0, placesLeft: 2, version: 1 },
      userErrors: [],
    });
    const [a, b, c] = own.members;
    const replies = [];
    for (const memberId of [a, b, c])
      replies.push((await signUp({ activityId: id, memberId })).data!.signUp);
    expect(replies.map((r) => r.userErrors)).toEqual([[], [], []]);
    expect(replies.map((r) => [r.signup.status, r.signup.waitingPosition])).toEqual([
      ['SIGNED_UP', null],
      ['SIGNED_UP', null],
      ['WAITING', 1],
    ]);
    expect(replies[0].signup.signedUpBy).toMatch(/\(admin\)$/);

    const twice = await signUp({ activityId: id, memberId: a });
    expect(twice.data!.signUp).toMatchObject({
      signup: null,
      userErrors: [{ field: ['memberId'], code: 'DUPLICATE' }],
    });

    const read = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Activity { signup { ${WINDOW} signedUpMembers { id } } } }
        signups(activityId: $id, first: 10) { totalCount nodes { status waitingPosition member { id } } } }`,
      { id },
    );
    expect(read.data!.node.signup).toMatchObject({ signedUp: 2, waiting: 1, placesLeft: 0 });
    expect(read.data!.node.signup.signedUpMembers.map((m: { id: string }) => m.id).sort()).toEqual(
      [a, b].sort(),
    );
    expect(read.data!.signups.totalCount).toBe(3);
    expect(read.data!.signups.nodes.map((n: { member: { id: string } }) => n.member.id)).toEqual([
      a,
      b,
      c,
    ]);

    // The first place frees: the waiting member moves up in the same transaction.
    const cancelled = await cancel({ activityId: id, memberId: a });
    expect(cancelled.data!.cancelSignup).toMatchObject({
      signup: { status: 'CANCELLED', member: { id: a } },
      promoted: { status: 'SIGNED_UP', member: { id: c }, waitingPosition: null },
      userErrors: [],
    });
    expect(cancelled.data!.cancelSignup.promoted.promotedAt).not.toBeNull();
    const after = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Activity { signup { signedUp waiting } } }
        cancelledToo: signups(activityId: $id, first: 10, status: [CANCELLED]) { nodes { member { id } } } }`,
      { id },
    );
    expect(after.data!.node.signup).toEqual({ signedUp: 2, waiting: 0 });
    expect(after.data!.cancelledToo.nodes).toEqual([{ member: { id: a } }]);

    // The member who cancelled may sign up again: now they wait.
    const again = await signUp({ activityId: id, memberId: a });
    expect(again.data!.signUp.signup).toMatchObject({ status: 'WAITING', waitingPosition: 1 });

    // More places move the waiting list up; fewer than are taken are refused.
    const more = await open({ activityId: id, capacity: 3, closesAt: '2026-06-30T18:00:00+08:00' });
    expect(more.data!.openSignup.signupWindow).toMatchObject({
      capacity: 3,
      signedUp: 3,
      waiting: 0,
      version: 2,
    });
    const fewer = await open({
      activityId: id,
      capacity: 1,
      closesAt: '2026-06-30T18:00:00+08:00',
    });
    expect(fewer.data!.openSignup).toMatchObject({
      signupWindow: null,
      userErrors: [{ field: ['capacity'], code: 'OUT_OF_RANGE' }],
    });

    // The open sign-ups list it, with its places.
    const list = await t.gql(
      '{ openSignups(first: 100) { totalCount nodes { capacity signedUp placesLeft activity { id } course { id } } } }',
    );
    expect(list.data!.openSignups.nodes).toContainEqual({
      capacity: 3,
      signedUp: 3,
      placesLeft: 0,
      activity: { id },
      course: null,
    });
  });

  it('refuses what cannot be, with the field and code, and writes nothing', async () => {
    const id = await activity({ title: '书画展' });
    const deadline = '2026-06-30T18:00:00+08:00';
    const refusals: [Record<string, unknown>, string[], string][] = [
      [{ activityId: id, closesAt: deadline }, ['capacity'], 'REQUIRED'],
      [{ activityId: id, capacity: 0, closesAt: deadline }, ['capacity'], 'OUT_OF_RANGE'],
      [
        { activityId: id, capacity: 5, closesAt: '2026-06-01T00:00:00+08:00' },
        ['closesAt'],
        'TOO_EARLY',
      ],
      [
        { activityId: id, capacity: 5, closesAt: '2026-07-02T00:00:00+08:00' },
        ['closesAt'],
        'OUT_OF_RANGE',
      ],
      [{ capacity: 5, closesAt: deadline }, ['activityId'], 'REQUIRED'],
      [{ activityId: id, courseId: id, capacity: 5, closesAt: deadline }, ['courseId'], 'INVALID'],
      [{ activityId: 'nonsense', capacity: 5, closesAt: deadline }, ['activityId'], 'INVALID_ID'],
    ];
    for (const [input, field, code] of refusals) {
      const res = await open(input);
      expect([input, res.data!.openSignup.userErrors]).toEqual([
        input,
        [expect.objectContaining({ field, code })],
      ]);
    }
    expect(
      (
        await t.db.run(
          sql`SELECT count(*)::int AS n FROM signup_window WHERE activity_id = ${keyOf(id)}`,
        )
      )[0].n,
    ).toBe(0);

    // Not open: CLOSED, nothing written.
    const before = await signupRows();
    const notOpen = await signUp({ activityId: id, memberId: own.members[0] });
    expect(notOpen.data!.signUp.userErrors).toMatchObject([
      { field: ['activityId'], code: 'CLOSED' },
    ]);
    await open({
      activityId: id,
      capacity: 5,
      opensAt: '2026-06-20T08:00:00+08:00',
      closesAt: deadline,
    });
    const early = await signUp({ activityId: id, memberId: own.members[0] });
    expect(early.data!.signUp.userErrors).toMatchObject([
      { code: 'CLOSED', message: expect.stringContaining('尚未开始') },
    ]);
    await open({ activityId: id, capacity: 5, closesAt: deadline });
    // Past the deadline (the window moved back in time, as the clock is fixed).
    await t.db.run(sql`
      UPDATE signup_window SET opens_at = '2026-06-01T00:00:00+08:00', closes_at = '2026-06-15T09:00:00+08:00'
      WHERE activity_id = ${keyOf(id)}`);
    const late = await signUp({ activityId: id, memberId: own.members[0] });
    expect(late.data!.signUp.userErrors).toMatchObject([
      { field: ['activityId'], code: 'CLOSED', message: expect.stringContaining('已截止') },
    ]);
    const closedAgain = await close({ activityId: id });
    expect(closedAgain.data!.closeSignup.userErrors).toMatchObject([{ code: 'CLOSED' }]);
    expect(await signupRows()).toBe(before);

    // Reopened, then closed early: the sign-ups stay, new ones are refused.
    await open({ activityId: id, capacity: 5, closesAt: deadline });
    expect(
      (await signUp({ activityId: id, memberId: own.members[0] })).data!.signUp.userErrors,
    ).toEqual([]);
    const closed = await close({ activityId: id });
    expect(closed.data!.closeSignup.signupWindow).toMatchObject({ open: false, signedUp: 1 });
    expect(closed.data!.closeSignup.signupWindow.closedAt).not.toBeNull();
    expect(
      (await signUp({ activityId: id, memberId: own.members[1] })).data!.signUp.userErrors,
    ).toMatchObject([{ code: 'CLOSED' }]);

    // A member of nobody, a member no longer on the roster.
    await open({ activityId: id, capacity: 5, closesAt: deadline });
    const nobody = await signUp({
      activityId: id,
      memberId: Buffer.from('Member:999999').toString('base64url'),
    });
    expect(nobody.data!.signUp.userErrors).toMatchObject([
      { field: ['memberId'], code: 'NOT_FOUND' },
    ]);
    const [gone] = await t.db.run(
      sql`SELECT m.id FROM member m WHERE m.status = 'DECEASED' LIMIT 1`,
    );
    const dead = await signUp({
      activityId: id,
      memberId: Buffer.from(`Member:${gone.id}`).toString('base64url'),
    });
    expect(dead.data!.signUp.userErrors).toMatchObject([
      { field: ['memberId'], code: 'NOT_CURRENT' },
    ]);

    // Cancelling once the activity has begun is refused.
    await t.db.run(
      sql`UPDATE activity SET starts_at = '2026-06-15T09:30:00+08:00' WHERE id = ${keyOf(id)}`,
    );
    const begun = await cancel({ activityId: id, memberId: own.members[0] });
    expect(begun.data!.cancelSignup.userErrors).toMatchObject([
      { field: ['activityId'], code: 'INVALID_STATE' },
    ]);
  });

  it('a secretary signs up the members of their branches for their branches’ and the county’s activities; another branch’s is out of reach', async () => {
    const ownActivity = await activity(
      {
        kind: 'THEMED_PARTY_DAY',
        title: '主题党日 参观',
        organiser: { kind: 'BRANCH', branchId: own.id },
      },
      secretary,
    );
    const deadline = '2026-06-30T18:00:00+08:00';
    const opened = await open(
      { activityId: ownActivity, capacity: 10, closesAt: deadline },
      secretary,
    );
    expect(opened.data!.openSignup.userErrors).toEqual([]);
    const mine = await signUp({ activityId: ownActivity, memberId: own.members[3] }, secretary);
    expect(mine.data!.signUp.userErrors).toEqual([]);
    expect(mine.data!.signUp.signup.signedUpBy).toMatch(/\(shuji\)$/);
    const foreign = await signUp({ activityId: ownActivity, memberId: others[0] }, secretary);
    expect(foreign.data!.signUp.userErrors).toMatchObject([
      { field: ['memberId'], code: 'NOT_FOUND' },
    ]);

    // The bureau's activity is open to every branch: the secretary signs up and cancels their own.
    const bureau = await activity({ title: '重阳游园' });
    const bySecretary = await open(
      { activityId: bureau, capacity: 10, closesAt: deadline },
      secretary,
    );
    expect(bySecretary.data!.openSignup.userErrors).toMatchObject([
      { field: ['activityId'], code: 'NOT_FOUND' },
    ]);
    await open({ activityId: bureau, capacity: 10, closesAt: deadline });
    await signUp({ activityId: bureau, memberId: others[0] });
    const county = await signUp({ activityId: bureau, memberId: own.members[0] }, secretary);
    expect(county.data!.signUp).toMatchObject({ signup: { status: 'SIGNED_UP' }, userErrors: [] });
    const seen = await t.gql(
      `query($id: ID!) { signups(activityId: $id, first: 10) { totalCount nodes { member { id } } } }`,
      { id: bureau },
      { token: secretary },
    );
    expect(seen.data!.signups).toEqual({
      totalCount: 1,
      nodes: [{ member: { id: own.members[0] } }],
    });
    expect(
      (await cancel({ activityId: bureau, memberId: others[0] }, secretary)).data!.cancelSignup
        .userErrors,
    ).toMatchObject([{ field: ['memberId'], code: 'NOT_FOUND' }]);

    // Another branch's activity is out of a secretary's reach, for sign-up as in 活动记录.
    const otherBranch = (
      await t.gql(`query($id: ID!) { node(id: $id) { ... on Member { branch { id } } } }`, {
        id: others[0],
      })
    ).data!.node.branch.id;
    const theirs = await activity({
      kind: 'THEMED_PARTY_DAY',
      title: '他支部主题党日',
      organiser: { kind: 'BRANCH', branchId: otherBranch },
    });
    await open({ activityId: theirs, capacity: 10, closesAt: deadline });
    const outOfReach = await signUp({ activityId: theirs, memberId: own.members[0] }, secretary);
    expect(outOfReach.data!.signUp.userErrors).toMatchObject([
      { field: ['activityId'], code: 'NOT_FOUND' },
    ]);
    const listed = await t.gql(
      '{ openSignups(first: 100) { nodes { title place activity { id } } } }',
      undefined,
      { token: secretary },
    );
    const titles = listed.data!.openSignups.nodes.map((n: { title: string }) => n.title);
    expect(titles).toEqual(expect.arrayContaining(['主题党日 参观', '重阳游园']));
    expect(titles).not.toContain('他支部主题党日');
    // The county's activity is listed with what it is, not the record the secretary cannot reach.
    expect(listed.data!.openSignups.nodes).toContainEqual({
      title: '重阳游园',
      place: null,
      activity: null,
    });
  });

  it('an integration signs members up with an API token holding members:write, and is named', async () => {
    const created = await t.gql(
      `mutation { createApiToken(input: { name: "微信小程序", scopes: [MEMBERS_READ, MEMBERS_WRITE] }) { secret ${ERRORS} } }`,
    );
    const token = created.data!.createApiToken.secret as string;
    const id = await activity({ title: '健康讲座' });
    await open({ activityId: id, capacity: 1, closesAt: '2026-06-30T18:00:00+08:00' });
    const res = await signUp({ activityId: id, memberId: others[1] }, token);
    expect(res.data!.signUp).toMatchObject({
      signup: { status: 'SIGNED_UP', signedUpBy: 'API token 微信小程序' },
      userErrors: [],
    });
    const [row] = await t.db.run(sql`
      SELECT signed_up_by_user_id AS "user", signed_up_by_token_id AS "token" FROM activity_signup
      WHERE activity_id = ${keyOf(id)}`);
    expect(row.user).toBeNull();
    expect(row.token).not.toBeNull();
    const [audit] = await t.db.run(sql`
      SELECT count(*)::int AS n FROM audit_event
      WHERE operation = 'signUp' AND actor_label = 'API token 微信小程序' AND actor_token_id IS NOT NULL`);
    expect(audit.n).toBe(1);
  });

  it('a course’s sign-up opens its enrolment (its places and waiting list) until the deadline', async () => {
    const room = await t.gql(
      `mutation { createRoom(input: { name: "报名测试教室", capacity: 30, areaSqm: 60 }) { room { id } ${ERRORS} } }`,
    );
    const course = await t.gql(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id } ${ERRORS} } }`,
      {
        input: {
          name: '智能手机提高班',
          term: '2026夏季',
          teacher: '李老师',
          roomId: room.data!.createRoom.room.id,
          schedule: [{ weekday: 3, startTime: '14:00', endTime: '16:00' }],
          termStartsOn: '2026-06-01',
          termEndsOn: '2026-07-31',
          capacity: 1,
        },
      },
    );
    expect(course.data!.createCourse.userErrors).toEqual([]);
    const courseId = course.data!.createCourse.course.id;
    const withCapacity = await open({
      courseId,
      capacity: 3,
      closesAt: '2026-06-30T18:00:00+08:00',
    });
    expect(withCapacity.data!.openSignup.userErrors).toMatchObject([
      { field: ['capacity'], code: 'INVALID' },
    ]);
    const afterTerm = await open({ courseId, closesAt: '2026-08-01T00:00:00+08:00' });
    expect(afterTerm.data!.openSignup.userErrors).toMatchObject([
      { field: ['closesAt'], code: 'OUT_OF_RANGE' },
    ]);
    const bySecretary = await open({ courseId, closesAt: '2026-06-30T18:00:00+08:00' }, secretary);
    expect(bySecretary.data!.openSignup.userErrors).toMatchObject([
      { field: ['courseId'], code: 'FORBIDDEN' },
    ]);
    const opened = await open({ courseId, closesAt: '2026-06-30T18:00:00+08:00' });
    expect(opened.data!.openSignup.signupWindow).toMatchObject({
      capacity: 1,
      signedUp: 0,
      open: true,
    });

    const [a, b] = own.members;
    const first = await signUp({ courseId, memberId: a }, secretary);
    const second = await signUp({ courseId, memberId: b }, secretary);
    expect([first.data!.signUp.signup.status, second.data!.signUp.signup.status]).toEqual([
      'SIGNED_UP',
      'WAITING',
    ]);
    expect((await signUp({ courseId, memberId: a })).data!.signUp.userErrors).toMatchObject([
      { field: ['memberId'], code: 'DUPLICATE' },
    ]);
    // One waiting list: the course's own enrolments hold the sign-ups.
    const read = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Course { enrolledCount waitingCount enrolments { status member { id } }
        signup { capacity signedUp waiting signedUpMembers { id } } } }
        signups(courseId: $id, first: 10) { nodes { status waitingPosition member { id } } } }`,
      { id: courseId },
    );
    expect(read.data!.node).toMatchObject({
      enrolledCount: 1,
      waitingCount: 1,
      enrolments: [
        { status: 'ENROLLED', member: { id: a } },
        { status: 'WAITING', member: { id: b } },
      ],
      signup: { capacity: 1, signedUp: 1, waiting: 1, signedUpMembers: [{ id: a }] },
    });
    expect(read.data!.signups.nodes).toEqual([
      { status: 'SIGNED_UP', waitingPosition: null, member: { id: a } },
      { status: 'WAITING', waitingPosition: 1, member: { id: b } },
    ]);
    const cancelled = await cancel({ courseId, memberId: a }, secretary);
    expect(cancelled.data!.cancelSignup).toMatchObject({
      signup: { status: 'CANCELLED', member: { id: a } },
      promoted: { status: 'SIGNED_UP', member: { id: b } },
      userErrors: [],
    });
    // Closed: the course takes no more sign-ups (the bureau still enrols directly).
    expect((await close({ courseId })).data!.closeSignup.userErrors).toEqual([]);
    expect((await signUp({ courseId, memberId: a })).data!.signUp.userErrors).toMatchObject([
      { field: ['courseId'], code: 'CLOSED' },
    ]);
  });

  it('counts the year’s sign-ups in countyStats, from the records', async () => {
    const figures = async () =>
      (
        await t.gql(
          '{ countyStats(year: 2026) { signup { activities signUps throughIntegrations waitListed promoted cancelled turnout } } }',
        )
      ).data!.countyStats.signup;
    const before = await figures();
    const id = await activity({ title: '老干部门球赛', kind: 'COMPETITION' });
    await open({ activityId: id, capacity: 1, closesAt: '2026-06-30T18:00:00+08:00' });
    await signUp({ activityId: id, memberId: others[2] });
    await signUp({ activityId: id, memberId: own.members[5] });
    const after = await figures();
    expect(after).toMatchObject({
      activities: before.activities + 1,
      signUps: before.signUps + 2,
      waitListed: before.waitListed + 1,
      promoted: before.promoted,
    });
  });

  it('lists sign-ups and open sign-ups in a few statements, whatever their number', async () => {
    const statements = async (query: string) => {
      let data: Record<string, any> | undefined;
      const { count } = await t.db.countStatements(async () => {
        const res = await t.gql(query);
        expect(res.errors).toBeUndefined();
        data = res.data;
      });
      return { count, data: data! };
    };
    // Enough open sign-ups with members signed up to tell a loader from a statement per row.
    for (let i = 0; i < 12; i++) {
      const id = await activity({ title: `报名统计测试 ${i + 1}` });
      await open({ activityId: id, capacity: 1, closesAt: '2026-06-30T18:00:00+08:00' });
      await signUp({ activityId: id, memberId: others[i % 3] });
      await signUp({ activityId: id, memberId: own.members[i % 6] });
    }
    const activities = await statements(`{ activities(first: 100) { nodes { title
      signup { capacity signedUp waiting open signedUpMembers { name } } } } }`);
    const withSignup = activities.data.activities.nodes.filter(
      (a: { signup: unknown }) => a.signup,
    );
    expect(withSignup.length).toBeGreaterThan(12);
    // the page, the windows, their members signed up, the members
    expect(activities.count).toBeLessThanOrEqual(4);

    const listed = await statements(`{ openSignups(first: 100) { nodes { capacity signedUp
      activity { title signup { closesAt } } course { name signup { closesAt } }
      signedUpMembers { name } } } }`);
    expect(listed.data.openSignups.nodes.length).toBeGreaterThan(12);
    // session, the page with its counts, activities, courses, their windows, the members
    // signed up (of activities; of courses), the members (at most twice)
    expect(listed.count).toBeLessThanOrEqual(10);

    const [busy] = await t.db.run(sql`
      SELECT activity_id AS id FROM activity_signup GROUP BY activity_id ORDER BY count(*) DESC LIMIT 1`);
    const list =
      await statements(`{ signups(activityId: "${Buffer.from(`Activity:${busy.id}`).toString('base64url')}",
      first: 100) { totalCount nodes { status member { name branch { name } } activity { title } } } }`);
    expect(list.data.signups.nodes.length).toBeGreaterThan(1);
    expect(list.count).toBeLessThanOrEqual(5);
  });
});
