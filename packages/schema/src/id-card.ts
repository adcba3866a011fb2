import { isCalendarDate, type CalendarDate } from './calendar-date.js';

/**
 * Resident ID numbers (GB 11643-1999), one rule for both sides: the server refuses what it
 * refuses, the console says so as the number is typed. `id-card-cases.json` is the table both
 * are held to.
 */

/** Weights of the first 17 digits and the check characters by remainder. */
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

/**
 * What is wrong with a normalised ID number, or null when it is valid. The birth date inside
 * must be a calendar date as dates are everywhere: real, from 1800 on.
 */
export function idCardProblem(value: string): IdCardProblem | null {
  if (/^\d{15}$/.test(value)) return 'LEGACY_15';
  if (!/^\d{17}[\dX]$/.test(value)) return 'FORMAT';
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return 'AREA_CODE';
  if (!isCalendarDate(idCardBirthDate(value))) return 'BIRTH_DATE';
  if (idCardCheckChar(value.slice(0, 17)) !== value[17]) return 'CHECK_DIGIT';
  return null;
}

/** The birth date written in an ID number (characters 7–14). */
export function idCardBirthDate(value: string): CalendarDate {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** The 17th digit is odd for men and even for women. */
export function idCardGender(value: string): 'MALE' | 'FEMALE' {
  return Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}
