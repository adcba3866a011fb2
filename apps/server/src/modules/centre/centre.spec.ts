import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

const BOOKING = `id startsAt endsAt purpose status bookedBy cancelledBy cancelReason
  room { id name } activity { id title } course { id name }`;
const ERRORS = 'userErrors { field code message params }';
const COURSE = `id name term teacher capacity termStartsOn termEndsOn enrolledCount waitingCount
  room { id } schedule { weekday startTime endTime }`;

const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

describe('the activity centre: rooms, bookings, courses and enrolment', () => {
  let t: TestApp;
  let secretary: string;
  let hall: string;
  let studio: string;
  /** Members on the roster, in no particular order; and a branch of the secretary's with its members. */
  let members: string[];
  let own: { id: string; members: string[] };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretary = await t.login('shuji');
    members = (
      await t.gql('{ members(first: 40, filter: { status: [ACTIVE] }) { nodes { id } } }')
    ).data!.members.nodes.map((m: { id: string }) => m.id);
    const branches = await t.gql(
      '{ branches(first: 100, filter: { kind: BRANCH }) { nodes { id members(first: 5) { nodes { id } } } } }',
      undefined,
      { token: secretary },
    );
    const branch = branches.data!.branches.nodes.find(
      (b: { members: { nodes: unknown[] } }) => b.members.nodes.length >= 3,
    );
    own = { id: branch.id, members: branch.members.nodes.map((m: { id: string }) => m.id) };
    hall = (await room({ name: '东厅', capacity: 300, areaSqm: 600, equipment: ['音响', '投影'] }))
      .id;
    studio = (await room({ name: '西排练室', capacity: 40, areaSqm: 120 })).id;
  });
  afterAll(() => t.stop());

  async function room(input: Record<string, unknown>) {
    const res = await t.gql(
      `mutation($input: CreateRoomInput!) { createRoom(input: $input) { room { id name capacity areaSqm equipment active } ${ERRORS} } }`,
      { input },
    );
    expect(res.data!.createRoom.userErrors).toEqual([]);
    return res.data!.createRoom.room;
  }

  const book = (input: Record<string, unknown>, token?: string) =>
    t.gql(
      `mutation($input: BookRoomInput!) { bookRoom(input: $input) { booking { ${BOOKING} } ${ERRORS} } }`,
      { input },
      token ? { token } : {},
    );
  const cancel = (bookingId: string, token?: string) =>
    t.gql(
      `mutation($id: ID!) { cancelBooking(input: { bookingId: $id, reason: "改期" }) { booking { ${BOOKING} } ${ERRORS} } }`,
      { id: bookingId },
      token ? { token } : {},
    );
  const at = (day: string, time: string) => `${day}T${time}:00+08:00`;
  const bookings = async () =>
    Number((await t.db.run(sql`SELECT count(*)::int AS n FROM room_booking`))[0].n);

  it('keeps the centre’s rooms: the bureau adds and changes them, names are unique', async () => {
    const listed = await t.gql('{ rooms(first: 100) { nodes { name equipment } } }');
    expect(listed.data!.rooms.nodes).toEqual(
      expect.arrayContaining([
        { name: '东厅', equipment: ['音响', '投影'] },
        { name: '西排练室', equipment: [] },
      ]),
    );
    const twice = await t.gql(
      `mutation { createRoom(input: { name: "东厅", capacity: 0, areaSqm: 10 }) { ${ERRORS} } }`,
    );
    expect(twice.data!.createRoom.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'OUT_OF_RANGE',
    ]);
    const duplicate = await t.gql(
      `mutation { createRoom(input: { name: "东厅", capacity: 10, areaSqm: 10 }) { ${ERRORS} } }`,
    );
    expect(duplicate.data!.createRoom.userErrors).toMatchObject([
      { field: ['name'], code: 'DUPLICATE' },
    ]);
    const bySecretary = await t.gql(
      `mutation { createRoom(input: { name: "北书画室", capacity: 10, areaSqm: 10 }) { ${ERRORS} } }`,
      undefined,
      { token: secretary },
    );
    expect(bySecretary.data!.createRoom.userErrors).toMatchObject([{ code: 'FORBIDDEN' }]);
    const closed = await room({ name: '南健身房', capacity: 30, areaSqm: 200 });
    const update = await t.gql(
      `mutation($id: ID!) { updateRoom(input: { roomId: $id, active: false, expectedVersion: 1 }) { room { active version } ${ERRORS} } }`,
      { id: closed.id },
    );
    expect(update.data!.updateRoom).toEqual({
      room: { active: false, version: 2 },
      userErrors: [],
    });
    const refused = await book({
      roomId: closed.id,
      startsAt: at('2026-07-01', '09:00'),
      endsAt: at('2026-07-01', '10:00'),
      purpose: '锻炼',
    });
    expect(refused.data!.bookRoom.userErrors).toMatchObject([
      { field: ['roomId'], code: 'INVALID_STATE' },
    ]);
    const counts = await t.gql(
      '{ rooms(first: 1) { totalCount } all: rooms(first: 1, includeInactive: true) { totalCount } }',
    );
    expect(counts.data!.all.totalCount).toBe(counts.data!.rooms.totalCount + 1);
  });

  it('books a room, refuses a clash naming the booking in the way, and frees the time on cancelling', async () => {
    const first = await book({
      roomId: hall,
      startsAt: at('2026-07-01', '09:00'),
      endsAt: at('2026-07-01', '11:00'),
      purpose: '合唱团排练',
    });
    expect(first.data!.bookRoom.userErrors).toEqual([]);
    const booked = first.data!.bookRoom.booking;
    expect(booked).toMatchObject({
      status: 'BOOKED',
      purpose: '合唱团排练',
      room: { name: '东厅' },
    });

    const before = await bookings();
    const clash = await book({
      roomId: hall,
      startsAt: at('2026-07-01', '10:30'),
      endsAt: at('2026-07-01', '12:00'),
      purpose: '书法讲座',
    });
    expect(clash.data!.bookRoom).toEqual({
      booking: null,
      userErrors: [
        {
          field: ['startsAt'],
          code: 'BOOKING_CLASH',
          message: expect.stringContaining('合唱团排练'),
          params: {
            bookingId: booked.id,
            room: '东厅',
            when: '2026-07-01 09:00–11:00',
            purpose: '合唱团排练',
          },
        },
      ],
    });
    expect(await bookings()).toBe(before);

    // Ranges are half-open: one may start when the other ends; another room is free.
    const adjacent = await book({
      roomId: hall,
      startsAt: at('2026-07-01', '11:00'),
      endsAt: at('2026-07-01', '12:00'),
      purpose: '书法讲座',
    });
    expect(adjacent.data!.bookRoom.userErrors).toEqual([]);
    const elsewhere = await book({
      roomId: studio,
      startsAt: at('2026-07-01', '10:30'),
      endsAt: at('2026-07-01', '12:00'),
      purpose: '书法讲座',
    });
    expect(elsewhere.data!.bookRoom.userErrors).toEqual([]);

    const bad = await book({
      roomId: hall,
      startsAt: at('2026-07-02', '10:00'),
      endsAt: at('2026-07-02', '09:00'),
    });
    expect(bad.data!.bookRoom.userErrors.map((e: { code: string }) => e.code).sort()).toEqual([
      'REQUIRED',
      'TOO_EARLY',
    ]);

    const cancelled = await cancel(booked.id);
    expect(cancelled.data!.cancelBooking.booking).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: expect.stringContaining('admin'),
      cancelReason: '改期',
    });
    expect((await cancel(booked.id)).data!.cancelBooking.userErrors).toMatchObject([
      { code: 'INVALID_STATE' },
    ]);
    const again = await book({
      roomId: hall,
      startsAt: at('2026-07-01', '10:00'),
      endsAt: at('2026-07-01', '11:00'),
      purpose: '书法讲座（提前）',
    });
    expect(again.data!.bookRoom.userErrors).toEqual([]);
  });

  it('a booking for an activity names the room on the activity; a secretary books and cancels within reach', async () => {
    const created = await t.gql(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } userErrors { code } } }`,
      {
        input: {
          kind: 'THEMED_PARTY_DAY',
          title: '七一主题党日',
          startsAt: at('2026-07-01', '14:00'),
          endsAt: at('2026-07-01', '16:00'),
          organiser: { kind: 'BRANCH', branchId: own.id },
        },
      },
      { token: secretary },
    );
    const activity = created.data!.createActivity.activity.id;
    const res = await book(
      {
        roomId: studio,
        startsAt: at('2026-07-01', '14:00'),
        endsAt: at('2026-07-01', '16:00'),
        activityId: activity,
      },
      secretary,
    );
    expect(res.data!.bookRoom.userErrors).toEqual([]);
    const booking = res.data!.bookRoom.booking;
    expect(booking).toMatchObject({ purpose: '七一主题党日', activity: { id: activity } });
    const withRoom = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on Activity { room { name } } } }',
      { id: activity },
    );
    expect(withRoom.data!.node.room).toEqual({ name: '西排练室' });

    // Another caller's plain booking is out of the secretary's reach, as if missing.
    const plain = await book({
      roomId: studio,
      startsAt: at('2026-07-03', '09:00'),
      endsAt: at('2026-07-03', '10:00'),
      purpose: '局机关会议',
    });
    expect(
      (await cancel(plain.data!.bookRoom.booking.id, secretary)).data!.cancelBooking.userErrors,
    ).toMatchObject([{ code: 'NOT_FOUND' }]);

    expect((await cancel(booking.id, secretary)).data!.cancelBooking.userErrors).toEqual([]);
    const freed = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on Activity { room { name } } } }',
      { id: activity },
    );
    expect(freed.data!.node.room).toBeNull();

    // Deleting an activity takes its bookings with it.
    const rebooked = await book(
      {
        roomId: studio,
        startsAt: at('2026-07-01', '14:00'),
        endsAt: at('2026-07-01', '16:00'),
        activityId: activity,
      },
      secretary,
    );
    expect(rebooked.data!.bookRoom.userErrors).toEqual([]);
    const deleted = await t.gql(
      `mutation($id: ID!) { deleteActivity(input: { activityId: $id }) { userErrors { code } } }`,
      { id: activity },
      { token: secretary },
    );
    expect(deleted.data!.deleteActivity.userErrors).toEqual([]);
    const [gone] = await t.db.run(
      sql`SELECT count(*)::int AS n FROM room_booking WHERE id = ${keyOf(rebooked.data!.bookRoom.booking.id)}`,
    );
    expect(gone.n).toBe(0);
  });

  it('shows a week of the calendar, all rooms or one, in a constant number of statements', async () => {
    const calendar = async (day: string, roomId?: string) => {
      const res = await t.gql(
        `query($day: Date!, $room: ID) { centreCalendar(weekOf: $day, roomId: $room) {
          from to bookings { purpose startsAt room { name } } } }`,
        { day, room: roomId ?? null },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.centreCalendar;
    };
    const hallWeek = await calendar('2026-07-02', hall);
    expect(hallWeek).toMatchObject({ from: '2026-06-29', to: '2026-07-05' });
    expect(hallWeek.bookings.map((b: { purpose: string }) => b.purpose)).toEqual([
      '书法讲座（提前）',
      '书法讲座',
    ]);
    const studioWeek = await calendar('2026-07-05', studio);
    expect(studioWeek.bookings.map((b: { purpose: string }) => b.purpose)).toEqual([
      '书法讲座',
      '局机关会议',
    ]);
    expect((await calendar('2026-07-06', studio)).bookings).toEqual([]);
    const all = await calendar('2026-07-01');
    expect(all.bookings.length).toBeGreaterThan(4);
    const starts = all.bookings.map((b: { startsAt: string }) => b.startsAt);
    expect(starts).toEqual([...starts].sort());

    // A week of the demo timetable: many bookings with their rooms, activities and courses.
    let week: { bookings: unknown[] } | undefined;
    const { count } = await t.db.countStatements(async () => {
      const res = await t.gql(
        `{ centreCalendar(weekOf: "2026-05-13") { bookings { purpose room { name } activity { title } course { name } } } }`,
      );
      expect(res.errors).toBeUndefined();
      week = res.data!.centreCalendar;
    });
    expect(week!.bookings.length).toBeGreaterThan(10);
    expect(count).toBeLessThanOrEqual(4); // the week, then rooms, activities, courses
  });

  const createCourse = (input: Record<string, unknown>) =>
    t.gql(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) {
        course { ${COURSE} } sessionCount clashes { startsAt endsAt booking { id purpose } } ${ERRORS} } }`,
      { input },
    );
  const spring = {
    name: '合唱提高班',
    term: '2026研修班',
    teacher: '王老师',
    schedule: [{ weekday: 2, startTime: '09:00', endTime: '11:00' }],
    termStartsOn: '2026-03-03',
    termEndsOn: '2026-06-30',
    capacity: 5,
  };

  it('lists a course’s clashes before saving, refuses to save with one, and books every session', async () => {
    const blocker = await book({
      roomId: studio,
      startsAt: at('2026-05-05', '10:00'),
      endsAt: at('2026-05-05', '12:00'),
      purpose: '京剧票友会',
    });
    const before = await bookings();
    const dry = await createCourse({ ...spring, roomId: studio, dryRun: true });
    expect(dry.data!.createCourse).toMatchObject({
      course: null,
      sessionCount: 18,
      clashes: [
        {
          startsAt: '2026-05-05T01:00:00.000Z',
          endsAt: '2026-05-05T03:00:00.000Z',
          booking: { id: blocker.data!.bookRoom.booking.id, purpose: '京剧票友会' },
        },
      ],
      userErrors: [],
    });
    const refused = await createCourse({ ...spring, roomId: studio });
    expect(refused.data!.createCourse.course).toBeNull();
    expect(refused.data!.createCourse.userErrors).toMatchObject([
      { field: ['schedule'], code: 'BOOKING_CLASH', params: { purpose: '京剧票友会' } },
    ]);
    expect(await bookings()).toBe(before);

    expect(
      (await cancel(blocker.data!.bookRoom.booking.id)).data!.cancelBooking.userErrors,
    ).toEqual([]);
    const saved = await createCourse({ ...spring, roomId: studio });
    expect(saved.data!.createCourse).toMatchObject({
      course: { name: '合唱提高班', term: '2026研修班', enrolledCount: 0, waitingCount: 0 },
      sessionCount: 18,
      clashes: [],
      userErrors: [],
    });
    const course = saved.data!.createCourse.course.id;
    const sessions = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Course { sessions { startsAt purpose course { id } } } } }`,
      { id: course },
    );
    expect(sessions.data!.node.sessions).toHaveLength(18);
    expect(sessions.data!.node.sessions[0]).toEqual({
      startsAt: '2026-03-03T01:00:00.000Z',
      purpose: '合唱提高班',
      course: { id: course },
    });
    const duplicate = await createCourse({ ...spring, roomId: hall });
    expect(duplicate.data!.createCourse.userErrors).toMatchObject([
      { field: ['name'], code: 'DUPLICATE' },
    ]);
    const listed = await t.gql(
      `{ courses(first: 5, term: "2026研修班") { totalCount nodes { name } } }`,
    );
    expect(listed.data!.courses).toEqual({ totalCount: 1, nodes: [{ name: '合唱提高班' }] });
  });

  it('enrols exactly its capacity of parallel enrolments, the rest wait in order and move up on a withdrawal', async () => {
    const saved = await createCourse({
      ...spring,
      name: '葫芦丝',
      roomId: hall,
      schedule: [{ weekday: 4, startTime: '15:00', endTime: '16:30' }],
    });
    expect(saved.data!.createCourse.userErrors).toEqual([]);
    const course = saved.data!.createCourse.course.id;
    const enrol = (memberId: string, token?: string) =>
      t.gql(
        `mutation($c: ID!, $m: ID!) { enrolInCourse(input: { courseId: $c, memberId: $m }) {
          enrolment { id status waitingPosition member { id } } ${ERRORS} } }`,
        { c: course, m: memberId },
        token ? { token } : {},
      );
    const twelve = members.slice(0, 12);
    const results = await Promise.all(twelve.map((m) => enrol(m)));
    const enrolments = results.map((r) => {
      expect(r.data!.enrolInCourse.userErrors).toEqual([]);
      return r.data!.enrolInCourse.enrolment;
    });
    const enrolled = enrolments.filter((e) => e.status === 'ENROLLED');
    const waiting = enrolments.filter((e) => e.status === 'WAITING');
    expect(enrolled).toHaveLength(5);
    expect(waiting).toHaveLength(7);
    // Waiting in the order they were taken: positions 1…7, by id.
    const byKey = [...waiting].sort((a, b) => keyOf(a.id) - keyOf(b.id));
    expect(byKey.map((e) => e.waitingPosition)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(enrolled.every((e) => keyOf(e.id) < keyOf(byKey[0].id))).toBe(true);

    const twice = await enrol(twelve[0]);
    expect(twice.data!.enrolInCourse.userErrors).toMatchObject([
      { field: ['memberId'], code: 'DUPLICATE' },
    ]);

    const withdraw = (memberId: string) =>
      t.gql(
        `mutation($c: ID!, $m: ID!) { withdrawFromCourse(input: { courseId: $c, memberId: $m }) {
          enrolment { status } promoted { id status waitingPosition } ${ERRORS} } }`,
        { c: course, m: memberId },
      );
    const out = await withdraw(enrolled[0].member.id);
    expect(out.data!.withdrawFromCourse).toEqual({
      enrolment: { status: 'WITHDRAWN' },
      promoted: { id: byKey[0].id, status: 'ENROLLED', waitingPosition: null },
      userErrors: [],
    });
    const waitingOut = await withdraw(byKey[3].member.id);
    expect(waitingOut.data!.withdrawFromCourse.promoted).toBeNull();
    const after = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Course { enrolledCount waitingCount
        enrolments { status waitingPosition member { id } } } } }`,
      { id: course },
    );
    const node = after.data!.node;
    expect(node).toMatchObject({ enrolledCount: 5, waitingCount: 5 });
    expect(
      node.enrolments
        .filter((e: { status: string }) => e.status === 'WAITING')
        .map((e: { member: { id: string }; waitingPosition: number }) => [
          e.member.id,
          e.waitingPosition,
        ]),
    ).toEqual([
      [byKey[1].member.id, 1],
      [byKey[2].member.id, 2],
      [byKey[4].member.id, 3],
      [byKey[5].member.id, 4],
      [byKey[6].member.id, 5],
    ]);

    // The member page shows the courses.
    const page = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Member { courses { status course { name term } } } } }`,
      { id: byKey[0].member.id },
    );
    expect(page.data!.node.courses).toContainEqual({
      status: 'ENROLLED',
      course: { name: '葫芦丝', term: '2026研修班' },
    });

    // A secretary enrols members in reach only, and sees only them on the list.
    const visible = (
      await t.gql(
        'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids: members },
        {
          token: secretary,
        },
      )
    ).data!.nodes.map((n: { id: string } | null) => n?.id);
    const outside = members.find((_, i) => !visible[i])!;
    const foreign = await enrol(outside, secretary);
    expect(foreign.data!.enrolInCourse.userErrors).toMatchObject([
      { field: ['memberId'], code: 'NOT_FOUND' },
    ]);
    const ownMember = own.members.find((m) => !members.slice(0, 23).includes(m))!;
    const mine = await enrol(ownMember, secretary);
    expect(mine.data!.enrolInCourse.enrolment).toMatchObject({ status: 'WAITING' });
    const seen = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Course { waitingCount enrolments { member { id } } } } }`,
      { id: course },
      { token: secretary },
    );
    expect(seen.data!.node.waitingCount).toBe(6);
    const seenIds = seen.data!.node.enrolments.map((e: { member: { id: string } }) => e.member.id);
    expect(seenIds).toContain(ownMember);
    expect(seenIds.every((id: string) => id === ownMember || visible.includes(id))).toBe(true);
    expect(seenIds.length).toBeLessThan(11);
  });

  it('records a session’s attendance, and the year’s figures move with the records', async () => {
    const figures = async (token?: string) => {
      const res = await t.gql(
        `{ countyStats(year: 2026) { centre { rooms bookings bookedHours courses sessionsHeld enrolments waiting courseAttendance courseAttendanceRate } } }`,
        undefined,
        token ? { token } : {},
      );
      expect(res.errors).toBeUndefined();
      return res.data!.countyStats.centre;
    };
    const before = await figures();

    // A booking before today (figures count up to the day), two and a half hours.
    const past = await book({
      roomId: hall,
      startsAt: at('2026-06-10', '09:00'),
      endsAt: at('2026-06-10', '11:30'),
      purpose: '书画展布展',
    });
    expect(past.data!.bookRoom.userErrors).toEqual([]);
    const saved = await createCourse({
      ...spring,
      name: '太极拳',
      roomId: hall,
      schedule: [{ weekday: 1, startTime: '07:00', endTime: '08:00' }],
      termStartsOn: '2026-06-01',
      termEndsOn: '2026-06-30',
      capacity: 2,
    });
    expect(saved.data!.createCourse.userErrors).toEqual([]);
    const course = saved.data!.createCourse.course.id;
    for (const m of members.slice(20, 23)) {
      const res = await t.gql(
        `mutation($c: ID!, $m: ID!) { enrolInCourse(input: { courseId: $c, memberId: $m }) { ${ERRORS} } }`,
        { c: course, m },
      );
      expect(res.data!.enrolInCourse.userErrors).toEqual([]);
    }
    const sessions = (
      await t.gql(
        `query($id: ID!) { node(id: $id) { ... on Course { sessions { id startsAt } } } }`,
        {
          id: course,
        },
      )
    ).data!.node.sessions;
    // Mondays of June 2026: 1, 8, 15 (07:00 China time, before the tests' clock), 22, 29.
    expect(sessions).toHaveLength(5);
    const record = (sessionId: string, present: string[]) =>
      t.gql(
        `mutation($s: ID!, $p: [ID!]!) { recordCourseAttendance(input: { sessionId: $s, presentMemberIds: $p }) {
          session { attendance { present member { id } } } ${ERRORS} } }`,
        { s: sessionId, p: present },
      );
    const notEnrolled = await record(sessions[0].id, [members[22]]);
    expect(notEnrolled.data!.recordCourseAttendance.userErrors).toMatchObject([
      { field: ['presentMemberIds', '0'], code: 'NOT_FOUND' },
    ]);
    const future = await record(sessions[3].id, []);
    expect(future.data!.recordCourseAttendance.userErrors).toMatchObject([{ code: 'IN_FUTURE' }]);
    const recorded = await record(sessions[0].id, [members[20]]);
    expect(recorded.data!.recordCourseAttendance.userErrors).toEqual([]);
    expect(
      recorded
        .data!.recordCourseAttendance.session.attendance.map(
          (a: { present: boolean; member: { id: string } }) => [a.member.id, a.present],
        )
        .sort(),
    ).toEqual(
      [
        [members[20], true],
        [members[21], false],
      ].sort(),
    );

    const after = await figures();
    expect(after).toEqual({
      rooms: before.rooms,
      bookings: before.bookings + 1 + 3,
      bookedHours: before.bookedHours + 2.5 + 3,
      courses: before.courses + 1,
      sessionsHeld: before.sessionsHeld + 3,
      enrolments: before.enrolments + 2,
      waiting: before.waiting + 1,
      courseAttendance: before.courseAttendance + 1,
      courseAttendanceRate: expect.any(Number),
    });

    // A secretary's figures count their own members and their branches' activities only.
    const mine = await figures(secretary);
    expect(mine.enrolments).toBeLessThan(after.enrolments);
    expect(mine.bookings).toBeLessThan(after.bookings);
  });
});
