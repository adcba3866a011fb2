import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { Reach } from '../../kernel/access/reach';
import { TEST_TODAY } from '../../test/constants';
import { startTestApp, type TestApp } from '../../test/harness';
import { CHAPTERS, workSummaryBuffer, workSummaryFigures } from './work-summary';

/** One file of a zip archive, found through the central directory (stored or deflated). */
function unzipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in the archive`);
}

/** The document's text: its runs joined, the XML left out. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('the work summary (年度工作总结)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('fills the four chapters with 2022’s figures, in the seed report’s sentences', async () => {
    const started = performance.now();
    const figures = await workSummaryFigures(t.db, Reach.COUNTY, {
      year: 2022,
      today: TEST_TODAY,
      visits: true,
      funding: true,
    });
    const buffer = await workSummaryBuffer(figures);
    expect(performance.now() - started).toBeLessThan(5_000);
    const xml = unzipEntry(buffer, 'word/document.xml');
    const text = textOf(xml);
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
    // Without records, nothing is invented.
    expect(text).toContain('开展党性教育活动待补充场次，受众待补充人');
    expect(text).toContain('成立志愿服务队伍待补充支待补充人');
  });

  it('leaves out visits and money for a caller who may not read them', async () => {
    const figures = await workSummaryFigures(t.db, Reach.COUNTY, {
      year: 2022,
      today: TEST_TODAY,
      visits: false,
      funding: false,
    });
    const text = textOf(unzipEntry(await workSummaryBuffer(figures), 'word/document.xml'));
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
    const text = textOf(unzipEntry(Buffer.from(await res.arrayBuffer()), 'word/document.xml'));
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
    expect(names).toEqual(expect.arrayContaining(['两年数字变化', '基本情况', '服务保障']));
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
    for (const sheet of [change, book.getWorksheet('基本情况')!]) {
      expect(sheet.pageSetup.orientation).toBe('landscape');
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.pageSetup.printTitlesRow).toBe('1:3');
      expect(sheet.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    }
  });
});
