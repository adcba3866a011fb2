import {
  anniversaryIn,
  type CalendarDate,
  compareDates,
  enumLabels,
  FIRST_DECADE_BIRTHDAY,
  parts,
} from '@wanxia/schema';
import { Lunar } from 'lunar-javascript';

/** The six must-visits (六个必访), and visits that create no task. */
export enum VisitOccasion {
  HOLIDAY = 'HOLIDAY',
  HOSPITALIZATION = 'HOSPITALIZATION',
  DECADE_BIRTHDAY = 'DECADE_BIRTHDAY',
  BEREAVEMENT = 'BEREAVEMENT',
  DISPUTE = 'DISPUTE',
  DISASTER = 'DISASTER',
  ROUTINE = 'ROUTINE',
  ONE_ON_ONE = 'ONE_ON_ONE',
}

/** The occasions' Chinese names, as the bureau writes them. */
export const OCCASION_NAMES = enumLabels('VisitOccasion', 'zh-CN');

export const MUST_VISIT_OCCASIONS = [
  VisitOccasion.HOLIDAY,
  VisitOccasion.HOSPITALIZATION,
  VisitOccasion.DECADE_BIRTHDAY,
  VisitOccasion.BEREAVEMENT,
  VisitOccasion.DISPUTE,
  VisitOccasion.DISASTER,
] as const;
export type MustVisitOccasion = (typeof MUST_VISIT_OCCASIONS)[number];

/**
 * When a visit is due, relative to its trigger date (the holiday, the birthday, the report):
 * from `before` days ahead to `after` days later. Settings, not constants: these are defaults.
 */
export interface VisitWindow {
  before: number;
  after: number;
}

export const DEFAULT_WINDOWS: Record<MustVisitOccasion, VisitWindow> = {
  [VisitOccasion.HOLIDAY]: { before: 30, after: 0 },
  [VisitOccasion.HOSPITALIZATION]: { before: 0, after: 3 },
  [VisitOccasion.DECADE_BIRTHDAY]: { before: 7, after: 7 },
  [VisitOccasion.BEREAVEMENT]: { before: 0, after: 3 },
  [VisitOccasion.DISPUTE]: { before: 0, after: 7 },
  [VisitOccasion.DISASTER]: { before: 0, after: 3 },
};

export enum Holiday {
  /** 春节: the first day of the first lunar month. */
  SPRING_FESTIVAL = 'SPRING_FESTIVAL',
  /** 重阳节: the ninth day of the ninth lunar month. */
  DOUBLE_NINTH = 'DOUBLE_NINTH',
}

const LUNAR_DATES: Record<Holiday, [month: number, day: number]> = {
  [Holiday.SPRING_FESTIVAL]: [1, 1],
  [Holiday.DOUBLE_NINTH]: [9, 9],
};

/** The Gregorian date of a lunar holiday in a given (lunar) year, computed, never tabulated. */
export function holidayDate(holiday: Holiday, year: number): CalendarDate {
  const [month, day] = LUNAR_DATES[holiday];
  return Lunar.fromYmd(year, month, day).getSolar().toYmd();
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The window of a visit triggered on `date`. */
export function windowAround(
  date: CalendarDate,
  window: VisitWindow,
): { dueFrom: CalendarDate; dueBy: CalendarDate } {
  return { dueFrom: addDays(date, -window.before), dueBy: addDays(date, window.after) };
}

/** One occurrence that obliges a visit: the occasion, what it is for, and its trigger date. */
export interface Occurrence {
  occasion: MustVisitOccasion;
  /** Unique per member and occasion: `2027`, `SPRING_FESTIVAL:2027`, `event:12`. */
  key: string;
  date: CalendarDate;
}

/** The holidays whose date falls within [from, until]. */
export function holidaysBetween(from: CalendarDate, until: CalendarDate): Occurrence[] {
  const found: Occurrence[] = [];
  for (let year = parts(from).year - 1; year <= parts(until).year; year++) {
    for (const holiday of Object.values(Holiday)) {
      const date = holidayDate(holiday, year);
      if (compareDates(date, from) >= 0 && compareDates(date, until) <= 0) {
        found.push({ occasion: VisitOccasion.HOLIDAY, key: `${holiday}:${year}`, date });
      }
    }
  }
  return found;
}

/**
 * The decade birthday (60, 70, 80…) a person born on `birthDate` has in `year`, if any; a 29
 * February birthday falls on 28 February in common years.
 */
export function decadeBirthdayIn(birthDate: CalendarDate, year: number): Occurrence | null {
  const age = year - parts(birthDate).year;
  if (age < FIRST_DECADE_BIRTHDAY || age % 10 !== 0) return null;
  return {
    occasion: VisitOccasion.DECADE_BIRTHDAY,
    key: String(year),
    date: anniversaryIn(birthDate, year),
  };
}
