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
