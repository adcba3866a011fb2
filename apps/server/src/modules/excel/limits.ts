/** The largest upload the import reads. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** More rows than this are refused: split the file. */
export const MAX_ROWS = 20_000;
