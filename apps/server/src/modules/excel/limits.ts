/** An export costs the caller's budget a point per this many rows (at most the whole budget). */
export const EXPORT_ROWS_PER_POINT = 10;
/** Exports one caller may have running at once, across every server process. */
export const EXPORTS_AT_ONCE = 2;
