import { chinaDate, enumLabels, yuanCell } from '@wanxia/schema';
import ExcelJS from 'exceljs';
import { asText } from '../excel/xlsx-export';
import { OCCASION_NAMES, type VisitOccasion } from '../visit/occasions';
import type { Band, CountyStats } from './report.types';

const CATEGORY_NAMES = enumLabels('BudgetCategory', 'zh-CN');

/** The figures a caller may see: visits, coverage and money need their own permissions. */
export type ReportFigures = Omit<CountyStats, 'visits' | 'coverage' | 'funding'> &
  Partial<Pick<CountyStats, 'visits' | 'coverage' | 'funding'>>;

const YUAN_FORMAT = '#,##0.00';
const PERCENT_FORMAT = '0.0%';

const band = (b: Band, unit: string) =>
  b.to === null ? `${b.from}${unit}以上` : `${b.from}–${b.to}${unit}`;

/**
 * Prints on A4 landscape, fitted to the page's width, with the title and header rows (the
 * first `headerRows`) repeated on every page and the print area the table.
 */
export function printable(sheet: ExcelJS.Worksheet, headerRows: number, columns: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headerRows}`,
    printArea: `A1:${sheet.getColumn(columns).letter}${Math.max(sheet.rowCount, headerRows)}`,
  };
}

/** A sheet with a title row, Chinese headers and rows; number formats per column. */
function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: { header: string; width: number; format?: string }[],
  rows: (string | number | null)[][],
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style: c.format ? { numFmt: c.format } : {},
  }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2E6D9' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of rows) sheet.addRow(row.map(asText));
  printable(sheet, 2, columns.length);
  return sheet;
}

/**
 * The yearly report as a workbook: one sheet per area, Chinese headers, money in yuan. Visits,
 * coverage and money appear only when the figures carry them (the caller may read them).
 */
export function yearlyWorkbook(stats: ReportFigures): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '晚霞 Wanxia';
  book.created = new Date();
  const { year, organisation: o, members: m } = stats;
  const frozen = stats.frozenAt
    ? `（${chinaDate(new Date(stats.frozenAt))} 由 ${stats.frozenBy} 冻结）`
    : `（截至 ${stats.asOf}）`;

  addSheet(
    book,
    '组织建设',
    `${year}年度 组织建设${frozen}`,
    [
      { header: '项目', width: 28 },
      { header: '数量', width: 12 },
    ],
    [
      ['离退休干部党总支', o.generalBranches],
      ['离退休干部党支部', o.branches],
      ['省级示范党支部', o.provincial],
      ['市级示范党支部', o.city],
      ['县级示范党支部', o.county],
      ['老党员之家', o.homes],
    ],
  );

  addSheet(
    book,
    '人员情况',
    `${year}年度 人员情况${frozen}`,
    [
      { header: '项目', width: 28 },
      { header: '人数', width: 12 },
    ],
    [
      ['在册人员', m.active],
      ['其中：离休干部', m.lixiu],
      ['其中：退休干部', m.tuixiu],
      ['其中：中共党员', m.partyMembers],
      ['已故', m.deceased],
      ['转出', m.transferredOut],
      ['光荣在党50年纪念章应颁发', m.medalEligible],
      ...m.byAge.map((b) => [`年龄 ${band(b, '岁')}`, b.count]),
      ...m.byPartyYears.map((b) => [`党龄 ${band(b, '年')}`, b.count]),
    ],
  );

  if (stats.visits) {
    addSheet(
      book,
      '走访慰问',
      `${year}年度 走访慰问${frozen}`,
      [
        { header: '走访类别', width: 20 },
        ...Array.from({ length: 12 }, (_, i) => ({ header: `${i + 1}月`, width: 8 })),
        { header: '合计', width: 10 },
      ],
      [
        ['全部', ...stats.visits.byMonth.map((x) => x.count), stats.visits.total],
        ...stats.visits.byOccasion.map((x) => [
          OCCASION_NAMES[x.occasion as VisitOccasion],
          ...Array(12).fill(null),
          x.count,
        ]),
      ],
    );
  }
  if (stats.coverage) {
    const c = stats.coverage;
    const figures = (f: typeof c.total) => [
      f.tasks,
      f.doneOnTime,
      f.doneLate,
      f.missed,
      f.waived,
      f.open,
      f.overdue,
      f.rate,
    ];
    addSheet(
      book,
      '六个必访覆盖率',
      `${year}年度 六个必访覆盖率${frozen}`,
      [
        { header: '类别', width: 20 },
        { header: '应访', width: 10 },
        { header: '按时完成', width: 10 },
        { header: '逾期完成', width: 10 },
        { header: '未访', width: 10 },
        { header: '免访', width: 10 },
        { header: '待访', width: 10 },
        { header: '已逾期', width: 10 },
        { header: '覆盖率', width: 10, format: PERCENT_FORMAT },
      ],
      [
        ['全县', ...figures(c.total)],
        ...c.byOccasion.map((x) => [OCCASION_NAMES[x.occasion], ...figures(x)]),
      ],
    );
  }
  if (stats.funding) {
    const f = stats.funding;
    const money = (x: typeof f.total) => [
      yuanCell(x.amountFen),
      yuanCell(x.committedFen),
      yuanCell(x.paidFen),
      yuanCell(x.remainingFen),
      x.executionRate,
    ];
    addSheet(
      book,
      '经费使用',
      `${year}年度 经费使用（元）${frozen}`,
      [
        { header: '类别', width: 20 },
        { header: '预算', width: 16, format: YUAN_FORMAT },
        { header: '已批准', width: 16, format: YUAN_FORMAT },
        { header: '已支付', width: 16, format: YUAN_FORMAT },
        { header: '余额', width: 16, format: YUAN_FORMAT },
        { header: '执行率', width: 10, format: PERCENT_FORMAT },
      ],
      [
        ...f.byCategory.map((x) => [CATEGORY_NAMES[x.category], ...money(x)]),
        ['合计', ...money(f.total)],
      ],
    );
  }
  return book;
}
