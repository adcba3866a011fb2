import ExcelJS from 'exceljs';
import { Reach } from '../../kernel/access/reach';
import { TEST_TODAY } from '../../test/constants';
import { docxText } from '../../test/docx';
import { startTestApp, type TestApp } from '../../test/harness';
import { reportFigure } from './report-figure';
import { CHAPTERS, workSummaryBuffer, workSummaryFigures } from './work-summary';

describe('the work summary (年度工作总结)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('fills the four chapters with 2022’s figures, in the seed report’s sentences', async () => {
    const figures = await workSummaryFigures(t.db, Reach.ALL, {
      year: 2022,
      today: TEST_TODAY,
      visits: true,
      funding: true,
    });
    const buffer = await workSummaryBuffer(figures);
    const text = docxText(buffer);
    for (const chapter of CHAPTERS) expect(text).toContain(chapter);
    // The figures of the seed the data holds.
    expect(text).toContain('合理设置离退休干部党总支7个，党支部140个');
    expect(text).toContain('落实创建经费20万元，创建省示范3个、市示范16个、县示范11个');
    expect(text).toContain('建成老党员之家94个');
    expect(text).toContain('县财政预算中心运行经费58万元');
    expect(text).toContain('落实帮扶慰问经费30万元');
    expect(text).toContain('老干部活动中心提质改造128万元');
    expect(text).toContain('门球场建设（两片）70万余元');
    // A computed figure: the year's deaths and visits, as the data gives them.
    const total = figures.report.rosterChange.rows.at(-1)!;
    expect(text).toContain(`去世${total.died.value}人`);
    expect(figures.visits!.total).toBeGreaterThan(10_000);
    expect(text).toMatch(/全年走访慰问老干部\d+000余?人次/);
    // The party-life, organisation and role-and-activity figures of the seed, from the records.
    expect(text).toContain('2名老党员当选县党代表，1名老干部当选县人大代表');
    // The seed's 1,800+ attendees: the demo records a few more (1900余 as the report writes them).
    const r = figures.report.yearFigures.roleAndActivities;
    expect(r.educationAttendees).toBeGreaterThanOrEqual(1800);
    expect(text).toContain(
      `开展党性教育活动35场次，受众${reportFigure(r.educationAttendees)}人；26篇征文获省市奖励`,
    );
    expect(text).toContain('成立志愿服务队伍32支1200余人');
    expect(text).toContain('有20名老党员担任小区党支部书记，28名老党员任支部委员');
    // 40+ reports, 80+ lectures and 30+ performances: below 100 a report writes the exact count.
    const reports = Number(text.match(/形成有价值的调研报告(\d+)份/)![1]);
    expect(reports).toBeGreaterThanOrEqual(40);
    expect(reports).toBeLessThan(50);
    expect(text).toMatch(/开展志愿服务活动220余场次；/);
    const lectures = text.match(/举办科技讲座(\d+)场，受惠群众20000余人；/);
    expect(Number(lectures![1])).toBeGreaterThanOrEqual(80);
    expect(Number(lectures![1])).toBeLessThan(90);
    const performances = Number(text.match(/开展文艺演出活动(\d+)场/)![1]);
    expect(performances).toBeGreaterThanOrEqual(30);
    expect(performances).toBeLessThan(40);
    expect(text).toContain('义写春联12000余幅；自发捐款35万余元');
    expect(text).toMatch(/组建老年社会团体9个，开展文体活动\d+场次/);
    // Each figure is the table's: the document and yearReport say the same.
    expect(text).toContain(`开展文艺演出活动${r.volunteerPerformances}场`);
    // Every figure of the seed now has its records: nothing is left to fill in.
    expect(text).not.toContain('待补充场次');
    expect(text.match(/待补充/g)).toHaveLength(1); // the legend under the title
  });

  it('leaves out visits and money for a caller who may not read them', async () => {
    const figures = await workSummaryFigures(t.db, Reach.ALL, {
      year: 2022,
      today: TEST_TODAY,
      visits: false,
      funding: false,
    });
    const text = docxText(await workSummaryBuffer(figures));
    expect(text).toContain('党支部140个');
    expect(text).not.toContain('走访慰问老干部');
    expect(text).not.toContain('万元');
  });

  it('is served at /api/reports/{year}.docx with the sign-in rules of /api', async () => {
    const token = await t.adminToken();
    const res = await t.http('/api/reports/2022.docx', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain('.docx');
    const text = docxText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('党总支7个');
    expect((await t.http('/api/reports/2022.docx')).status).toBe(401);
    expect(
      (await t.http('/api/reports/20x2.docx', { headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(400);
    const audit = await t.gql(
      '{ auditEvents(first: 1, filter: { operation: "exportWorkSummary" }) { nodes { operation } } }',
    );
    expect(audit.data!.auditEvents.nodes).toEqual([{ operation: 'exportWorkSummary' }]);
  });

  it('adds the statutory tables to the yearly workbook, both years with the change, printable', async () => {
    const token = await t.adminToken();
    const res = await t.http('/api/reports/2025.xlsx', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '两年数字变化',
        '基本情况',
        '服务保障',
        '党组织建设',
        '作用发挥与活动开展',
      ]),
    );
    const change = book.getWorksheet('两年数字变化')!;
    expect(change.getCell('A1').value).toContain('离退休干部两年数字变化情况');
    expect(change.getCell('B2').value).toBe('年初人数');
    expect([
      change.getCell('B3').value,
      change.getCell('C3').value,
      change.getCell('D3').value,
    ]).toEqual(['2024年', '2025年', '增减']);
    const report = (
      await t.gql(
        '{ yearReport(year: 2025) { rosterChange { rows { label end { value previous change } } } } }',
      )
    ).data!.yearReport;
    const total = report.rosterChange.rows.at(-1);
    const last = change.getRow(change.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    // 年末人数 is the eighth measure: columns 23–25.
    expect([last.getCell(23).value, last.getCell(24).value, last.getCell(25).value]).toEqual([
      total.end.previous,
      total.end.value,
      total.end.change,
    ]);
    const org = book.getWorksheet('党组织建设')!;
    expect(org.getCell('A1').value).toContain('党组织建设情况');
    expect([org.getCell('A2').value, org.getCell('B2').value, org.getCell('C2').value]).toEqual([
      '项目',
      '单位',
      '数值',
    ]);
    const tables = (
      await t.gql(
        '{ yearReport(year: 2025) { partyOrganisation { rows { label count { value previous change } } } roleAndActivities { rows { label } } } }',
      )
    ).data!.yearReport;
    const branches = tables.partyOrganisation.rows[1];
    expect(org.getRow(5).getCell(1).value).toBe(branches.label);
    expect([5, 5, 5].map((r, i) => org.getRow(r).getCell(i + 3).value)).toEqual([
      branches.count.previous,
      branches.count.value,
      branches.count.change,
    ]);
    const role = book.getWorksheet('作用发挥与活动开展')!;
    expect(role.rowCount).toBe(3 + tables.roleAndActivities.rows.length);
    for (const sheet of [change, book.getWorksheet('基本情况')!, org, role]) {
      expect(sheet.pageSetup.orientation).toBe('landscape');
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.pageSetup.printTitlesRow).toBe('1:3');
      expect(sheet.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    }
  });
});
