import { enumLabels, yuanCell } from '@wanxia/schema';
import type ExcelJS from 'exceljs';
import { asText } from '../excel/xlsx-export';
import { OCCASION_NAMES } from '../visit/occasions';
import { printable } from './yearly-workbook';
import type {
  YearTableRow,
  MoneyYearFigure,
  RateYearFigure,
  ServiceTable,
  YearFigure,
  YearReportFigures,
} from './year-report.types';

const CATEGORY_NAMES = enumLabels('BudgetCategory', 'zh-CN');
const DIMENSION_NAMES: Record<string, string> = {
  TOTAL: '合计',
  AGE: '年龄',
  GENDER: '性别',
  PARTY: '政治面貌',
  RANK: '职级',
  RESIDENCE: '居住地',
  HEALTH: '健康状况',
};
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2E6D9' },
};
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const PERCENT_FORMAT = '0.0%';
const YUAN_FORMAT = '#,##0.00';

type Cell = string | number | null;

/** What a table sheet is made of: leading columns, then measures each as year − 1, year, change. */
interface TableSheet {
  name: string;
  title: string;
  leading: { header: string; width: number }[];
  measures: { header: string; format?: string }[];
  rows: Cell[][];
}

/**
 * A sheet of one table: a title, a header row of the measures over a row of 「N−1年 / N年 /
 * 增减」, bordered cells, printable on A4 landscape with the three top rows repeated.
 */
function addTableSheet(book: ExcelJS.Workbook, year: number, table: TableSheet): void {
  const columns = table.leading.length + table.measures.length * 3;
  const sheet = book.addWorksheet(table.name, {
    views: [{ state: 'frozen', ySplit: 3, xSplit: table.leading.length }],
  });
  sheet.columns = [
    ...table.leading.map((c) => ({ width: c.width })),
    ...table.measures.flatMap((m) =>
      [0, 1, 2].map(() => ({ width: 10, style: m.format ? { numFmt: m.format } : {} })),
    ),
  ];
  sheet.mergeCells(1, 1, 1, columns);
  const title = sheet.getCell(1, 1);
  title.value = table.title;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };

  const top = sheet.getRow(2);
  const sub = sheet.getRow(3);
  table.leading.forEach((c, i) => {
    top.getCell(i + 1).value = c.header;
    sheet.mergeCells(2, i + 1, 3, i + 1);
  });
  table.measures.forEach((m, i) => {
    const first = table.leading.length + i * 3 + 1;
    top.getCell(first).value = m.header;
    sheet.mergeCells(2, first, 2, first + 2);
    sub.getCell(first).value = `${year - 1}年`;
    sub.getCell(first + 1).value = `${year}年`;
    sub.getCell(first + 2).value = '增减';
  });
  for (const row of [top, sub]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let c = 1; c <= columns; c++) row.getCell(c).fill = HEADER_FILL;
  }
  for (const values of table.rows) sheet.addRow(values.map(asText));
  for (let r = 2; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= columns; c++) {
      sheet.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
  printable(sheet, 3, columns);
}

const counts = (f: YearFigure): Cell[] => [f.previous, f.value, f.change];
const yuan = (f: MoneyYearFigure): Cell[] => [
  yuanCell(f.previousFen),
  yuanCell(f.valueFen),
  yuanCell(f.changeFen),
];
const rates = (f: RateYearFigure): Cell[] => [f.previous, f.value, f.change];

/** What the caller may read of the service table. */
export interface ServiceAccess {
  visits: boolean;
  funding: boolean;
}

function serviceRows(s: ServiceTable, may: ServiceAccess): Cell[][] {
  // Each row names its unit; its three figures are in the unit's format.
  const rows: Cell[][] = [];
  if (may.visits) {
    rows.push(['走访慰问（人次）', ...counts(s.visits)]);
    for (const o of s.visitsByOccasion) {
      rows.push([`\u3000其中：${OCCASION_NAMES[o.occasion]}`, ...counts(o.visits)]);
    }
    rows.push(['六个必访应访（件）', ...counts(s.tasksDue)]);
    rows.push(['六个必访按时完成（件）', ...counts(s.tasksDoneOnTime)]);
    rows.push(['六个必访覆盖率', ...rates(s.coverage)]);
  }
  if (may.funding) {
    rows.push(['随访慰问金发放（人）', ...counts(s.condolenceMembers)]);
    rows.push(['随访慰问金（元）', ...yuan(s.condolenceFen)]);
    for (const c of s.budgetByCategory) {
      const name = CATEGORY_NAMES[c.category];
      rows.push([`${name}预算（元）`, ...yuan(c.amountFen)]);
      rows.push([`${name}支付（元）`, ...yuan(c.paidFen)]);
      rows.push([`${name}执行率`, ...rates(c.executionRate)]);
    }
  }
  return rows;
}

