/**
 * Resident ID numbers (GB 11643-1999), checked in the browser exactly as the server checks them
 * (apps/server/src/lib/id-card.ts), so a mistyped digit is caught before anything is sent.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * The provinces of GB/T 2260 (the first two digits): mainland provinces, Taiwan (71), Hong Kong
 * (81), Macao (82) and Taiwan residents' residence permits (83).
 */
const PROVINCE_CODES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(
    ' ',
  ),
);

/** The server refuses calendar dates before 1800. */
const EARLIEST_YEAR = 1800;

export type IdCardProblem = 'LEGACY_15' | 'FORMAT' | 'AREA_CODE' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/** The check character the first 17 digits call for. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Upper-cases a trailing x and removes the spaces people type to group the digits. */
export function normalizeIdCard(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** `YYYY-MM-DD` when it is a real calendar date from 1800 on. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < EARLIEST_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The birth date written in an ID number (characters 7–14). */
export function idCardBirthDate(value: string): string {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** The 17th digit is odd for men and even for women. */
export function idCardGender(value: string): 'MALE' | 'FEMALE' {
  return Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** What is wrong with an ID number, or null when it is valid. */
export function idCardProblem(value: string): IdCardProblem | null {
  if (/^\d{15}$/.test(value)) return 'LEGACY_15';
  if (!/^\d{17}[\dX]$/.test(value)) return 'FORMAT';
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return 'AREA_CODE';
  if (!isCalendarDate(idCardBirthDate(value))) return 'BIRTH_DATE';
  if (idCardCheckChar(value.slice(0, 17)) !== value[17]) return 'CHECK_DIGIT';
  return null;
}

export function isValidIdCard(value: string): boolean {
  return idCardProblem(value) === null;
}
