import {
  addYears,
  anniversaryIn,
  format,
  nextAnniversary,
  parts,
  yearsBetween,
  type CalendarDate,
} from './calendar-date.js';
import type { Birthday, Medal } from './gql/graphql.js';

/**
 * The roster's rules (DOMAIN.md): the server applies them to what it stores and computes, the
 * console checks the same as a person types.
 */

/** 光荣在党50年 goes to members whose 党龄 reaches 50 by the year's cut-off day. */
export const MEDAL_PARTY_YEARS = 50;
/** Probation (预备期) lasts a year: the full-membership date while it is unknown. */
export const PROBATION_YEARS = 1;
/** Decade birthdays (整十生日) are celebrated from 60 on. */
export const FIRST_DECADE_BIRTHDAY = 60;
/** The oldest decade birthday a list looks for. */
export const LAST_DECADE_BIRTHDAY = 120;
/** The youngest age at which a party joining date is plausible. */
export const MIN_PARTY_JOIN_AGE = 14;
/** Nobody on the roster was born before this day. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';
/** A mobile (11 digits) or landline number (area code, optional dash, 7–8 digits). */
export const PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

export interface DatedMember {
  birthDate: CalendarDate;
  deathDate: CalendarDate | null;
  status: string;
  partyMember: boolean;
  partyJoinDate: CalendarDate | null;
  fullMembershipDate: CalendarDate | null;
}

/** The medal's cut-off day of the year (month and day), a setting. */
export interface MedalCutoff {
  month: number;
  day: number;
}

const isCurrent = (member: DatedMember) => member.status === 'ACTIVE';

/** Age today, or at death for the deceased. */
export function ageOf(member: DatedMember, today: CalendarDate): number {
  return yearsBetween(member.birthDate, member.deathDate ?? today);
}

/**
 * The day 党龄 counts from: full membership (转正), or joining + 1 year while that date is
 * unknown (the server's column party_standing_from computes the same).
 */
export function partyStandingFromOf(member: DatedMember): CalendarDate | null {
  if (!member.partyMember || !member.partyJoinDate) return null;
  return member.fullMembershipDate ?? addYears(member.partyJoinDate, PROBATION_YEARS);
}

/** Whether 党龄 counts from an estimated date (old records without the full-membership date). */
export function partyStandingEstimatedOf(member: DatedMember): boolean | null {
  if (!member.partyMember || !member.partyJoinDate) return null;
  return member.fullMembershipDate === null;
}

export function partyYearsOf(member: DatedMember, today: CalendarDate): number | null {
  const from = partyStandingFromOf(member);
  // On probation (预备期) the 党龄 is 0 years, never negative.
  return from === null ? null : Math.max(0, yearsBetween(from, member.deathDate ?? today));
}

/** The cut-off day in `year`. */
export function medalCutoffIn(cutoff: MedalCutoff, year: number): CalendarDate {
  return format(year, cutoff.month, cutoff.day);
}

export function nextBirthdayOf(member: DatedMember, today: CalendarDate): Birthday | null {
  if (!isCurrent(member)) return null;
  const date = nextAnniversary(member.birthDate, today);
  return { date, age: parts(date).year - parts(member.birthDate).year };
}

export function nextDecadeBirthdayOf(member: DatedMember, today: CalendarDate): Birthday | null {
  if (!isCurrent(member)) return null;
  const next = nextBirthdayOf(member, today)!;
  const age = Math.max(FIRST_DECADE_BIRTHDAY, Math.ceil(next.age / 10) * 10);
  return { date: anniversaryIn(member.birthDate, parts(member.birthDate).year + age), age };
}

/** Current members whose 党龄 reaches 50 by this year's cut-off day. */
export function eligibleMedalsOf(
  member: DatedMember,
  today: CalendarDate,
  cutoff: MedalCutoff,
): Medal[] {
  const from = partyStandingFromOf(member);
  const eligible =
    isCurrent(member) &&
    from !== null &&
    yearsBetween(from, medalCutoffIn(cutoff, parts(today).year)) >= MEDAL_PARTY_YEARS;
  return eligible ? ['PARTY_50_YEARS'] : [];
}

/** The earliest plausible party joining date for someone born on `birthDate`. */
export function earliestPartyJoinDate(birthDate: CalendarDate): CalendarDate {
  return addYears(birthDate, MIN_PARTY_JOIN_AGE);
}
