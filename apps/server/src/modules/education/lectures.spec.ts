import { sql } from '../../kernel/db/sql';
import { toGlobalId } from '../../kernel/global-id';
import { startTestApp, type TestApp } from '../../test/harness';
import { countWrites } from '../../test/write-counter';

const ORDER = `id state version wishedFrom wishedTo startsAt place lecturer cancelReason
  lecture { id topic } branch { id } rating { count average }
  activity { id kind title organiser { kind branch { id } } startsAt endsAt lectureOrder { id } }`;
const ERRORS = 'userErrors { field code }';

describe('红色讲堂 点单式: the catalogue, orders and their steps', () => {
  let t: TestApp;
  let secretary: string;
  let branchId: string;
  let otherBranchId: string;
  let members: string[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    secretary = await t.login('shuji');
    const [own] = await t.db.run(sql`
      SELECT b.id FROM app_user u JOIN branch s ON s.id = u.branch_id
      JOIN branch b ON b.path LIKE s.path || '%' AND b.kind = 'BRANCH'
      WHERE u.username = 'shuji' ORDER BY b.id LIMIT 1`);
    const [other] = await t.db.run(sql`
      SELECT b.id FROM branch b WHERE b.kind = 'BRANCH' AND b.path NOT LIKE
        (SELECT s.path FROM app_user u JOIN branch s ON s.id = u.branch_id WHERE u.username = 'shuji') || '%'
      ORDER BY b.id LIMIT 1`);
    branchId = toGlobalId('Branch', Number(own.id));
    otherBranchId = toGlobalId('Branch', Number(other.id));
    members = (
      await t.db.run(sql`SELECT m.id FROM member m WHERE m.branch_id = ${Number(own.id)}
        AND m.status = 'ACTIVE' ORDER BY m.id LIMIT 3`)
    ).map((r) => toGlobalId('Member', Number(r.id)));
  });
  afterAll(() => t.stop());

  const LECTURE = 'lecture { id version archived }';
  const OPERATIONS: Record<string, [string, string]> = {
    createLecture: ['CreateLectureInput', LECTURE],
    updateLecture: ['UpdateLectureInput', LECTURE],
    deleteLecture: ['DeleteLectureInput', 'deletedLectureId'],
    orderLecture: ['OrderLectureInput', `order { ${ORDER} }`],
    scheduleLectureOrder: ['ScheduleLectureOrderInput', `order { ${ORDER} }`],
    holdLectureOrder: ['LectureOrderStepInput', `order { ${ORDER} }`],
    cancelLectureOrder: ['CancelLectureOrderInput', `order { ${ORDER} }`],
    rateLecture: ['RateLectureInput', `order { ${ORDER} }`],
  };
  const op = async (mutation: string, input: object, token?: string) => {
    const [type, selection] = OPERATIONS[mutation];
    const res = await t.gql(
      `mutation($input: ${type}!) { ${mutation}(input: $input) { ${selection} ${ERRORS} } }`,
      { input },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data![mutation];
  };
  const codes = (payload: { userErrors: { field: string[]; code: string }[] }) =>
    payload.userErrors.map((e) => [e.field.join('.'), e.code]);
  const orderFigures = async () => {
    const res =
      await t.gql(`{ countyStats(year: 2026) { education { educationSessions lectureOrders { state count } }
      partyLife { educationSessions } } }`);
    const e = res.data!.countyStats;
    return {
      sessions: e.education.educationSessions as number,
      partyLifeSessions: e.partyLife.educationSessions as number,
      byState: Object.fromEntries(
        e.education.lectureOrders.map((o: { state: string; count: number }) => [o.state, o.count]),
      ),
    };
  };

  it('a lecture goes from the catalogue through 点单, 派单 and holding to its ratings, each step checked', async () => {
    const writes = await countWrites(t.ownerUrl);
    const before = await orderFigures();

    // The catalogue is the bureau's.
    let count = await writes();
    expect(
      codes(
        await op('createLecture', {
          topic: ' ',
          lecturer: '李老师',
          minutes: 5,
          format: 'ON_SITE',
        }),
      ),
    ).toEqual([
      ['topic', 'REQUIRED'],
      ['minutes', 'OUT_OF_RANGE'],
    ]);
    expect(await writes()).toBe(count);
    const denied = await t.gql(
      'mutation { createLecture(input: { topic: "x", lecturer: "x", minutes: 60, format: VIDEO }) { lecture { id } } }',
      undefined,
      { token: secretary },
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const lecture = (
      await op('createLecture', {
        topic: '重走青年毛泽东游学安化之路',
        lecturer: '县委党校 王老师',
        minutes: 90,
        format: 'ON_SITE',
      })
    ).lecture;

    // A secretary orders for their own branch only, for a period still to come.
    count = await writes();
    expect(
      codes(
        await op(
          'orderLecture',
          {
            lectureId: lecture.id,
            branchId: otherBranchId,
            wishedFrom: '2026-07-01',
            wishedTo: '2026-06-30',
          },
          secretary,
        ),
      ),
    ).toEqual([
      ['wishedTo', 'TOO_EARLY'],
      ['branchId', 'NOT_FOUND'],
    ]);
    expect(await writes()).toBe(count);
    const ordered = (
      await op(
        'orderLecture',
        {
          lectureId: lecture.id,
          branchId,
          wishedFrom: '2026-06-01',
          wishedTo: '2026-07-31',
          note: '希望安排在上午',
        },
        secretary,
      )
    ).order;
    expect(ordered).toMatchObject({
      state: 'ORDERED',
      lecture: { id: lecture.id },
      branch: { id: branchId },
    });

    // Not held before it is scheduled; scheduling is the bureau's.
    expect(codes(await op('holdLectureOrder', { orderId: ordered.id }, secretary))).toEqual([
      ['orderId', 'INVALID_STATE'],
    ]);
    const schedule = `mutation($input: ScheduleLectureOrderInput!) { scheduleLectureOrder(input: $input) { order { id } } }`;
    const input = {
      orderId: ordered.id,
      startsAt: '2026-06-10T09:00:00+08:00',
      place: '支部活动室',
      lecturer: '王老师',
    };
    expect(
      (await t.gql(schedule, { input }, { token: secretary })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const scheduled = (
      await op('scheduleLectureOrder', { ...input, expectedVersion: ordered.version })
    ).order;
    expect(scheduled).toMatchObject({
      state: 'SCHEDULED',
      place: '支部活动室',
      lecturer: '王老师',
    });

    // Held: a party-education activity of the branch, for the lecture's length, linked both ways.
    const held = (await op('holdLectureOrder', { orderId: ordered.id }, secretary)).order;
    expect(held.state).toBe('HELD');
    expect(held.activity).toMatchObject({
      kind: 'PARTY_EDUCATION',
      title: '红色讲堂：重走青年毛泽东游学安化之路',
      organiser: { kind: 'BRANCH', branch: { id: branchId } },
      startsAt: '2026-06-10T01:00:00.000Z',
      endsAt: '2026-06-10T02:30:00.000Z',
      lectureOrder: { id: ordered.id },
    });
    const after = await orderFigures();
    expect(after.sessions).toBe(before.sessions + 1);
    expect(after.sessions).toBe(after.partyLifeSessions);
    expect(after.byState.HELD).toBe(before.byState.HELD + 1);

    // Attendance on the activity, then the ratings of those present.
    const attendance = await t.gql(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { userErrors { code } } }`,
      {
        input: {
          activityId: held.activity.id,
          participants: [
            { memberId: members[0], attendance: 'PRESENT' },
            { memberId: members[1], attendance: 'PRESENT' },
            { memberId: members[2], attendance: 'ABSENT', absenceReason: '住院治疗' },
          ],
        },
      },
      { token: secretary },
    );
    expect(attendance.data!.recordAttendance.userErrors).toEqual([]);
    count = await writes();
    expect(
      codes(
        await op(
          'rateLecture',
          {
            orderId: ordered.id,
            ratings: [
              { memberId: members[0], score: 6 },
              { memberId: members[2], score: 5 },
            ],
          },
          secretary,
        ),
      ),
    ).toEqual([
      ['ratings.0.score', 'OUT_OF_RANGE'],
      ['ratings.1.memberId', 'NOT_FOUND'],
    ]);
    expect(
      codes(
        await op(
          'rateLecture',
          { orderId: ordered.id, ratings: [{ memberId: members[2], score: 5 }] },
          secretary,
        ),
      ),
    ).toEqual([['ratings.0.memberId', 'NOT_FOUND']]);
    expect(await writes()).toBe(count);
    const rated = (
      await op(
        'rateLecture',
        {
          orderId: ordered.id,
          ratings: [
            { memberId: members[0], score: 5 },
            { memberId: members[1], score: 4 },
          ],
        },
        secretary,
      )
    ).order;
    expect(rated.rating).toEqual({ count: 2, average: 4.5 });

    // A held order is not cancelled; a lecture ordered is not deleted, only archived.
    expect(
      codes(await op('cancelLectureOrder', { orderId: ordered.id, reason: '改期' }, secretary)),
    ).toEqual([['orderId', 'INVALID_STATE']]);
    expect(codes(await op('deleteLecture', { lectureId: lecture.id }))).toEqual([
      ['lectureId', 'INVALID_STATE'],
    ]);
    const second = (
      await op(
        'orderLecture',
        { lectureId: lecture.id, branchId, wishedFrom: '2026-07-01', wishedTo: '2026-07-31' },
        secretary,
      )
    ).order;
    const cancelled = (
      await op('cancelLectureOrder', { orderId: second.id, reason: '支部另有安排' }, secretary)
    ).order;
    expect(cancelled).toMatchObject({ state: 'CANCELLED', cancelReason: '支部另有安排' });
    expect((await orderFigures()).byState.CANCELLED).toBe(before.byState.CANCELLED + 1);

    await op('updateLecture', {
      lectureId: lecture.id,
      topic: '重走青年毛泽东游学安化之路',
      lecturer: '县委党校 王老师',
      minutes: 90,
      format: 'ON_SITE',
      archived: true,
    });
    expect(
      codes(
        await op(
          'orderLecture',
          { lectureId: lecture.id, branchId, wishedFrom: '2026-07-01', wishedTo: '2026-07-31' },
          secretary,
        ),
      ),
    ).toEqual([['lectureId', 'ARCHIVED']]);
    const listed = await t.gql(
      '{ lectures(first: 50) { nodes { id } } all: lectures(first: 50, includeArchived: true) { nodes { id } } }',
    );
    expect(listed.data!.lectures.nodes).not.toContainEqual({ id: lecture.id });
    expect(listed.data!.all.nodes).toContainEqual({ id: lecture.id });
  });

  it('a lecture scheduled for later is not held yet; an order out of reach is as good as missing', async () => {
    const lecture = (
      await op('createLecture', {
        topic: '防范非法集资',
        lecturer: '县金融办',
        minutes: 60,
        format: 'VIDEO',
      })
    ).lecture;
    const order = (
      await op('orderLecture', {
        lectureId: lecture.id,
        branchId: otherBranchId,
        wishedFrom: '2026-07-01',
        wishedTo: '2026-07-31',
      })
    ).order;
    await op('scheduleLectureOrder', {
      orderId: order.id,
      startsAt: '2026-07-02T09:00:00+08:00',
      lecturer: '张老师',
    });
    expect(codes(await op('holdLectureOrder', { orderId: order.id }))).toEqual([
      ['orderId', 'TOO_EARLY'],
    ]);
    expect(
      codes(await op('cancelLectureOrder', { orderId: order.id, reason: '改期' }, secretary)),
    ).toEqual([['orderId', 'NOT_FOUND']]);
    const mine = await t.gql(
      '{ lectureOrders(first: 50) { nodes { id branch { id } } } }',
      undefined,
      {
        token: secretary,
      },
    );
    expect(
      mine.data!.lectureOrders.nodes.every(
        (o: { branch: { id: string } }) => o.branch.id !== otherBranchId,
      ),
    ).toBe(true);
    const deleted = await op('deleteLecture', {
      lectureId: (
        await op('createLecture', {
          topic: '健康讲座',
          lecturer: '县人民医院',
          minutes: 45,
          format: 'ON_SITE',
        })
      ).lecture.id,
    });
    expect(deleted.userErrors).toEqual([]);
  });
});
