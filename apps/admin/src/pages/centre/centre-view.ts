import { chinaDate } from '@wanxia/schema';
import './locale';

/** The calendar day `n` days after `date`. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 1 Monday … 7 Sunday. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week holding `date`. */
export const mondayOf = (date: string) => addDays(date, 1 - weekdayOf(date));

/** The seven days of the week starting on `monday`. */
export const weekDays = (monday: string) => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

/** The bookings of each day of the week, by the China day they start on, in their order. */
export function bookingsByDay<B extends { startsAt: string }>(
  days: readonly string[],
  bookings: readonly B[],
): { day: string; bookings: B[] }[] {
  return days.map((day) => ({
    day,
    bookings: bookings.filter((b) => chinaDate(b.startsAt) === day),
  }));
}

/** A course's weekly times as one line: `周一 09:00–11:00、周四 07:30–08:30`. */
export function scheduleText(
  slots: readonly { weekday: number; startTime: string; endTime: string }[],
  weekday: (n: number) => string,
): string {
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime))
    .map((s) => `${weekday(s.weekday)} ${s.startTime}–${s.endTime}`)
    .join('、');
}

/** The terms of the courses listed, latest first (`2026秋季` before `2026春季`). */
export function termsOf(courses: readonly { term: string }[]): string[] {
  return [...new Set(courses.map((c) => c.term))];
}

/** The message keys of the weekdays, Monday first. */
export const WEEKDAY_KEYS = [
  'centre.weekday.1',
  'centre.weekday.2',
  'centre.weekday.3',
  'centre.weekday.4',
  'centre.weekday.5',
  'centre.weekday.6',
  'centre.weekday.7',
] as const;
