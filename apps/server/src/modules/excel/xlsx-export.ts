import type { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database, Row, Transaction } from '../../kernel/db/database';
import { raw, sql, type Sql } from '../../kernel/db/sql';

export type ExportValue = string | number | null;

export interface ExportColumn<T> {
  header: string;
  width: number;
  value: (row: T) => ExportValue;
  /** An Excel number format, e.g. `#,##0.00` for yuan. */
  numFmt?: string;
}

export interface ExportSheet<T> {
  name: string;
  columns: ExportColumn<T>[];
  /** The rows, ordered: read through a cursor, never all at once. */
  query: Sql;
  map: (row: Row) => T;
}

/**
 * Text a spreadsheet would read as a formula once a clerk edits the cell (OWASP's CSV and
 * Excel injection advice); such text leaves prefixed with an apostrophe, which keeps it text.
 */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

export const asText = (value: ExportValue): ExportValue =>
  typeof value === 'string' && FORMULA_LIKE.test(value) ? `'${value}` : value;

/** The stored text of a cell `asText` prefixed: what reads back the export gets what left. */
export const fromText = (value: string): string =>
  value.startsWith("'") && FORMULA_LIKE.test(value.slice(1)) ? value.slice(1) : value;

/** Rows fetched from the cursor at a time. */
const BATCH = 500;
/**
 * Rows written between turns of the event loop: writing a row is synchronous work, and other
 * callers' requests wait for the loop while it runs.
 */
const ROWS_PER_TURN = 5;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF0F0F0' },
};

/** Waits while `stream` holds more than it wants (until it drains, or closes). */
async function drained(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * Where exceljs hands the sheet's XML to the zip's compressor. Its stream writes there without
 * heeding backpressure, so when compressing falls behind the rows (a million of them) the XML
 * piles up in memory; the export waits for it instead, as it waits for the reader.
 */
function compressorOf(worksheet: ExcelJS.Worksheet): Writable | undefined {
  return (worksheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
}

/**
 * Writes one sheet as an .xlsx to a stream while reading its rows from a PostgreSQL cursor in
 * batches: memory stays flat however long the list, and a slow reader slows the reading.
 * `admit` runs first, in a transaction of `db` that stays open until the last row (what it
 * locks stays locked), and may refuse by throwing. The rows are read in that transaction, or
 * from the read replica when there is one. Resolves with the number of rows written.
 */
export async function streamXlsx<T>(
  db: Database,
  out: PassThrough,
  sheet: ExportSheet<T>,
  admit: (tx: Transaction) => Promise<void>,
): Promise<number> {
  return db.transaction(async (tx) => {
    await admit(tx);
    const reads = db.forReads();
    if (reads === db) return writeSheet(tx, out, sheet);
    return reads.transaction((replica) => writeSheet(replica, out, sheet));
  });
}

async function writeSheet<T>(
  tx: Transaction,
  out: PassThrough,
  sheet: ExportSheet<T>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  worksheet.columns = sheet.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.commit();

  let count = 0;
  await tx.run(sql`DECLARE export_rows NO SCROLL CURSOR FOR ${sheet.query}`);
  for (;;) {
    const rows = await tx.run(raw(`FETCH ${BATCH} FROM export_rows`));
    for (const [i, row] of rows.entries()) {
      const record = sheet.map(row);
      worksheet.addRow(sheet.columns.map((c) => asText(c.value(record)))).commit();
      if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
    }
    count += rows.length;
    if (rows.length < BATCH) break;
    const compressor = compressorOf(worksheet);
    if (compressor) await drained(compressor);
    await drained(out);
    if (out.destroyed) throw new Error('the client went away during the export');
  }
  worksheet.commit();
  await workbook.commit();
  return count;
}

/** `Content-Disposition` with an ASCII fallback and the Chinese name for browsers that read it. */
export function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
