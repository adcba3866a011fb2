import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from '../../kernel/db/sql';
import { createLogger } from '../../kernel/logger';
import { startTestApp, type TestApp } from '../../test/harness';
import { MEMBER_COLUMNS } from './member-sheet';
import { type ImportReport } from '@wanxia/schema';
import { XLSX_TYPE } from './xlsx-export';

describe('list exports (/api/…/export.xlsx)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.adminToken();
  });
  afterAll(() => t.stop());

  const download = (path: string, token: string | null = admin, filter?: object) =>
    t.http(`${path}${filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  /** The sheet's rows as text, the header first. */
  async function rowsOf(response: Response): Promise<string[][]> {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows: string[][] = [];
    workbook.worksheets[0].eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
    );
    return rows;
  }

  const lastAudit = async (operation: string) =>
    (
      await t.db.run(
        sql`SELECT changes, actor_label AS actor FROM audit_event WHERE operation = ${operation} ORDER BY id DESC LIMIT 1`,
      )
    )[0];

  it('exports the whole roster, ID numbers masked for a viewer and in full for an admin', async () => {
    const stored = await t.db.run(sql`SELECT id_card_number AS id FROM member`);
    const ids = new Set(stored.map((r) => String(r.id)));
    const idColumn = MEMBER_COLUMNS.findIndex((c) => c.field === 'idCardNumber');

    const viewer = await rowsOf(await download('/api/members/export.xlsx', await t.login('guest')));
    expect(viewer[0]).toEqual([
      ...MEMBER_COLUMNS.map((c) => c.header),
      '年龄',
      '党龄',
      '状态',
      '更新时间',
    ]);
    expect(viewer).toHaveLength(ids.size + 1);
    expect(viewer.slice(1).every((r) => /^\d{6}\*{12}$/.test(r[idColumn]))).toBe(true);
    expect(await lastAudit('exportMembers')).toMatchObject({
      changes: { filter: null, rows: ids.size, personalData: false },
      actor: expect.stringContaining('guest'),
    });

    const full = await rowsOf(await download('/api/members/export.xlsx'));
    expect(full).toHaveLength(ids.size + 1);
    expect(new Set(full.slice(1).map((r) => r[idColumn]))).toEqual(ids);
    expect(await lastAudit('exportMembers')).toMatchObject({
      changes: { rows: ids.size, personalData: true },
    });
  });

  it('applies the filter, the order and the caller’s reach', async () => {
    const filter = { status: ['ACTIVE'], ageMin: 90 };
    const { data } = await t.gql(
      `query($filter: MemberFilter) { members(filter: $filter, first: 3, orderBy: { field: BIRTH_DATE, direction: ASC }) { totalCount nodes { name } } }`,
      { filter },
    );
    const response = await t.http(
      `/api/members/export.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}&orderBy=${encodeURIComponent(JSON.stringify({ field: 'BIRTH_DATE', direction: 'ASC' }))}`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent('人员名单-2026-06-15.xlsx'),
    );
    const rows = await rowsOf(response);
    expect(rows).toHaveLength(data!.members.totalCount + 1);
    expect(rows.slice(1, 4).map((r) => r[0])).toEqual(
      data!.members.nodes.map((n: { name: string }) => n.name),
    );

    const shuji = await t.login('shuji');
    const reach = await t.gql('{ members { totalCount } }', {}, { token: shuji });
    const own = await rowsOf(await download('/api/members/export.xlsx', shuji));
    expect(own).toHaveLength(reach.data!.members.totalCount + 1);
    // A secretary sees the own members' personal data in full.
    const idColumn = MEMBER_COLUMNS.findIndex((c) => c.field === 'idCardNumber');
    expect(own.slice(1).every((r) => /^\d{17}[\dX]$/.test(r[idColumn]))).toBe(true);
  });

  it('imports its own export back with no change at all', async () => {
    const file = Buffer.from(await (await download('/api/members/export.xlsx')).arrayBuffer());
    const response = await t.http('/api/members/import?mode=commit&filename=export.xlsx', {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': XLSX_TYPE },
      body: file,
    });
    const report = (await response.json()) as ImportReport;
    const [{ n }] = await t.db.run(sql`SELECT count(*)::int AS n FROM member`);
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ create: 0, update: 0, unchanged: n });
    expect(report.ignoredColumns).toEqual(['年龄', '党龄', '状态', '更新时间']);
  });

  it('writes formula-like text with an apostrophe, so editing the cell keeps it text, and reads it back as it was', async () => {
    const formulas = {
      formerPosition: '=HYPERLINK("http://attacker.example","点我")',
      address: '+1+cmd|calc',
      healthNotes: '-2+3',
      carePlan: '@SUM(A1:A9)',
    };
    const [member] = await t.db.run(sql`
      UPDATE member SET former_position = ${formulas.formerPosition}, address = ${formulas.address},
        health_notes = ${formulas.healthNotes}, care_plan = ${formulas.carePlan}
      WHERE id = (SELECT min(id) FROM member) RETURNING id_card_number AS id`);
    const file = await rowsOf(await download('/api/members/export.xlsx'));
    const idColumn = MEMBER_COLUMNS.findIndex((c) => c.field === 'idCardNumber');
    const row = file.find((r) => r[idColumn] === member.id)!;
    for (const [field, text] of Object.entries(formulas)) {
      expect(row[MEMBER_COLUMNS.findIndex((c) => c.field === field)]).toBe(`'${text}`);
    }

    const response = await t.http('/api/members/import?mode=dry-run&filename=export.xlsx', {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': XLSX_TYPE },
      body: Buffer.from(await (await download('/api/members/export.xlsx')).arrayBuffer()),
    });
    const report = (await response.json()) as ImportReport;
    expect(report.problems).toEqual([]);
    expect(report.counts).toMatchObject({ create: 0, update: 0 });
  });

  it('exports visits, visit tasks and disbursements with their filters', async () => {
    const [visited] = await t.db.run(
      sql`SELECT m.name FROM visit v JOIN member m ON m.id = v.member_id ORDER BY v.id LIMIT 1`,
    );
    const cases = [
      {
        path: '/api/visits/export.xlsx',
        filter: { occasion: ['HOLIDAY'], visitedFrom: '2026-01-01' },
        query: 'query($f: VisitFilter) { list: visits(filter: $f) { totalCount } }',
        header: ['走访日期', '姓名', '所在党支部', '走访事由'],
        operation: 'exportVisits',
      },
      {
        path: '/api/visits/export.xlsx',
        filter: { search: visited.name, late: false },
        query: 'query($f: VisitFilter) { list: visits(filter: $f) { totalCount } }',
        header: ['走访日期', '姓名', '所在党支部', '走访事由'],
        operation: 'exportVisits',
      },
      {
        path: '/api/visit-tasks/export.xlsx',
        filter: { overdue: true },
        query: 'query($f: VisitTaskFilter) { list: visitTasks(filter: $f) { totalCount } }',
        header: ['姓名', '所在党支部', '走访事由', '事由日期'],
        operation: 'exportVisitTasks',
      },
      {
        path: '/api/disbursements/export.xlsx',
        filter: { year: 2025 },
        query: 'query($f: DisbursementFilter) { list: disbursements(filter: $f) { totalCount } }',
        header: ['支付日期', '用途', '收款方类型', '收款方', '金额（元）'],
        operation: 'exportDisbursements',
      },
    ];
    for (const c of cases) {
      const { data } = await t.gql(c.query, { f: c.filter });
      const total = data!.list.totalCount as number;
      expect(total).toBeGreaterThan(0);
      const rows = await rowsOf(await download(c.path, admin, c.filter));
      expect(rows[0].slice(0, c.header.length)).toEqual(c.header);
      expect(rows).toHaveLength(total + 1);
      expect(await lastAudit(c.operation)).toMatchObject({
        changes: { filter: c.filter, rows: total },
      });
    }
  });

  it('shows the money handed over on a visit to funding readers only', async () => {
    const [paid] = await t.db.run(sql`
      SELECT m.name, v.visited_on AS "visitedOn", sum(d.amount_fen)::int AS fen
      FROM visit v JOIN member m ON m.id = v.member_id
      JOIN disbursement d ON d.visit_id = v.id AND d.status <> 'VOID'
      GROUP BY v.id, m.name ORDER BY v.id LIMIT 1`);
    const filter = { search: paid.name, visitedFrom: paid.visitedOn, visitedTo: paid.visitedOn };
    const rows = await rowsOf(await download('/api/visits/export.xlsx', admin, filter));
    const money = rows[0].indexOf('慰问金（元）');
    expect(money).toBeGreaterThan(rows[0].indexOf('慰问品'));
    expect(rows.slice(1).map((r) => r[money])).toContain(String(Number(paid.fen) / 100));

    const { data } = await t.gql(
      `mutation { createApiToken(input: { name: "visits only", scopes: [VISITS_READ] }) { secret } }`,
    );
    const visitsOnly = await rowsOf(
      await download('/api/visits/export.xlsx', data!.createApiToken.secret, filter),
    );
    expect(visitsOnly[0]).not.toContain('慰问金（元）');
    expect(visitsOnly).toHaveLength(rows.length);
  });

  it('refuses bad filters, anonymous callers and missing permissions as JSON', async () => {
    const bad = await download('/api/members/export.xlsx', admin, { ageMin: 'old' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    const notJson = await t.http('/api/visits/export.xlsx?filter=%7B', {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(notJson.status).toBe(400);
    const wrongId = await download('/api/visit-tasks/export.xlsx', admin, { memberId: 'nope' });
    expect(wrongId.status).toBe(400);

    const anonymous = await download('/api/disbursements/export.xlsx', null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

    const { data } = await t.gql(
      `mutation { createApiToken(input: { name: "roster only", scopes: [MEMBERS_READ] }) { secret } }`,
    );
    const forbidden = await download('/api/visits/export.xlsx', data!.createApiToken.secret);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const template = await download('/api/members/template.xlsx', data!.createApiToken.secret);
    expect(template.status).toBe(403);

    const unknown = await download('/api/nothing-here');
    expect(unknown.status).toBe(404);
  });
});

describe('Excel requests in the logs', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    t = await startTestApp({ demo: true, logger: createLogger('info', sink) });
  });
  afterAll(() => t.stop());

  it('leave out the searches and file names their addresses carry', async () => {
    const admin = await t.adminToken();
    const [member] = await t.db.run(
      sql`SELECT name, id_card_number AS id FROM member WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`,
    );
    const digits = String(member.id).slice(-8);
    const response = await t.http(
      `/api/members/export.xlsx?filter=${encodeURIComponent(JSON.stringify({ search: digits }))}`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    expect(response.status).toBe(200);
    const file = Buffer.from(await response.arrayBuffer());
    const imported = await t.http(
      `/api/members/import?filename=${encodeURIComponent(`${member.name}.xlsx`)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': XLSX_TYPE },
        body: file,
      },
    );
    expect(imported.status).toBe(200);
    const logged = lines.join('');
    // The sign-in went through the same logger: the sink is live.
    expect(logged).toContain('/graphql');
    expect(logged).not.toContain(digits);
    expect(logged).not.toContain(encodeURIComponent(String(member.name)));
    expect(logged).not.toContain(String(member.name));
  });
});
