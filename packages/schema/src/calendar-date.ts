/**
 * Calendar dates as `YYYY-MM-DD` strings: birth, death and due dates are dates, not instants,
 * so they never pass through a time zone.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The earliest year a date may have, everywhere (ID numbers included). */
export const EARLIEST_YEAR = 1800;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** `YYYY-MM-DD` when it is a real calendar date from 1800 on. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return (
    year >= EARLIEST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The parts of a date; a computed one may have more than four digits of year. */
export function parts(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/**
 * Negative, zero or positive as `a` is before, on or after `b`. Dates are compared as dates:
 * a computed one can leave four digits ("10000-01-01"), where text order is wrong.
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  const x = parts(a);
  const y = parts(b);
  return x.year - y.year || x.month - y.month || x.day - y.day;
}

export function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The anniversary of `date` in `year`; 29 February falls on 28 February in common years. */
export function anniversaryIn(date: CalendarDate, year: number): CalendarDate {
  const { month, day } = parts(date);
  return format(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Whole years from `from` to `on` (an age, or years of party membership). */
export function yearsBetween(from: CalendarDate, on: CalendarDate): number {
  const a = parts(from);
  const b = parts(on);
  const passed = anniversaryIn(from, b.year) <= on ? 0 : 1;
  return b.year - a.year - passed;
}

/**
 * The latest start from which `years` whole years have passed on `on` (as `yearsBetween`
 * counts them): `yearsBetween(start, on) >= years` exactly when `start <= latestStartFor(…)`.
 * On 28 February of a common year that is 29 February when the year back is a leap year.
 */
export function latestStartFor(years: number, on: CalendarDate): CalendarDate {
  const { year, month, day } = parts(on);
  const startYear = year - years;
  if (month === 2 && day === 28 && !isLeapYear(year) && isLeapYear(startYear)) {
    return format(startYear, 2, 29);
  }
  return anniversaryIn(on, startYear);
}

/** The same calendar date `years` later (earlier if negative), clamping 29 February. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return anniversaryIn(date, parts(date).year + years);
}

/** The next anniversary of `date` on or after `today`. */
export function nextAnniversary(date: CalendarDate, today: CalendarDate): CalendarDate {
  const year = parts(today).year;
  const thisYear = anniversaryIn(date, year);
  return thisYear >= today ? thisYear : anniversaryIn(date, year + 1);
}

/** The first and last day of the month of `date`, as `MM-DD`, for birthday ranges. */
export function monthDayRange(date: CalendarDate): { from: string; to: string } {
  const { year, month } = parts(date);
  const mm = String(month).padStart(2, '0');
  return { from: `${mm}-01`, to: `${mm}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
}
