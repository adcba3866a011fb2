import type { CalendarDate } from './calendar-date.js';

/**
 * An instant becomes a date or a time only in China time, whatever the zone of the server or of
 * the browser: "today" and a birthday are dates there. China keeps UTC+8 all year (no daylight
 * saving since 1991), so shifting the instant by eight hours and reading it as UTC is exact for
 * every instant the platform records. Plain arithmetic on purpose: exports write one such time
 * per row, and dayjs (utc plugin 11×, timezone plugin 100× slower) held the event loop long
 * enough to slow other callers' requests during an export.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const inChina = (at: Date | string) => new Date(new Date(at).getTime() + CHINA_OFFSET_MS);

/** The calendar date in China (`YYYY-MM-DD`) at an instant (a Date or ISO 8601 text). */
export function chinaDate(at: Date | string): CalendarDate {
  return inChina(at).toISOString().slice(0, 10);
}

/** The date and time in China (`YYYY-MM-DD HH:mm`) at an instant. */
export function chinaDateTime(at: Date | string): string {
  return inChina(at).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * When something ran, as one line in China time: `2026-06-10 09:00–11:00`, with the end's date
 * when it ends on another day.
 */
export function chinaTimeRange(start: Date | string, end: Date | string): string {
  const [startDate, startTime] = chinaDateTime(start).split(' ');
  const [endDate, endTime] = chinaDateTime(end).split(' ');
  return `${startDate} ${startTime}–${endDate === startDate ? '' : `${endDate} `}${endTime}`;
}

/** Today in China, `YYYY-MM-DD`. */
export function chinaToday(now: Date = new Date()): CalendarDate {
  return chinaDate(now);
}
