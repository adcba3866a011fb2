/**
 * The roster's Excel import and the exports (`/api`): what the server answers and the limits
 * the console states before sending anything.
 */

/** The largest upload the import reads. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
/** More rows than this are refused: split the file. */
export const MAX_IMPORT_ROWS = 100_000;
/** Where the empty template is downloaded. */
export const IMPORT_TEMPLATE_PATH = '/api/members/template.xlsx';
/** Where the same upload comes back as a workbook with its problems marked (POST the file). */
export const IMPORT_ERRORS_PATH = '/api/members/import/errors.xlsx';

/** A dry run checks and previews; a commit writes, all rows or none. */
export type ImportMode = 'dry-run' | 'commit';

export interface ImportProblem {
  /** The spreadsheet's row number. */
  row: number;
  /** The column's Chinese header. */
  column: string;
  field: string;
  code: string;
  message: string;
  /** The row's 姓名 as uploaded (null when empty), so a clerk finds the person. */
  name: string | null;
  /** The cell as uploaded ('' when empty); personal data masked for callers who may not read it. */
  value: string;
}

export interface FieldChange {
  column: string;
  field: string;
  before: string;
  after: string;
}

/** The answer to an import, dry run or commit. */
export interface ImportReport {
  fileName: string | null;
  /** Data rows read (blank rows skipped). */
  rows: number;
  /** Every problem found, in row order; with any, nothing is written. */
  problems: ImportProblem[];
  /** Rows with at least one problem. */
  invalidRows: number;
  counts: { create: number; update: number; unchanged: number };
  preview: {
    create: { row: number; name: string; values: Record<string, string> }[];
    update: { row: number; memberId: string; name: string; changes: FieldChange[] }[];
    unchanged: { row: number; memberId: string; name: string }[];
  };
  /** Headers the import does not know, ignored (an export's 年龄, 状态 …). */
  ignoredColumns: string[];
  committed: boolean;
}

/** How `/api` refuses a request: a stable code, a "中文 (English)" message, maybe details. */
export interface ApiErrorBody {
  error: { code: string; message: string } & Record<string, unknown>;
}
