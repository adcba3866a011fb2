import type { MessageKey } from '../../locales';
import {
  EARLIEST_BIRTH_DATE,
  earliestPartyJoinDate,
  idCardBirthDate,
  idCardGender,
  idCardProblem,
  normalizeIdCard,
  PHONE_PATTERN,
} from '@wanxia/schema';
import type { Gender } from '../../gql/graphql';
import './locale';

/**
 * The member rules of the contract (@wanxia/schema), checked as the person types and named in
 * the reader's language, so most mistakes never make a round trip. The server checks them all
 * again.
 */

export interface Problem {
  key: MessageKey;
  values?: Record<string, string | number>;
}

export const NAME_MAX = 50;

/** An ID number that is valid, normalised; null for an empty or invalid one. */
export function validIdCard(value: string | undefined): string | null {
  if (!value) return null;
  const normalized = normalizeIdCard(value);
  return idCardProblem(normalized) === null ? normalized : null;
}

export function idCardRuleProblem(value: string | undefined): Problem | null {
  if (!value) return null;
  const problem = idCardProblem(normalizeIdCard(value));
  return problem ? { key: `roster.form.idCard.${problem}` } : null;
}

export function nameProblem(value: string | undefined): Problem | null {
  return value && value.trim().length > NAME_MAX ? { key: 'roster.form.nameTooLong' } : null;
}

export function phoneProblem(value: string | undefined): Problem | null {
  return value && !PHONE_PATTERN.test(value.trim()) ? { key: 'roster.form.phoneInvalid' } : null;
}

export function notInFuture(value: string | undefined, today: string): Problem | null {
  return value && value > today ? { key: 'roster.form.inFuture' } : null;
}

/** A birth date is real, in the past, after 1900, and the one the ID number says. */
export function birthDateProblem(
  value: string | undefined,
  idCard: string | undefined,
  today: string,
): Problem | null {
  if (!value) return null;
  if (value > today) return { key: 'roster.form.inFuture' };
  if (value < EARLIEST_BIRTH_DATE) return { key: 'roster.form.bornTooEarly' };
  const valid = validIdCard(idCard);
  if (valid && idCardBirthDate(valid) !== value) {
    return { key: 'roster.form.birthDateMismatch', values: { date: idCardBirthDate(valid) } };
  }
  return null;
}

export function genderProblem(
  value: Gender | undefined,
  idCard: string | undefined,
): Problem | null {
  const valid = validIdCard(idCard);
  return value && valid && idCardGender(valid) !== value
    ? { key: 'roster.form.genderMismatch' }
    : null;
}

/** The birth date to check other dates against: the one given, else the ID number's. */
export function effectiveBirthDate(
  birthDate: string | undefined,
  idCard: string | undefined,
): string | null {
  if (birthDate) return birthDate;
  const valid = validIdCard(idCard);
  return valid ? idCardBirthDate(valid) : null;
}

/** A party joining date is past, and not before the 14th birthday. */
export function partyJoinDateProblem(
  value: string | undefined,
  birthDate: string | null,
  today: string,
): Problem | null {
  if (!value) return null;
  if (value > today) return { key: 'roster.form.inFuture' };
  if (birthDate) {
    const earliest = earliestPartyJoinDate(birthDate);
    if (value < earliest) return { key: 'roster.form.partyTooEarly', values: { date: earliest } };
  }
  return null;
}

/** Full membership (转正) is past, and not before joining. */
export function fullMembershipDateProblem(
  value: string | undefined,
  partyJoinDate: string | undefined,
  today: string,
): Problem | null {
  if (!value) return null;
  if (value > today) return { key: 'roster.form.inFuture' };
  if (!partyJoinDate) return { key: 'roster.form.fullMembershipNeedsJoining' };
  if (value < partyJoinDate) return { key: 'roster.form.fullMembershipBeforeJoining' };
  return null;
}

/** Retirement and the start of work are past, and after birth. */
export function lifeDateProblem(
  value: string | undefined,
  birthDate: string | null,
  today: string,
): Problem | null {
  if (!value) return null;
  if (value > today) return { key: 'roster.form.inFuture' };
  if (birthDate && value < birthDate) return { key: 'roster.form.beforeBirth' };
  return null;
}
