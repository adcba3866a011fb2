import ExcelJS from 'exceljs';
import { chinaTimeRange } from '@wanxia/schema';
import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { XLSX_TYPE } from './xlsx-export';
import { ACTIVITY_KIND_NAMES } from './activity-export';
import type { ActivityKind } from '../activity/activity-kinds';

const HEADER = [
  '时间',
  '类别',
  '标题',
  '组织者',
  '地点',
  '应到',
  '实到',
  '缺席',
  '请假',
  '受益人数',
  '纪要',
];

const ROW = `startsAt endsAt kind title place beneficiaries summary
  organiser { kind branch { name } team { name } association { name } }
  attendance { participants present absent excused }`;

interface ApiActivity {
  startsAt: string;
  endsAt: string;
  kind: ActivityKind;
  title: string;
  place: string | null;
  beneficiaries: number;
  summary: string | null;
  organiser: {
    kind: string;
    branch: { name: string } | null;
    team: { name: string } | null;
    association: { name: string } | null;
  };
  attendance: { participants: number; present: number; absent: number; excused: number };
}

/** The row the export should hold for an activity as the API answers it. */
const rowOf = (a: ApiActivity) => [
  chinaTimeRange(a.startsAt, a.endsAt),
  ACTIVITY_KIND_NAMES[a.kind],
  a.title,
  a.organiser.kind === 'BUREAU'
    ? '老干部局'
    : (a.organiser.branch ?? a.organiser.team ?? a.organiser.association)!.name,
  a.place ?? '',
  ...[
    a.attendance.participants,
    a.attendance.present,
    a.attendance.absent,
    a.attendance.excused,
    a.beneficiaries,
  ].map(String),
  a.summary ?? '',
];

