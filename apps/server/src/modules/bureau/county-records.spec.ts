import ExcelJS from 'exceljs';
import { docxText } from '../../test/docx';
import { sql } from '../../kernel/db/sql';
import { toGlobalId } from '../../kernel/global-id';
import { startTestApp, type TestApp } from '../../test/harness';
import { TEST_TODAY } from '../../test/constants';
import { twoCounties, type TwoCounties } from '../../test/two-counties';

/**
 * What was the province's in common and is now a county's (two counties of one city, as in
 * bureau.spec.ts): the audit trail, the centre's rooms and courses, the lecture catalogue, works,
 * the settings, and the accounts the `user` loader shows.
 */
describe('county records across two counties', () => {
  let t: TestApp;
  let c: TwoCounties;
  const ERRORS = 'userErrors { field code }';

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    c = await twoCounties(t);
  }, 120_000);
  afterAll(() => t.stop());

  const gql = async (who: string, query: string, variables?: Record<string, unknown>) => {
    const res = await t.gql(query, variables, { token: who });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  /** A member on the roster of a county's branches. */
  const memberOf = async (county: { key: number }) => {
    const [row] = await t.db.run(sql`
      SELECT m.id FROM member m JOIN branch b ON b.id = m.branch_id
      WHERE b.bureau_id = ${county.key} AND m.status = 'ACTIVE' ORDER BY m.id LIMIT 1`);
    return toGlobalId('Member', Number(row.id));
  };
  const branchOf = async (county: { key: number }) => {
    const [row] = await t.db.run(sql`
      SELECT id FROM branch WHERE bureau_id = ${county.key} AND kind = 'BRANCH' ORDER BY id LIMIT 1`);
    return toGlobalId('Branch', Number(row.id));
  };

  it('the audit trail: each county reads the entries about it, the city both, the province all', async () => {
    const audit = async (who: string) =>
      (
        await gql(
          who,
          `{ auditEvents(first: 100) { totalCount nodes { operation recordId actorLabel } } }`,
        )
      ).auditEvents;
    const update = (who: string, id: string, phone: string) =>
      gql(
        who,
        `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { ${ERRORS} } }`,
        { input: { id, phone } },
      );
    const taojiangMember = await memberOf(c.taojiang);
    const anhuaMember = await memberOf(c.anhua);
    expect((await update(c.token.taojiang, taojiangMember, '13900000001')).updateMember).toEqual({
      userErrors: [],
    });
    expect((await update(c.token.anhua, anhuaMember, '13900000002')).updateMember).toEqual({
      userErrors: [],
    });
    // The province's admin changes a Taojiang member: the entry is Taojiang's, whoever acted.
    await update(c.token.province, taojiangMember, '13900000003');
    // Revealing personal data is on the trail of the member's county.
    await gql(
      c.token.province,
      `query($id: ID!) { node(id: $id) { ... on Member { personalData { phone } } } }`,
      {
        id: anhuaMember,
      },
    );

    const about = (events: { recordId: string | null }[], id: string) =>
      events.filter((e) => e.recordId === id).length;
    const taojiang = await audit(c.token.taojiang);
    const anhua = await audit(c.token.anhua);
    const city = await audit(c.token.city);
    const province = await audit(c.token.province);
    expect(about(taojiang.nodes, taojiangMember)).toBe(2);
    expect(about(taojiang.nodes, anhuaMember)).toBe(0);
    expect(about(anhua.nodes, anhuaMember)).toBe(2);
    expect(about(anhua.nodes, taojiangMember)).toBe(0);
    expect(about(city.nodes, taojiangMember) + about(city.nodes, anhuaMember)).toBe(4);
    // Making the county admins was the province's own business (accounts of the city and counties
    // are theirs), and the entries before the bureaus are the province's alone.
    expect(taojiang.totalCount + anhua.totalCount).toBeLessThanOrEqual(city.totalCount);
    expect(city.totalCount).toBeLessThan(province.totalCount);
    const [{ n }] = await t.db.run(sql`SELECT count(*)::int AS n FROM audit_event`);
    expect(province.totalCount).toBe(n);
  });

  it('centre: rooms and courses are the county’s; the other county’s are missing', async () => {
    const room = (who: string, input: Record<string, unknown>) =>
      gql(
        who,
        `mutation($input: CreateRoomInput!) { createRoom(input: $input) { room { id } ${ERRORS} } }`,
        { input },
      );
    // Both counties may have a 多功能厅 (the demo's is Anhua's).
    const made = (await room(c.token.taojiang, { name: '多功能厅', capacity: 80, areaSqm: 200 }))
      .createRoom;
    expect(made.userErrors).toEqual([]);
    expect(
      (await room(c.token.city, { name: '会客室', capacity: 8, areaSqm: 30 })).createRoom
        .userErrors,
    ).toEqual([{ field: ['bureauId'], code: 'REQUIRED' }]);
    const rooms = async (who: string) =>
      (await gql(who, `{ rooms(first: 100) { nodes { id name } } }`)).rooms.nodes as {
        id: string;
      }[];
    const anhuaRooms = await rooms(c.token.anhua);
    expect(await rooms(c.token.taojiang)).toEqual([{ id: made.room.id, name: '多功能厅' }]);
    expect(anhuaRooms.map((r) => r.id)).not.toContain(made.room.id);
    expect((await rooms(c.token.city)).length).toBe(anhuaRooms.length + 1);

    // Anhua's admin can neither change Taojiang's room nor set a course in it.
    const update = await gql(
      c.token.anhua,
      `mutation($input: UpdateRoomInput!) { updateRoom(input: $input) { ${ERRORS} } }`,
      { input: { roomId: made.room.id, capacity: 10 } },
    );
    expect(update.updateRoom.userErrors).toEqual([{ field: ['roomId'], code: 'NOT_FOUND' }]);
    const course = (who: string, roomId: string) =>
      gql(
        who,
        `mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id } ${ERRORS} } }`,
        {
          input: {
            name: '太极拳',
            term: '2026秋季',
            teacher: '刘老师',
            roomId,
            schedule: [{ weekday: 3, startTime: '09:00', endTime: '11:00' }],
            termStartsOn: '2026-09-01',
            termEndsOn: '2026-12-31',
            capacity: 20,
          },
        },
      );
    expect((await course(c.token.anhua, made.room.id)).createCourse.userErrors).toEqual([
      { field: ['roomId'], code: 'NOT_FOUND' },
    ]);
    const held = (await course(c.token.taojiang, made.room.id)).createCourse;
    expect(held.userErrors).toEqual([]);
    const courses = async (who: string) =>
      (await gql(who, `{ courses(first: 100) { totalCount } }`)).courses.totalCount as number;
    expect(await courses(c.token.taojiang)).toBe(1);
    expect((await courses(c.token.anhua)) + 1).toBe(await courses(c.token.city));
    const [stamped] = await t.db.run(
      sql`SELECT bureau_id FROM course WHERE term = '2026秋季' AND name = '太极拳'`,
    );
    expect(Number(stamped.bureau_id)).toBe(c.taojiang.key);
    // The course by id is missing for the other county; its room calendar holds none of it.
    const byId = await gql(c.token.anhua, `query($id: ID!) { node(id: $id) { id } }`, {
      id: held.course.id,
    });
    expect(byId.node).toBeNull();
    const week = await gql(
      c.token.anhua,
      `{ centreCalendar(weekOf: "2026-09-02") { bookings { purpose } } }`,
    );
    expect(week.centreCalendar.bookings.map((b: { purpose: string }) => b.purpose)).not.toContain(
      '太极拳',
    );
    // The city reaches both counties' rosters, but a county's course takes its own county's cadres.
    const enrol = async (memberId: string) =>
      (
        await gql(
          c.token.city,
          `mutation($c: ID!, $m: ID!) { enrolInCourse(input: { courseId: $c, memberId: $m }) {
            enrolment { status } ${ERRORS} } }`,
          { c: held.course.id, m: memberId },
        )
      ).enrolInCourse;
    expect((await enrol(await memberOf(c.anhua))).userErrors).toEqual([
      { field: ['memberId'], code: 'INVALID' },
    ]);
    expect(await enrol(await memberOf(c.taojiang))).toEqual({
      enrolment: { status: 'ENROLLED' },
      userErrors: [],
    });
  });

  it('the yearly report files: each county’s counts its own, the city’s both', async () => {
    /** The workbook's 组织建设 figures as the caller downloads them. */
    const organisation = async (token: string, bureau = '') => {
      const response = await t.http(`/api/reports/2022.xlsx${bureau}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      const sheet = book.getWorksheet('组织建设')!;
      return Object.fromEntries(
        sheet.getRows(3, 2)!.map((r) => [String(r.getCell(1).value), Number(r.getCell(2).value)]),
      );
    };
    const generals = async (county: { key: number }) => {
      const [row] = await t.db.run(sql`
        SELECT count(*)::int AS n FROM branch
        WHERE bureau_id = ${county.key} AND kind = 'GENERAL_BRANCH' AND archived_at IS NULL`);
      return Number(row.n);
    };
    const [anhua, taojiang, city] = await Promise.all([
      organisation(c.token.anhua),
      organisation(c.token.taojiang),
      organisation(c.token.city),
    ]);
    expect(anhua['离退休干部党总支']).toBe(await generals(c.anhua));
    expect(taojiang['离退休干部党总支']).toBe(await generals(c.taojiang));
    expect(taojiang['离退休干部党总支']).toBeGreaterThan(0);
    for (const figure of Object.keys(city)) {
      expect(city[figure]).toBe(anhua[figure] + taojiang[figure]);
    }
    // The city narrows to one county in the address, as its console pages do; a county cannot.
    expect(await organisation(c.token.city, `?bureau=${c.taojiang.id}`)).toEqual(taojiang);
    const refused = await t.http(`/api/reports/2022.xlsx?bureau=${c.taojiang.id}`, {
      headers: { authorization: `Bearer ${c.token.anhua}` },
    });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    // The work summary says the same of each county.
    const summary = async (token: string) =>
      docxText(
        Buffer.from(
          await (
            await t.http('/api/reports/2022.docx', {
              headers: { authorization: `Bearer ${token}` },
            })
          ).arrayBuffer(),
        ),
      );
    expect(await summary(c.token.anhua)).toContain(
      `离退休干部党总支${anhua['离退休干部党总支']}个`,
    );
    expect(await summary(c.token.taojiang)).toContain(
      `离退休干部党总支${taojiang['离退休干部党总支']}个`,
    );
  });

  it('the roster narrows to a bureau: a county’s within a city, none out of reach', async () => {
    const count = async (who: string, bureauId: string) =>
      (
        await gql(who, `query($f: MemberFilter) { members(first: 1, filter: $f) { totalCount } }`, {
          f: { bureauId, status: ['ACTIVE'] },
        })
      ).members.totalCount as number;
    const onRoster = async (county: { key: number }) => {
      const [row] = await t.db.run(sql`
        SELECT count(*)::int AS n FROM member m JOIN branch b ON b.id = m.branch_id
        WHERE b.bureau_id = ${county.key} AND m.status = 'ACTIVE'`);
      return Number(row.n);
    };
    const [taojiang, anhua] = [await onRoster(c.taojiang), await onRoster(c.anhua)];
    expect(taojiang).toBeGreaterThan(0);
    expect(await count(c.token.city, c.taojiang.id)).toBe(taojiang);
    expect(await count(c.token.city, c.anhua.id)).toBe(anhua);
    expect(await count(c.token.city, c.city.id)).toBe(taojiang + anhua);
    expect(await count(c.token.anhua, c.taojiang.id)).toBe(0);
  });

  it('branches, visit tasks, visits and payments narrow to a bureau as the roster does', async () => {
    const ofCounty = (county: { key: number }) =>
      sql`(SELECT d.id FROM branch d WHERE d.bureau_id = ${county.key})`;
    const counted = async (statement: ReturnType<typeof sql>) =>
      Number((await t.db.run(statement))[0].n);
    const expected = async (county: { key: number }) => ({
      branches: await counted(sql`SELECT count(*)::int AS n FROM branch b
        WHERE b.id IN ${ofCounty(county)} AND b.archived_at IS NULL`),
      visitTasks: await counted(sql`SELECT count(*)::int AS n FROM visit_task vt
        JOIN member m ON m.id = vt.member_id WHERE m.branch_id IN ${ofCounty(county)}`),
      visits: await counted(sql`SELECT count(*)::int AS n FROM visit v
        JOIN member m ON m.id = v.member_id WHERE m.branch_id IN ${ofCounty(county)}`),
      disbursements: await counted(sql`SELECT count(*)::int AS n FROM disbursement d
        JOIN budget bl ON bl.id = d.budget_id WHERE bl.bureau_id = ${county.key}`),
    });
    const asked = async (who: string, bureauId: string) => {
      const f = { bureauId };
      const data = await gql(
        who,
        `query($f: BranchFilter, $t: VisitTaskFilter, $v: VisitFilter, $d: DisbursementFilter) {
          branches(first: 1, filter: $f) { totalCount }
          visitTasks(first: 1, filter: $t) { totalCount }
          visits(first: 1, filter: $v) { totalCount }
          disbursements(first: 1, filter: $d) { totalCount }
        }`,
        { f, t: f, v: f, d: f },
      );
      return {
        branches: data.branches.totalCount,
        visitTasks: data.visitTasks.totalCount,
        visits: data.visits.totalCount,
        disbursements: data.disbursements.totalCount,
      };
    };
    const [taojiang, anhua] = [await expected(c.taojiang), await expected(c.anhua)];
    for (const figure of Object.values(taojiang)) expect(figure).toBeGreaterThan(0);
    expect(await asked(c.token.city, c.taojiang.id)).toEqual(taojiang);
    expect(await asked(c.token.city, c.anhua.id)).toEqual(anhua);
    expect(await asked(c.token.province, c.taojiang.id)).toEqual(taojiang);
    // A city is the sum of its counties.
    const city = await asked(c.token.city, c.city.id);
    for (const key of Object.keys(city) as (keyof typeof city)[])
      expect(city[key]).toBe(taojiang[key] + anhua[key]);
    // Another county's bureau finds nothing.
    expect(await asked(c.token.anhua, c.taojiang.id)).toEqual({
      branches: 0,
      visitTasks: 0,
      visits: 0,
      disbursements: 0,
    });
  });

  it('the lecture catalogue is the county’s: a branch orders from its own county’s', async () => {
    const made = (
      await gql(
        c.token.taojiang,
        `mutation($input: CreateLectureInput!) { createLecture(input: $input) { lecture { id } ${ERRORS} } }`,
        {
          input: {
            topic: '资江红色故事',
            lecturer: '桃江县委党校',
            minutes: 90,
            format: 'ON_SITE',
          },
        },
      )
    ).createLecture;
    expect(made.userErrors).toEqual([]);
    const lectures = async (who: string) =>
      (await gql(who, `{ lectures(first: 100) { totalCount nodes { id } } }`)).lectures;
    const anhua = await lectures(c.token.anhua);
    expect((await lectures(c.token.taojiang)).nodes).toEqual([{ id: made.lecture.id }]);
    expect(anhua.nodes.map((l: { id: string }) => l.id)).not.toContain(made.lecture.id);
    expect((await lectures(c.token.city)).totalCount).toBe(anhua.totalCount + 1);

    const order = (who: string, lectureId: string, branchId: string) =>
      gql(
        who,
        `mutation($input: OrderLectureInput!) { orderLecture(input: $input) { order { id } ${ERRORS} } }`,
        { input: { lectureId, branchId, wishedFrom: '2026-07-01', wishedTo: '2026-07-31' } },
      );
    // The city reaches both, yet an Anhua branch cannot order Taojiang's lecture.
    const anhuaBranch = await branchOf(c.anhua);
    expect(
      (await order(c.token.city, made.lecture.id, anhuaBranch)).orderLecture.userErrors,
    ).toEqual([{ field: ['lectureId'], code: 'NOT_FOUND' }]);
    expect(
      (await order(c.token.city, made.lecture.id, await branchOf(c.taojiang))).orderLecture
        .userErrors,
    ).toEqual([]);
    const update = await gql(
      c.token.anhua,
      `mutation($input: UpdateLectureInput!) { updateLecture(input: $input) { ${ERRORS} } }`,
      {
        input: {
          lectureId: made.lecture.id,
          topic: 'x',
          lecturer: 'x',
          minutes: 60,
          format: 'VIDEO',
          archived: false,
        },
      },
    );
    expect(update.updateLecture.userErrors).toEqual([{ field: ['lectureId'], code: 'NOT_FOUND' }]);
  });

  it('works are their authors’: a county sees and changes its authors’ works only', async () => {
    const create = (who: string, authorId: string) =>
      gql(
        who,
        `mutation($input: CreateWorkInput!) { createWork(input: $input) { work { id } ${ERRORS} } }`,
        { input: { kind: 'ESSAY', title: '夕阳正红', year: 2026, authorIds: [authorId] } },
      );
    const taojiangMember = await memberOf(c.taojiang);
    expect((await create(c.token.anhua, taojiangMember)).createWork.userErrors).toEqual([
      { field: ['authorIds', '0'], code: 'NOT_FOUND' },
    ]);
    const made = (await create(c.token.taojiang, taojiangMember)).createWork;
    expect(made.userErrors).toEqual([]);
    const works = async (who: string) =>
      (await gql(who, `{ works(first: 100) { totalCount nodes { id } } }`)).works;
    const anhua = await works(c.token.anhua);
    const taojiang = await works(c.token.taojiang);
    expect(taojiang.nodes).toContainEqual({ id: made.work.id });
    expect(anhua.nodes).not.toContainEqual({ id: made.work.id });
    // A work with authors in both counties is both counties'.
    const [{ n }] = await t.db.run(sql`
      SELECT count(*)::int AS n FROM work w WHERE EXISTS (SELECT 1 FROM work_author wa
        JOIN member m ON m.id = wa.member_id JOIN branch b ON b.id = m.branch_id
        WHERE wa.work_id = w.id AND b.bureau_id = ${c.taojiang.key})`);
    expect(taojiang.totalCount).toBe(n);
    expect(anhua.totalCount).toBeLessThan((await works(c.token.province)).totalCount);
  });

  it('visit windows: a county sets its own, the province’s stay every other county’s default', async () => {
    const SETTINGS = `query($bureauId: ID) { visitSettings(bureauId: $bureauId) { occasion daysAfter version ownSetting } }`;
    const hospital = async (who: string, bureauId?: string) =>
      (await gql(who, SETTINGS, { bureauId })).visitSettings.find(
        (s: { occasion: string }) => s.occasion === 'HOSPITALIZATION',
      );
    const before = await hospital(c.token.anhua);
    expect(before).toMatchObject({ daysAfter: 3, ownSetting: false });
    const change = (who: string, input: Record<string, unknown>) =>
      gql(
        who,
        `mutation($input: UpdateVisitSettingInput!) { updateVisitSetting(input: $input) { visitSetting { daysAfter ownSetting } ${ERRORS} } }`,
        { input: { occasion: 'HOSPITALIZATION', daysBefore: 0, ...input } },
      );
    expect((await change(c.token.city, { daysAfter: 5 })).updateVisitSetting.userErrors).toEqual([
      { field: ['bureauId'], code: 'REQUIRED' },
    ]);
    expect(
      (await change(c.token.taojiang, { daysAfter: 5, expectedVersion: before.version }))
        .updateVisitSetting,
    ).toEqual({ visitSetting: { daysAfter: 5, ownSetting: true }, userErrors: [] });
    expect(await hospital(c.token.taojiang)).toMatchObject({ daysAfter: 5, ownSetting: true });
    expect(await hospital(c.token.anhua)).toEqual(before);
    expect(await hospital(c.token.province)).toEqual(before);
    expect(await hospital(c.token.city, c.taojiang.id)).toMatchObject({ daysAfter: 5 });

    // A hospital stay takes its member's county's window.
    const report = async (memberId: string) =>
      (
        await gql(
          c.token.province,
          `mutation($input: ReportLifeEventInput!) { reportLifeEvent(input: $input) { visitTask { dueBy } ${ERRORS} } }`,
          { input: { memberId, kind: 'HOSPITALIZED', occurredOn: TEST_TODAY } },
        )
      ).reportLifeEvent.visitTask.dueBy;
    expect(await report(await memberOf(c.taojiang))).toBe('2026-06-20');
    expect(await report(await memberOf(c.anhua))).toBe('2026-06-18');

    // The province's admin changes the default: Taojiang keeps its own.
    await change(c.token.province, { daysAfter: 4 });
    expect(await hospital(c.token.anhua)).toMatchObject({ daysAfter: 4, ownSetting: false });
    expect(await hospital(c.token.taojiang)).toMatchObject({ daysAfter: 5, ownSetting: true });
  });

  it('funding rules: a county’s own, the other county keeps the province’s', async () => {
    const SETTINGS = `{ fundingSettings { allowSelfApproval condolenceYearlyCapFen ownSetting } }`;
    const before = (await gql(c.token.anhua, SETTINGS)).fundingSettings;
    expect(before.ownSetting).toBe(false);
    const changed = await gql(
      c.token.taojiang,
      `mutation { updateFundingSettings(input: { allowSelfApproval: true, condolenceYearlyCapFen: 100000 }) {
        fundingSettings { allowSelfApproval condolenceYearlyCapFen ownSetting } ${ERRORS} } }`,
    );
    expect(changed.updateFundingSettings).toEqual({
      fundingSettings: {
        allowSelfApproval: true,
        condolenceYearlyCapFen: 100000,
        ownSetting: true,
      },
      userErrors: [],
    });
    expect((await gql(c.token.anhua, SETTINGS)).fundingSettings).toEqual(before);
    expect((await gql(c.token.province, SETTINGS)).fundingSettings).toEqual(before);
    const named = await gql(
      c.token.city,
      `query($id: ID) { fundingSettings(bureauId: $id) { ownSetting } }`,
      {
        id: c.taojiang.id,
      },
    );
    expect(named.fundingSettings.ownSetting).toBe(true);
    const missing = await t.gql(
      `query($id: ID) { fundingSettings(bureauId: $id) { ownSetting } }`,
      { id: c.taojiang.id },
      { token: c.token.anhua },
    );
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');

    // Self-approval follows the line's county: Taojiang's admin approves their own draft.
    const [line] = await t.db.run(sql`
      SELECT id FROM budget WHERE bureau_id = ${c.taojiang.key} AND amount_fen - committed_fen > 1000 LIMIT 1`);
    const draft = await gql(
      c.token.taojiang,
      `mutation($input: CreateDisbursementInput!) { createDisbursement(input: $input) { disbursement { id version } ${ERRORS} } }`,
      {
        input: {
          budgetId: toGlobalId('Budget', Number(line.id)),
          amountFen: 1000,
          purpose: '桃江县慰问',
          payeeKind: 'OTHER',
          payeeName: '桃江县某村',
          date: TEST_TODAY,
        },
      },
    );
    expect(draft.createDisbursement.userErrors).toEqual([]);
    const approved = await gql(
      c.token.taojiang,
      `mutation($input: DisbursementActionInput!) { approveDisbursement(input: $input) { ${ERRORS} } }`,
      { input: { id: draft.createDisbursement.disbursement.id } },
    );
    expect(approved.approveDisbursement.userErrors).toEqual([]);
  });

  it('province-wide settings: only the province changes them, the counties read them', async () => {
    const tries = {
      updateMemberSettings: `mutation { updateMemberSettings(input: { medalCutoff: "07-01" }) { ${ERRORS} } }`,
      updateVolunteerSettings: `mutation { updateVolunteerSettings(input: { pointsPerHour: 2 }) { ${ERRORS} } }`,
      updatePartyLifeSetting: `mutation { updatePartyLifeSetting(input: { kind: PARTY_LECTURE, frequency: MONTHLY }) { ${ERRORS} } }`,
    };
    for (const [name, mutation] of Object.entries(tries)) {
      for (const who of [c.token.taojiang, c.token.city]) {
        const res = await gql(who, mutation);
        expect(res[name].userErrors.map((e: { code: string }) => e.code)).toEqual(['FORBIDDEN']);
      }
    }
    expect((await gql(c.token.anhua, `{ memberSettings { medalCutoff } }`)).memberSettings).toEqual(
      {
        medalCutoff: '12-31',
      },
    );
    const res = await gql(c.token.province, tries.updateMemberSettings);
    expect(res.updateMemberSettings.userErrors).toEqual([]);
    expect((await gql(c.token.anhua, `{ memberSettings { medalCutoff } }`)).memberSettings).toEqual(
      {
        medalCutoff: '07-01',
      },
    );
  });

  it('accounts by id: another county’s are missing, the own and those in reach are found', async () => {
    const [anhuaAdmin] = await t.db.run(sql`SELECT id FROM app_user WHERE username = 'anhua'`);
    const [provinceAdmin] = await t.db.run(sql`SELECT id FROM app_user WHERE username = 'admin'`);
    const ids = [
      toGlobalId('User', Number(anhuaAdmin.id)),
      toGlobalId('User', Number(provinceAdmin.id)),
    ];
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on User { username } } }`;
    expect((await gql(c.token.taojiang, query, { ids })).nodes).toEqual([null, null]);
    expect((await gql(c.token.city, query, { ids })).nodes).toEqual([{ username: 'anhua' }, null]);
    expect((await gql(c.token.province, query, { ids })).nodes).toEqual([
      { username: 'anhua' },
      { username: 'admin' },
    ]);
    expect((await gql(c.token.taojiang, `{ viewer { user { username } } }`)).viewer.user).toEqual({
      username: 'taojiang',
    });
    // The trail still names who acted, by the label kept with the entry.
    const events = await gql(
      c.token.taojiang,
      `{ auditEvents(first: 100) { nodes { actorLabel actorUser { username } } } }`,
    );
    const byProvince = events.auditEvents.nodes.filter((e: { actorLabel: string }) =>
      e.actorLabel.includes('(admin)'),
    );
    expect(byProvince.length).toBeGreaterThan(0);
    expect(byProvince.every((e: { actorUser: unknown }) => e.actorUser === null)).toBe(true);
  });
});