/** A row of 党组织建设 or 作用发挥: its name, unit and three figures in the unit's format. */
function figureRow(r: YearTableRow): Cell[] {
  const figures = r.money ? yuan(r.money) : r.rate ? rates(r.rate) : counts(r.count!);
  return [r.sub ? `\u3000${r.label}` : r.label, r.unit === '%' ? '' : r.unit, ...figures];
}

/** A figures table's sheet, with its rates and yuan in their formats. */
function addFigureSheet(
  book: ExcelJS.Workbook,
  year: number,
  name: string,
  title: string,
  rows: YearTableRow[],
): void {
  addTableSheet(book, year, {
    name,
    title,
    leading: [
      { header: '项目', width: 30 },
      { header: '单位', width: 6 },
    ],
    measures: [{ header: '数值' }],
    rows: rows.map(figureRow),
  });
  const sheet = book.getWorksheet(name)!;
  rows.forEach((r, i) => {
    const format = r.rate ? PERCENT_FORMAT : r.money ? YUAN_FORMAT : null;
    if (format) for (const c of [3, 4, 5]) sheet.getRow(i + 4).getCell(c).numFmt = format;
  });
}

/**
 * The statutory tables as sheets of the yearly workbook, each year beside the year before with
 * the change: 两年数字变化, 基本情况, 服务保障 as far as the caller may read it, 党组织建设 and
 * 作用发挥与活动开展.
 */
export function addYearReportSheets(
  book: ExcelJS.Workbook,
  report: YearReportFigures,
  may: ServiceAccess,
): void {
  const { year, scopeName } = report;
  const asOf = `（${scopeName}，截至 ${report.asOf}）`;
  addTableSheet(book, year, {
    name: '两年数字变化',
    title: `离退休干部两年数字变化情况${asOf}`,
    leading: [{ header: '类别', width: 18 }],
    measures: [
      { header: '年初人数' },
      { header: '新增' },
      { header: '转入' },
      { header: '增加合计' },
      { header: '去世' },
      { header: '转出' },
      { header: '减少合计' },
      { header: '年末人数' },
    ],
    rows: report.rosterChange.rows.map((r) => [
      r.label,
      ...[
        r.start,
        r.enrolled,
        r.transferredIn,
        r.joined,
        r.died,
        r.transferredOut,
        r.left,
        r.end,
      ].flatMap(counts),
    ]),
  });
  addTableSheet(book, year, {
    name: '基本情况',
    title: `离退休干部基本情况${asOf}`,
    leading: [
      { header: '项目', width: 10 },
      { header: '分组', width: 14 },
    ],
    measures: [{ header: '合计' }, { header: '离休' }, { header: '退休' }],
    rows: report.rosterProfile.rows.map((r) => [
      DIMENSION_NAMES[r.dimension],
      r.label,
      ...counts(r.total),
      ...counts(r.lixiu),
      ...counts(r.tuixiu),
    ]),
  });
  const service = serviceRows(report.service, may);
  if (service.length) {
    addTableSheet(book, year, {
      name: '服务保障',
      title: `服务保障情况${asOf}`,
      leading: [{ header: '项目', width: 28 }],
      measures: [{ header: '数值' }],
      rows: service,
    });
    // Rates and yuan have their own formats, row by row.
    const sheet = book.getWorksheet('服务保障')!;
    sheet.eachRow((row, n) => {
      const label = String(row.getCell(1).value ?? '');
      if (n <= 3) return;
      const format = /率$/.test(label)
        ? PERCENT_FORMAT
        : /（元）$/.test(label)
          ? YUAN_FORMAT
          : null;
      if (format) for (const c of [2, 3, 4]) row.getCell(c).numFmt = format;
    });
  }
  addFigureSheet(book, year, '党组织建设', `党组织建设情况${asOf}`, report.partyOrganisation.rows);
  addFigureSheet(
    book,
    year,
    '作用发挥与活动开展',
    `作用发挥与活动开展${asOf}`,
    report.roleAndActivities.rows,
  );
}
