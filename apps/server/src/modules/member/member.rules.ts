import {
  addYears,
  anniversaryIn,
  nextAnniversary,
  parts,
  yearsBetween,
  type CalendarDate,
} from '../../lib/calendar-date';
import { Medal, MemberStatus, type Birthday } from './member.types';

/** 光荣在党50年 goes to members whose party standing reaches 50 years within the year. */
export const MEDAL_PARTY_YEARS = 50;
/** Decade birthdays (整十生日) are celebrated from 60 on. */
export const FIRST_DECADE_BIRTHDAY = 60;
/** The oldest decade birthday a list looks for. */
export const LAST_DECADE_BIRTHDAY = 120;
/** The youngest age at which a party joining date is plausible. */
export const MIN_PARTY_JOIN_AGE = 14;

interface Dated {
  birthDate: CalendarDate;
  deathDate: CalendarDate | null;
  status: string;
  partyMember: boolean;
  partyJoinDate: CalendarDate | null;
}

/** Age today, or at death for the deceased. */
export function ageOf(member: Dated, today: CalendarDate): number {
  return yearsBetween(member.birthDate, member.deathDate ?? today);
}

export function partyYearsOf(member: Dated, today: CalendarDate): number | null {
  if (!member.partyMember || !member.partyJoinDate) return null;
  return yearsBetween(member.partyJoinDate, member.deathDate ?? today);
}

export function nextBirthdayOf(member: Dated, today: CalendarDate): Birthday | null {
  if (member.status !== MemberStatus.ACTIVE) return null;
  const date = nextAnniversary(member.birthDate, today);
  return { date, age: parts(date).year - parts(member.birthDate).year };
}

export function nextDecadeBirthdayOf(member: Dated, today: CalendarDate): Birthday | null {
  if (member.status !== MemberStatus.ACTIVE) return null;
  const next = nextBirthdayOf(member, today)!;
  const age = Math.max(FIRST_DECADE_BIRTHDAY, Math.ceil(next.age / 10) * 10);
  return { date: anniversaryIn(member.birthDate, parts(member.birthDate).year + age), age };
}

export function eligibleMedalsOf(member: Dated, today: CalendarDate): Medal[] {
  const eligible =
    member.status === MemberStatus.ACTIVE &&
    member.partyMember &&
    member.partyJoinDate !== null &&
    parts(member.partyJoinDate).year <= parts(today).year - MEDAL_PARTY_YEARS;
  return eligible ? [Medal.PARTY_50_YEARS] : [];
}

/** The earliest plausible party joining date for someone born on `birthDate`. */
export function earliestPartyJoinDate(birthDate: CalendarDate): CalendarDate {
  return addYears(birthDate, MIN_PARTY_JOIN_AGE);
}
