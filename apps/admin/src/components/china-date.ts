/**
 * Calendar dates in China time (Asia/Shanghai), as the API speaks them: a birthday or "today"
 * is a date there, whatever the clock of the browser says.
 */
const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today in China, `YYYY-MM-DD`. */
export function chinaToday(now: Date = new Date()): string {
  return FORMAT.format(now);
}

/** An instant from the API (ISO 8601) as `YYYY-MM-DD HH:mm` in China time. */
export function chinaDateTime(iso: string): string {
  const at = new Date(iso);
  return `${FORMAT.format(at)} ${TIME_FORMAT.format(at)}`;
}

/** The first and last day of the month of `date`, as `MM-DD`, for birthday ranges. */
export function monthDayRange(date: string): { from: string; to: string } {
  const [year, month] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${mm}-01`, to: `${mm}-${String(lastDay).padStart(2, '0')}` };
}

/** `date` plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${target}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
