import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import type { CalendarDate } from './calendar-date.js';

dayjs.extend(utc);

/**
 * An instant becomes a date or a time only in China time, whatever the zone of the server or of
 * the browser: "today" and a birthday are dates there. China keeps UTC+8 all year (no daylight
 * saving since 1991), so a fixed offset is exact for every instant the platform records; it
 * also costs a tenth of the timezone plugin's lookup, which exports make thousands of times.
 */
const CHINA_OFFSET_MINUTES = 8 * 60;

/** The calendar date in China (`YYYY-MM-DD`) at an instant (a Date or ISO 8601 text). */
export function chinaDate(at: Date | string): CalendarDate {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD');
}

/** The date and time in China (`YYYY-MM-DD HH:mm`) at an instant. */
export function chinaDateTime(at: Date | string): string {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm');
}

/** Today in China, `YYYY-MM-DD`. */
export function chinaToday(now: Date = new Date()): CalendarDate {
  return chinaDate(now);
}
