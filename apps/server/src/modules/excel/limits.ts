/** The largest upload the import reads. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** An export costs the caller's budget a point per this many rows (at most the whole budget). */
export const EXPORT_ROWS_PER_POINT = 10;
/** Exports one caller may have running at once, across every server process. */
export const EXPORTS_AT_ONCE = 2;
/** More rows than this are refused: split the file. */
export const MAX_ROWS = 20_000;
