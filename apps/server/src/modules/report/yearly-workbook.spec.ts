import ExcelJS from 'exceljs';
import { Reach } from '../../kernel/access/reach';
import { TEST_TODAY } from '../../test/constants';
import { startTestApp, type TestApp } from '../../test/harness';
import { countyStats } from './county-stats';
import { yearlyWorkbook } from './yearly-workbook';

describe('the yearly workbook', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('has one sheet per area with Chinese headers and the year’s figures, money in yuan', async () => {
    const stats = await countyStats(t.db, Reach.ALL, 2022, TEST_TODAY);
    const buffer = await yearlyWorkbook(stats).xlsx.writeBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '组织建设',
      '人员情况',
      '走访慰问',
      '六个必访覆盖率',
      '经费使用',
    ]);
    const organisation = book.getWorksheet('组织建设')!;
    expect(organisation.getCell('A1').value).toContain('2022年度');
    expect(organisation.getRow(2).values).toEqual([undefined, '项目', '数量']);
    const figures = Object.fromEntries(
      organisation.getRows(3, 6)!.map((r) => [r.getCell(1).value, r.getCell(2).value]),
    );
    expect(figures).toEqual({
      离退休干部党总支: 7,
      离退休干部党支部: 140,
      省级示范党支部: 3,
      市级示范党支部: 16,
      县级示范党支部: 11,
      老党员之家: 94,
    });
    const money = book.getWorksheet('经费使用')!;
    const centre = money.getRows(3, 6)!.find((r) => r.getCell(1).value === '活动中心运行')!;
    expect(centre.getCell(2).value).toBe(580_000);
  });

  it('leaves out what the caller may not read', async () => {
    const {
      visits: _v,
      coverage: _c,
      funding: _f,
      ...stats
    } = await countyStats(t.db, Reach.ALL, 2022, TEST_TODAY);
    const book = yearlyWorkbook(stats);
    expect(book.worksheets.map((s) => s.name)).toEqual(['组织建设', '人员情况']);
  });

  it('is served at /api/reports/{year}.xlsx to those who may read it, with their areas only', async () => {
    const download = async (year: string, token?: string | null) => {
      const bearer = token === undefined ? await t.adminToken() : token;
      return t.http(`/api/reports/${year}.xlsx`, {
        headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
      });
    };
    const sheets = async (response: Response) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      return book.worksheets.map((s) => s.name);
    };
    const admin = await download('2022');
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-disposition')).toContain(
      encodeURIComponent('2022年度老干部工作统计.xlsx'),
    );
    expect(await sheets(admin)).toEqual([
      '组织建设',
      '人员情况',
      '走访慰问',
      '六个必访覆盖率',
      '经费使用',
      '两年数字变化',
      '基本情况',
      '服务保障',
      '党组织建设',
      '作用发挥与活动开展',
    ]);

    const created =
      await t.gql(`mutation { createApiToken(input: { name: "报表", scopes: [MEMBERS_READ] }) {
      secret userErrors { code } } }`);
    const membersOnly = await download('2022', created.data!.createApiToken.secret);
    expect(await sheets(membersOnly)).toEqual([
      '组织建设',
      '人员情况',
      '两年数字变化',
      '基本情况',
      '党组织建设',
      '作用发挥与活动开展',
    ]);

    expect((await download('2022', null)).status).toBe(401);
    expect((await download('20x2')).status).toBe(400);
  });
});

describe('the yearly workbook frozen at 07:30 on 1 January, China time', () => {
  let t: TestApp;
  beforeAll(async () => {
    // 2025-12-31T23:30Z is 07:30 on 1 January 2026 in China.
    t = await startTestApp({ now: new Date('2025-12-31T23:30:00Z') });
  });
  afterAll(() => t.stop());

  it('says it was frozen on 1 January, the China date, not the UTC one', async () => {
    const frozen = await t.gql(
      `mutation { freezeCountyStats(year: 2025) { userErrors { code } } }`,
    );
    expect(frozen.data!.freezeCountyStats.userErrors).toEqual([]);
    const response = await t.http('/api/reports/2025.xlsx', {
      headers: { authorization: `Bearer ${await t.adminToken()}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const title = String(book.getWorksheet('组织建设')!.getCell('A1').value);
    expect(title).toContain('（2026-01-01 由');
    expect(title).not.toContain('2025-12-31');
  });
});
