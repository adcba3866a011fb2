import type { Stats } from './load';

export interface ResultRow {
  label: string;
  /** The statements one API request sends to PostgreSQL (the SQL side sends one). */
  statements: number;
  api: Stats;
  /** PostGraphile over HTTP, the same data. */
  pgl: Stats;
  sql: Stats;
}

const LABEL_WIDTH = 30;

function num(value: number, digits: number, width: number): string {
  return (Number.isFinite(value) ? formatDecimal(value, digits) : '-').padStart(width);
}

function times(value: number, width: number): string {
  return `${num(value, 1, width - 1)}×`;
}

function side(stats: Stats): string {
  return `${num(stats.perSecond, 0, 9)} ${num(stats.p50, 1, 6)} ${num(stats.p95, 1, 6)}`;
}

function heading(name: string): string {
  return `${name.padStart(9)} ${'p50'.padStart(6)} ${'p95'.padStart(6)}`;
}

/**
 * The results table. Latencies are in ms. "API÷PGL req/s" is how many times PostGraphile's
 * requests per second the API serves (≥ 1.0× = the API is faster); "SQL÷API q/s" is how many
 * times more requests per second the plain SQL serves; "API÷SQL p50" is how many times slower
 * the API's median is.
 */
export function formatTable(rows: ResultRow[]): string {
  const header =
    `${'query'.padEnd(LABEL_WIDTH)} ${'stmts'.padStart(5)} ${heading('API req/s')} |` +
    ` ${heading('PGL req/s')} | ${heading('SQL q/s')} |` +
    ` ${'API÷PGL req/s'.padStart(13)} ${'SQL÷API q/s'.padStart(11)} ${'API÷SQL p50'.padStart(11)}`;
  const lines = rows.map(
    ({ label, statements, api, pgl, sql }) =>
      `${label.padEnd(LABEL_WIDTH)} ${num(statements, 0, 5)} ${side(api)} | ${side(pgl)} | ${side(sql)} |` +
      ` ${times(api.perSecond / pgl.perSecond, 13)} ${times(sql.perSecond / api.perSecond, 11)}` +
      ` ${times(api.p50 / sql.p50, 11)}`,
  );
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

/** Display formatting of measurements (not money: amounts are integer fen elsewhere). */
export function formatDecimal(value: number, digits: number): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}
