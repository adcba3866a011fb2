/**
 * Money is whole fen (分) everywhere; these turn it into yuan for people to read, by integer
 * arithmetic, never by dividing into a float and rounding.
 */

/** `12345` → `"123.45"`, `-5` → `"-0.05"`: digits only, as a spreadsheet or a parser reads them. */
function plainYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** For people to read, thousands grouped: `1185900` → `"11,859.00"`, `-5` → `"-0.05"`. */
export function formatYuan(fen: number): string {
  return plainYuan(fen).replace(/\B(?=(\d{3})+\.)/g, ',');
}

/**
 * Yuan as a spreadsheet number (shown with two decimals): parsed from the exact text, so the cell
 * holds the nearest value to the true amount; sums stay in fen in the database.
 */
export function yuanCell(fen: number): number {
  return Number(plainYuan(fen));
}
