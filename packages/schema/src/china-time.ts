import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import type { CalendarDate } from './calendar-date.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * An instant becomes a date or a time only in China time (Asia/Shanghai), whatever the zone of
 * the server or of the browser: "today" and a birthday are dates there.
 */
const CHINA = 'Asia/Shanghai';

/** The calendar date in China (`YYYY-MM-DD`) at an instant (a Date or ISO 8601 text). */
export function chinaDate(at: Date | string): CalendarDate {
  return dayjs(at).tz(CHINA).format('YYYY-MM-DD');
}

/** The date and time in China (`YYYY-MM-DD HH:mm`) at an instant. */
export function chinaDateTime(at: Date | string): string {
  return dayjs(at).tz(CHINA).format('YYYY-MM-DD HH:mm');
}
