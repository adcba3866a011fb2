import { addYears } from '@wanxia/schema';
import type {
  CalendarEventTasksQuery,
  DecadeBirthdaysQuery,
  Holiday,
  VisitOccasion,
  VisitTaskStatus,
} from '../../gql/graphql';

type BirthdayMember = DecadeBirthdaysQuery['members']['nodes'][number];
type EventTask = CalendarEventTasksQuery['visitTasks']['nodes'][number];

/** The occasions a reported event obliges, the ones the calendar asks for. */
export type EventOccasion = Extract<
  VisitOccasion,
  'HOSPITALIZATION' | 'BEREAVEMENT' | 'DISPUTE' | 'DISASTER'
>;

/** Something on a day of the visit calendar. */
export type CalendarEntry =
  | { kind: 'holiday'; date: string; holiday: Holiday }
  | { kind: 'birthday'; date: string; age: number; member: BirthdayMember }
  | {
      kind: 'event';
      date: string;
      occasion: EventOccasion;
      status: VisitTaskStatus;
      dueBy: string;
      member: EventTask['member'];
    };

/** The day a member born on `birthDate` turns a decade in `year`, and the age they turn. */
export function decadeBirthdayIn(birthDate: string, year: number): { date: string; age: number } {
  const age = year - Number(birthDate.slice(0, 4));
  return { date: addYears(birthDate, age), age };
}

/** The month's holidays, decade birthdays and reported events, by day (`YYYY-MM-DD`). */
export function entriesByDay({
  year,
  holidays,
  birthdays,
  events,
}: {
  year: number;
  holidays: readonly { holiday: Holiday; date: string }[];
  birthdays: readonly BirthdayMember[];
  events: readonly EventTask[];
}): Map<string, CalendarEntry[]> {
  const days = new Map<string, CalendarEntry[]>();
  const add = (entry: CalendarEntry) =>
    days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
  for (const h of holidays) add({ kind: 'holiday', date: h.date, holiday: h.holiday });
  for (const member of birthdays) {
    add({ kind: 'birthday', ...decadeBirthdayIn(member.birthDate, year), member });
  }
  for (const task of events) {
    add({
      kind: 'event',
      date: task.triggerDate,
      occasion: task.occasion as EventOccasion,
      status: task.status,
      dueBy: task.dueBy,
      member: task.member,
    });
  }
  return days;
}
