import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { countWrites } from '../../test/write-counter';
import { toGlobalId } from '../../kernel/global-id';

const EDUCATION = `education { educationSessions educationAttendees topicLectures provinceTopLearners
  works { byKind { kind count } awarded essaysAwardedProvincialOrCity researchReports researchReportsAdopted } }
  partyLife { educationSessions educationAttendees }`;

const WORK =
  'id kind title year topicArea submittedTo adopted version award { level grade } authors { id name }';
const CREATE = `mutation($input: CreateWorkInput!) { createWork(input: $input) {
  work { ${WORK} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateWorkInput!) { updateWork(input: $input) {
  work { ${WORK} } userErrors { field code message } } }`;
const DELETE = `mutation($input: DeleteWorkInput!) { deleteWork(input: $input) {
  deletedWorkId userErrors { field code } } }`;

describe('works and awards (作品与获奖)', () => {
  let t: TestApp;
  let writes: () => Promise<number>;
  /** Members in the secretary's reach, and one outside it. */
  let inReach: { id: string; name: string }[];
  let outside: { id: string; name: string };
  let secretary: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    writes = await countWrites(t.ownerUrl);
    secretary = await t.login('shuji');
    const members = await t.db.run(sql`
      SELECT m.id, m.name, b.path LIKE (SELECT s.path FROM app_user u JOIN branch s ON s.id = u.branch_id
        WHERE u.username = 'shuji') || '%' AS mine
      FROM member m JOIN branch b ON b.id = m.branch_id
      WHERE m.status = 'ACTIVE' ORDER BY m.id`);
    const node = (r: Record<string, unknown>) => ({
      id: toGlobalId('Member', Number(r.id)),
      name: String(r.name),
    });
    inReach = members
      .filter((r) => r.mine)
      .slice(0, 3)
      .map(node);
    outside = node(members.find((r) => !r.mine)!);
  });
  afterAll(() => t.stop());

  const stats = async (year: number, token?: string) => {
    const res = await t.gql(`{ countyStats(year: ${year}) { ${EDUCATION} } }`, undefined, {
      token,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.countyStats;
  };
  const kindCount = (
    s: { education: { works: { byKind: { kind: string; count: number }[] } } },
    kind: string,
  ) => s.education.works.byKind.find((k) => k.kind === kind)!.count;

  it('the demo’s 2022 holds the report’s figures: 26 essays awarded at the provincial or city level, 40 and more research reports, five learners in the province’s top eight, 35 sessions counted once', async () => {
    const s = await stats(2022);
    process.stdout.write(`demo education 2022: ${JSON.stringify(s.education)}\n`);
    expect(s.education.works.essaysAwardedProvincialOrCity).toBe(26);
    expect(s.education.works.researchReports).toBeGreaterThanOrEqual(40);
    expect(s.education.works.researchReportsAdopted).toBeGreaterThan(0);
    expect(s.education.provinceTopLearners).toBe(5);
    expect(s.education.educationSessions).toBe(35);
    expect(s.education.educationSessions).toBe(s.partyLife.educationSessions);
    expect(s.education.educationAttendees).toBe(s.partyLife.educationAttendees);
    expect(s.education.educationAttendees).toBeGreaterThanOrEqual(1800);
    const video = await t.gql(
      '{ works(filter: { year: 2022, kind: [VIDEO] }, first: 5) { nodes { title award { level grade } authors { name } } } }',
    );
    expect(video.data!.works.nodes).toEqual([
      expect.objectContaining({
        title: '安化走出去的妇女运动先驱——刘炎',
        award: { level: 'PROVINCIAL', grade: 'THIRD' },
      }),
    ]);
    // Later years have works and points too.
    const later = await stats(2025);
    expect(later.education.works.researchReports).toBeGreaterThan(20);
  });

  it('records a work with ordered authors and its award, and the year’s figures move', async () => {
    const before = await stats(2023);
    const essay = await t.gql(CREATE, {
      input: {
        kind: 'ESSAY',
        title: '  我的入党故事  ',
        year: 2023,
        authorIds: [inReach[1].id, inReach[0].id],
        submittedTo: '市委老干部局',
        award: { level: 'CITY', grade: 'SECOND' },
      },
    });
    expect(essay.data!.createWork.userErrors).toEqual([]);
    const work = essay.data!.createWork.work;
    expect(work).toMatchObject({
      kind: 'ESSAY',
      title: '我的入党故事',
      year: 2023,
      adopted: null,
      award: { level: 'CITY', grade: 'SECOND' },
      authors: [inReach[1], inReach[0]],
    });
    const report = await t.gql(CREATE, {
      input: {
        kind: 'RESEARCH_REPORT',
        title: '关于农村饮水安全的调研报告',
        year: 2023,
        authorIds: [inReach[2].id],
        topicArea: '农村饮水',
        submittedTo: '县人民政府',
        adopted: true,
      },
    });
    expect(report.data!.createWork.userErrors).toEqual([]);
    expect(report.data!.createWork.work).toMatchObject({
      topicArea: '农村饮水',
      adopted: true,
      award: null,
    });

    const after = await stats(2023);
    expect(kindCount(after, 'ESSAY')).toBe(kindCount(before, 'ESSAY') + 1);
    expect(after.education.works.essaysAwardedProvincialOrCity).toBe(
      before.education.works.essaysAwardedProvincialOrCity + 1,
    );
    expect(after.education.works.awarded).toBe(before.education.works.awarded + 1);
    expect(after.education.works.researchReports).toBe(before.education.works.researchReports + 1);
    expect(after.education.works.researchReportsAdopted).toBe(
      before.education.works.researchReportsAdopted + 1,
    );

    // The member page lists it; the list's filters find it.
    const member = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on Member { works { id title } } } }',
      { id: inReach[0].id },
    );
    expect(member.data!.node.works).toContainEqual({ id: work.id, title: '我的入党故事' });
    const listed = await t.gql(
      `query($author: ID!) { works(filter: { year: 2023, kind: [ESSAY], awardLevel: [CITY], authorId: $author }, first: 10) {
        totalCount nodes { id } } }`,
      { author: inReach[1].id },
    );
    expect(listed.data!.works.nodes).toEqual([{ id: work.id }]);
    const notAwarded = await t.gql(
      '{ works(filter: { year: 2023, awarded: false, search: "农村饮水安全" }, first: 10) { nodes { title } } }',
    );
    expect(notAwarded.data!.works.nodes).toEqual([{ title: '关于农村饮水安全的调研报告' }]);

    // Changed: the award taken away, the authors reordered; then deleted.
    const stale = await t.gql(UPDATE, {
      input: {
        workId: work.id,
        expectedVersion: work.version + 1,
        kind: 'ESSAY',
        title: '我的入党故事',
        year: 2023,
        authorIds: [inReach[0].id],
      },
    });
    expect(stale.data!.updateWork.userErrors).toEqual([
      expect.objectContaining({ field: ['expectedVersion'], code: 'STALE' }),
    ]);
    const updated = await t.gql(UPDATE, {
      input: {
        workId: work.id,
        expectedVersion: work.version,
        kind: 'ESSAY',
        title: '我的入党故事',
        year: 2023,
        authorIds: [inReach[0].id, inReach[1].id],
      },
    });
    expect(updated.data!.updateWork.work).toMatchObject({
      award: null,
      version: work.version + 1,
      authors: [inReach[0], inReach[1]],
    });
    expect((await stats(2023)).education.works.essaysAwardedProvincialOrCity).toBe(
      before.education.works.essaysAwardedProvincialOrCity,
    );
    const deleted = await t.gql(DELETE, { input: { workId: work.id } });
    expect(deleted.data!.deleteWork).toEqual({ deletedWorkId: work.id, userErrors: [] });
    expect(kindCount(await stats(2023), 'ESSAY')).toBe(kindCount(before, 'ESSAY'));
  });

  it('refuses bad input with field and code, and writes nothing', async () => {
    const count = await writes();
    const refused = async (input: Record<string, unknown>, token?: string) => {
      const res = await t.gql(CREATE, { input }, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createWork.work).toBeNull();
      return res.data!.createWork.userErrors.map((e: { field: string[]; code: string }) => [
        e.field.join('.'),
        e.code,
      ]);
    };
    const base = { kind: 'ESSAY', title: '征文', year: 2023, authorIds: [inReach[0].id] };
    expect(await refused({ ...base, title: ' ', authorIds: [] })).toEqual([
      ['title', 'REQUIRED'],
      ['authorIds', 'REQUIRED'],
    ]);
    expect(await refused({ ...base, year: 2027, topicArea: '交通', adopted: false })).toEqual([
      ['year', 'OUT_OF_RANGE'],
      ['topicArea', 'INVALID'],
      ['adopted', 'INVALID'],
    ]);
    expect(await refused({ ...base, authorIds: [inReach[0].id, inReach[0].id] })).toEqual([
      ['authorIds.1', 'DUPLICATE'],
    ]);
    expect(await refused({ ...base, authorIds: ['nonsense'] })).toEqual([
      ['authorIds.0', 'INVALID_ID'],
    ]);
    // A secretary names only members in reach.
    expect(await refused({ ...base, authorIds: [inReach[0].id, outside.id] }, secretary)).toEqual([
      ['authorIds.1', 'NOT_FOUND'],
    ]);
    expect(await writes()).toBe(count);
  });

  it('a secretary reaches the works of their members, and the figures of their reach', async () => {
    const created = await t.gql(CREATE, {
      input: { kind: 'RED_STORY', title: '外支部的红色故事', year: 2024, authorIds: [outside.id] },
    });
    const work = created.data!.createWork.work;
    const seen = await t.gql(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: work.id },
      {
        token: secretary,
      },
    );
    expect(seen.data!.node).toBeNull();
    const removed = await t.gql(DELETE, { input: { workId: work.id } }, { token: secretary });
    expect(removed.data!.deleteWork.userErrors).toEqual([{ field: ['workId'], code: 'NOT_FOUND' }]);
    const county = await stats(2024);
    const branch = await stats(2024, secretary);
    expect(kindCount(branch, 'RED_STORY')).toBeLessThan(kindCount(county, 'RED_STORY'));
    const [own] = await t.db.run(sql`
      SELECT count(*)::int AS n FROM work w WHERE w.year = 2024 AND w.kind = 'RED_STORY'
        AND EXISTS (SELECT 1 FROM work_author wa JOIN member m ON m.id = wa.member_id
          JOIN branch b ON b.id = m.branch_id
          WHERE wa.work_id = w.id AND b.path LIKE (SELECT sb.path FROM branch sb
            JOIN app_user u ON u.branch_id = sb.id WHERE u.username = 'shuji') || '%')`);
    expect(kindCount(branch, 'RED_STORY')).toBe(Number(own.n));
  });

  it('lists works with their authors in a constant number of statements', async () => {
    const statements = async (n: number) => {
      const counted = await t.db.countStatements(async () => {
        const res = await t.gql(
          `{ works(first: ${n}) { nodes { title award { level } authors { name branch { name } } } } }`,
        );
        expect(res.errors).toBeUndefined();
      });
      return counted.count;
    };
    await t.adminToken();
    const ten = await statements(10);
    expect(await statements(100)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(5);
  });
});
