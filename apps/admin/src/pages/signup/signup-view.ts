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

/** What a sign-up is for, as the list names it: the activity's title or the course's name and term. */
export function signupTitle(window: {
  activity?: { title: string } | null;
  course?: { name: string; term: string } | null;
}): string {
  if (window.activity) return window.activity.title;
  return window.course ? `${window.course.name}（${window.course.term}）` : '';
}
