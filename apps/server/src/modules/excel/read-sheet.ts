import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { badRequest } from '../../kernel/errors';
import { MAX_IMPORT_ROWS as MAX_ROWS } from '@wanxia/schema';
import { fromText } from './xlsx-export';

/** A cell as read: text, a number, a boolean, a date (UTC midnight), or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row's number as the spreadsheet shows it. */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  /** The header row's number as the spreadsheet shows it. */
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
}

/** The sheet of the template that holds the roster; otherwise the first one is read. */
export const ROSTER_SHEET = '人员名单';
/** The header row is looked for among the first rows, under any title lines. */
const HEADER_SEARCH_ROWS = 10;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const notSpreadsheet = (
  message = '文件不是 Excel (.xlsx) 或 CSV 表格 (not an .xlsx or CSV spreadsheet)',
) => badRequest('NOT_SPREADSHEET', message);

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return fromText(value);
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('result' in value) return value.result === undefined ? null : cellOf(value.result);
  if ('error' in value) return value.error;
  return null;
}

async function readXlsx(body: Buffer): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw notSpreadsheet();
  }
  const sheet = workbook.getWorksheet(ROSTER_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw notSpreadsheet();
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    // row.values is 1-based.
    rows[number - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellOf);
  });
  return Array.from(rows, (cells) => cells ?? []);
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A CSV file's text: UTF-8 (with or without a BOM) when the bytes are valid UTF-8, else
 * GB18030, which covers GBK and GB2312 (what Excel and WPS save as "CSV" on Chinese Windows).
 * Chinese text in GBK is practically never valid UTF-8, so the order decides safely.
 */
export function decodeCsv(body: Buffer): string {
  const bytes = body.subarray(0, 3).equals(UTF8_BOM) ? body.subarray(3) : body;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = iconv.decode(bytes, 'gb18030');
    if (!text.includes('\ufffd')) return text;
    throw badRequest(
      'UNKNOWN_ENCODING',
      'CSV 文件的编码无法识别：请保存为 UTF-8 或 GBK 编码的 CSV，或直接上传 .xlsx (the CSV file is neither UTF-8 nor GBK / GB18030)',
    );
  }
}

function readCsv(body: Buffer): Cell[][] {
  const text = decodeCsv(body);
  if (text.includes('\u0000')) throw notSpreadsheet();
  try {
    const records = parse(text, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return records.map((record) => record.map((value) => (value === '' ? null : fromText(value))));
  } catch {
    throw notSpreadsheet('无法读取 CSV 文件，请检查引号和分隔符 (the CSV file cannot be read)');
  }
}

function extensionOf(fileName: string | undefined): string | null {
  const match = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName) : null;
  return match ? match[1].toLowerCase() : null;
}

const isBlank = (cells: Cell[]) => cells.every((c) => c === null || String(c).trim() === '');

/**
 * Reads an uploaded .xlsx or .csv (UTF-8 or GBK; told apart by content, the name only as a hint): the
 * header row (the first that `isHeader` accepts, else the first non-blank one) and the
 * non-blank rows under it, each with its spreadsheet row number.
 */
export async function readSheet(
  body: Buffer,
  fileName: string | undefined,
  isHeader: (cells: string[]) => boolean,
): Promise<Sheet> {
  if (body.length === 0) throw badRequest('EMPTY', '文件是空的 (the file is empty)');
  const extension = extensionOf(fileName);
  let grid: Cell[][];
  if (body.subarray(0, 4).equals(ZIP)) grid = await readXlsx(body);
  else if (body.subarray(0, 4).equals(OLE) || extension === 'xls')
    throw notSpreadsheet(
      '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后上传 (save the .xls file as .xlsx first)',
    );
  else if (extension === null || extension === 'csv' || extension === 'txt') grid = readCsv(body);
  else throw notSpreadsheet();

  const texts = grid.slice(0, HEADER_SEARCH_ROWS).map((cells) => cells.map((c) => String(c ?? '')));
  let headerIndex = texts.findIndex(isHeader);
  if (headerIndex < 0) headerIndex = grid.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) throw badRequest('EMPTY', '文件中没有内容 (the file has no content)');

  const rows: SheetRow[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    if (!isBlank(grid[i])) rows.push({ row: i + 1, cells: grid[i] });
  }
  if (rows.length === 0)
    throw badRequest('EMPTY', '表头下面没有数据行 (there are no rows under the header)');
  if (rows.length > MAX_ROWS)
    throw badRequest(
      'TOO_MANY_ROWS',
      `一次最多导入 ${MAX_ROWS} 行，本文件有 ${rows.length} 行，请分成几个文件 (at most ${MAX_ROWS} rows at a time)`,
    );
  return {
    headerRow: headerIndex + 1,
    headers: grid[headerIndex].map((c) => String(c ?? '').trim()),
    rows,
  };
}
