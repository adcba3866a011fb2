import { chinaParts } from '../party-life/party-life-view';

/** The day `days` after `day` (YYYY-MM-DD; negative: before). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The deadline day the 开放报名 form suggests: the day before an activity (today when that has
 * passed), a course's in two weeks or its last day if sooner.
 */
export function suggestedDeadline(
  target: { activityStartsAt?: string | null; courseEndsOn?: string | null },
  today: string,
): string {
  if (target.activityStartsAt) {
    const before = addDays(chinaParts(target.activityStartsAt).date, -1);
    return before > today ? before : today;
  }
  const inTwoWeeks = addDays(today, 14);
  return target.courseEndsOn && target.courseEndsOn < inTwoWeeks ? target.courseEndsOn : inTwoWeeks;
}

/** What a sign-up is for, as the list names it: an activity's title, a course's name and term. */
export function signupTitle(window: { title: string; course?: { term: string } | null }): string {
  return window.course ? `${window.title}（${window.course.term}）` : window.title;
}
