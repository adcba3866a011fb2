import { chinaToday, monthDayRange } from '@wanxia/schema';

/** This month in China, `YYYY-MM`. */
export function thisMonth(): string {
  return chinaToday().slice(0, 7);
}

/** A `YYYY-MM` from the query string, or `fallback` when it is missing or malformed. */
export function readMonth(value: string | null, fallback: string): string {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : fallback;
}

/** The parts of a `YYYY-MM` a query needs: year, month (1–12), first and last day. */
export function monthParts(month: string) {
  const range = monthDayRange(`${month}-01`);
  return {
    year: Number(month.slice(0, 4)),
    month: Number(month.slice(5, 7)),
    /** `MM-DD`, for birthday filters. */
    fromDay: range.from,
    toDay: range.to,
    /** `YYYY-MM-DD`. */
    from: `${month}-01`,
    to: `${month.slice(0, 4)}-${range.to}`,
  };
}
