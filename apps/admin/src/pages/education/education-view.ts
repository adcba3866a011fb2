import { chinaToday } from '@wanxia/schema';
import type {
  AwardGrade,
  AwardLevel,
  LectureFormat,
  LectureOrderState,
  WorkKind,
} from '../../gql/graphql';

export const WORK_KINDS: readonly WorkKind[] = [
  'ESSAY',
  'VIDEO',
  'RESEARCH_REPORT',
  'RED_STORY',
  'CHRONICLE',
];
export const AWARD_LEVELS: readonly AwardLevel[] = ['NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY'];
export const AWARD_GRADES: readonly AwardGrade[] = [
  'SPECIAL',
  'FIRST',
  'SECOND',
  'THIRD',
  'EXCELLENCE',
];
export const LECTURE_FORMATS: readonly LectureFormat[] = ['ON_SITE', 'VIDEO'];
export const ORDER_STATES: readonly LectureOrderState[] = [
  'ORDERED',
  'SCHEDULED',
  'HELD',
  'CANCELLED',
];

/** The first year the records hold, and the years from this one back to it, latest first. */
export const FIRST_RECORD_YEAR = 2022;
export function recordYears(today = chinaToday()): number[] {
  const thisYear = Number(today.slice(0, 4));
  return Array.from({ length: thisYear - FIRST_RECORD_YEAR + 1 }, (_, i) => thisYear - i);
}

/** A score average as people read it: one decimal. */
export const ratingText = (average: number) => (Math.round(average * 10) / 10).toFixed(1);

/** A participant present at a lecture, who may rate it. */
export interface Rater {
  memberId: string;
  name: string;
}

/** The participants present, in the activity's order; those out of reach are not offered. */
export function presentRaters(
  participants: readonly {
    attendance: string;
    member: { id: string; name: string } | null | undefined;
  }[],
): Rater[] {
  return participants.flatMap((p) =>
    p.attendance === 'PRESENT' && p.member ? [{ memberId: p.member.id, name: p.member.name }] : [],
  );
}

/** The ratings `rateLecture` takes: each score given (1–5), in the list's order. */
export function ratingsInput(raters: readonly Rater[], scores: Readonly<Record<string, number>>) {
  return raters
    .filter((r) => (scores[r.memberId] ?? 0) >= 1)
    .map((r) => ({ memberId: r.memberId, score: scores[r.memberId] }));
}