describe('the activity list export (/api/activities/export.xlsx)', () => {
  let t: TestApp;
  let admin: string;
  let secretary: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.adminToken();
    secretary = await t.login('shuji');
  });
  afterAll(() => t.stop());

  const download = (token: string | null, filter?: object) =>
    t.http(
      `/api/activities/export.xlsx${filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`,
      { headers: token ? { authorization: `Bearer ${token}` } : {} },
    );

  /** The sheet's rows as text, the header first, every column of the header in each. */
  async function rowsOf(response: Response): Promise<string[][]> {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('活动记录');
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push(
        HEADER.map((_, i) => {
          const value = row.getCell(i + 1).value;
          return value == null ? '' : String(value);
        }),
      ),
    );
    return rows;
  }

  const listed = async (filter: object, token = admin) =>
    (
      await t.gql(
        `query($filter: ActivityFilter) { activities(filter: $filter, first: 100) { totalCount nodes { ${ROW} } } }`,
        { filter },
        { token },
      )
    ).data!.activities as { totalCount: number; nodes: ApiActivity[] };

  const lastAudit = async () =>
    (
      await t.db.run(
        sql`SELECT changes, actor_label AS actor FROM audit_event WHERE operation = 'exportActivities' ORDER BY id DESC LIMIT 1`,
      )
    )[0];

  it('holds what the activities query lists, in its order, and records the export', async () => {
    const filter = {
      kind: ['BRANCH_MEMBERS_MEETING', 'PARTY_EDUCATION'],
      from: '2022-01-01',
      to: '2022-12-31',
    };
    const list = await listed(filter);
    expect(list.nodes.length).toBeGreaterThan(0);

    const response = await download(admin, filter);
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent('活动记录-2026-06-15.xlsx'),
    );
    const rows = await rowsOf(response);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(list.totalCount + 1);
    expect(rows.slice(1, list.nodes.length + 1)).toEqual(list.nodes.map(rowOf));
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(
      new Set(['支部党员大会', '党性教育活动']),
    );
    // The bureau's sessions and the branches' meetings, each under its organiser.
    expect(rows.slice(1).some((r) => r[3] === '老干部局')).toBe(true);
    expect(rows.slice(1).every((r) => r[3] !== '')).toBe(true);
    expect(await lastAudit()).toMatchObject({
      changes: { filter, rows: list.totalCount, personalData: false },
      actor: expect.stringContaining('admin'),
    });
  });

  it('shows an activity just recorded, with its attendance counted', async () => {
    const { data } = await t.gql(
      `{ branches(first: 100, filter: { kind: BRANCH }) { nodes { id name members(first: 3) { nodes { id } } } } }`,
      undefined,
      { token: secretary },
    );
    const branch = data!.branches.nodes.find(
      (b: { members: { nodes: unknown[] } }) => b.members.nodes.length === 3,
    ) as { id: string; name: string; members: { nodes: { id: string }[] } };
    const [a, b, c] = branch.members.nodes.map((m) => m.id);
    const filter = { branchId: branch.id, from: '2026-06-01' };
    const before = await rowsOf(await download(secretary, filter));

    const created = await t.gql(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { userErrors { field code } } }`,
      {
        input: {
          kind: 'BRANCH_MEMBERS_MEETING',
          title: '导出核对：第二季度支部党员大会',
          startsAt: '2026-06-14T09:00:00+08:00',
          endsAt: '2026-06-14T11:00:00+08:00',
          place: '支部活动室',
          organiser: { kind: 'BRANCH', branchId: branch.id },
          beneficiaries: 12,
          summary: '学习贯彻会议精神，通报支部工作',
          participants: [
            { memberId: a, attendance: 'PRESENT' },
            { memberId: b, attendance: 'ABSENT', absenceReason: '住院治疗' },
            { memberId: c, attendance: 'EXCUSED' },
          ],
        },
      },
      { token: secretary },
    );
    expect(created.data!.createActivity.userErrors).toEqual([]);

    const after = await rowsOf(await download(secretary, filter));
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual([
      '2026-06-14 09:00–11:00',
      '支部党员大会',
      '导出核对：第二季度支部党员大会',
      branch.name,
      '支部活动室',
      '3',
      '1',
      '1',
      '1',
      '12',
      '学习贯彻会议精神，通报支部工作',
    ]);

    // The member page's filter: the activities a participant took part in.
    const byParticipant = { participantId: b };
    const list = await listed(byParticipant);
    const rows = await rowsOf(await download(admin, byParticipant));
    expect(rows).toHaveLength(list.totalCount + 1);
    expect(rows.map((r) => r[2])).toContain('导出核对：第二季度支部党员大会');
  });

  it('keeps to the caller’s reach and takes the title search', async () => {
    const own = await listed({ search: '党' }, secretary);
    const all = await listed({ search: '党' });
    expect(own.totalCount).toBeGreaterThan(0);
    expect(all.totalCount).toBeGreaterThan(own.totalCount);

    const rows = await rowsOf(await download(secretary, { search: '党' }));
    expect(rows).toHaveLength(own.totalCount + 1);
    expect(rows.slice(1).every((r) => r[2].includes('党'))).toBe(true);
    // The bureau's activities are the county's, beyond a branch secretary.
    expect(rows.slice(1).some((r) => r[3] === '老干部局')).toBe(false);
    expect(await lastAudit()).toMatchObject({
      changes: { filter: { search: '党' }, rows: own.totalCount },
      actor: expect.stringContaining('shuji'),
    });
  });

  it('refuses bad filters, anonymous callers and missing permissions as JSON', async () => {
    for (const filter of [{ kind: ['NOPE'] }, { branchId: 'nope' }, { from: '2025-13-01' }]) {
      const bad = await download(admin, filter);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    }

    const anonymous = await download(null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

    const { data } = await t.gql(
      `mutation { createApiToken(input: { name: "visits only", scopes: [VISITS_READ] }) { secret } }`,
    );
    const forbidden = await download(data!.createApiToken.secret);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});
