import ExcelJS from 'exceljs';
import type { ImportProblem } from '@wanxia/schema';
import { columnOfHeader } from './member-sheet';
import { ROSTER_SHEET, type Cell, type Sheet } from './read-sheet';
import { asText } from './xlsx-export';

/** The column the workbook adds in front: each row's problems, in words. */
export const PROBLEM_HEADER = '问题';

const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const BAD_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF0F0F0' },
};

/** A cell written back as it was read: text stays text (ID numbers), dates stay dates. */
function write(target: ExcelJS.Cell, value: Cell) {
  if (value instanceof Date) {
    target.value = value;
    target.numFmt = 'yyyy-mm-dd';
  } else if (typeof value === 'string') {
    target.value = asText(value);
    target.numFmt = '@';
  } else {
    target.value = value;
  }
}

/**
 * The uploaded rows, at their own row numbers, with a 问题 column in front listing each row's
 * problems, and every cell a problem names filled red with the problem as its comment. The
 * extra column is one the import ignores, so the workbook, once corrected, imports as it is.
 */
export async function errorWorkbook(sheet: Sheet, problems: ImportProblem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '晚霞';
  const out = workbook.addWorksheet(ROSTER_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: sheet.headerRow }],
  });
  // Sheet column i goes to column i + 2: column 1 is 问题.
  const columnOfField = new Map<string, number>();
  sheet.headers.forEach((header, i) => {
    const column = header ? columnOfHeader(header) : undefined;
    if (column) columnOfField.set(column.field, i + 2);
    out.getColumn(i + 2).width = column?.width ?? 12;
  });
  out.getColumn(1).width = 48;

  const header = out.getRow(sheet.headerRow);
  header.getCell(1).value = PROBLEM_HEADER;
  sheet.headers.forEach((text, i) => (header.getCell(i + 2).value = text || null));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));

  const problemsOfRow = new Map<number, ImportProblem[]>();
  for (const problem of problems) {
    problemsOfRow.set(problem.row, [...(problemsOfRow.get(problem.row) ?? []), problem]);
  }
  for (const { row, cells } of sheet.rows) {
    const target = out.getRow(row);
    cells.forEach((value, i) => write(target.getCell(i + 2), value));
    const found = problemsOfRow.get(row) ?? [];
    if (!found.length) continue;
    const summary = target.getCell(1);
    summary.value = found.map((p) => `${p.column}：${p.message}`).join('\n');
    summary.alignment = { wrapText: true, vertical: 'top' };
    summary.font = BAD_FONT;
    const notes = new Map<number, string[]>();
    for (const problem of found) {
      const column = columnOfField.get(problem.field);
      if (column) notes.set(column, [...(notes.get(column) ?? []), problem.message]);
    }
    for (const [column, messages] of notes) {
      const cell = target.getCell(column);
      cell.fill = BAD_FILL;
      cell.font = BAD_FONT;
      cell.note = messages.join('\n');
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
