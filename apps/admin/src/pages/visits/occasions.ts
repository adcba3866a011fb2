import dayjs from 'dayjs';
import { enumValues } from '@wanxia/schema';
import type { MessageKey } from '../../locales';
import type { LifeEventKind, VisitOccasion, VisitTaskRowFragment } from '../../gql/graphql';
import './locale';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The six must-visits (六个必访), in the order the bureau lists them. */
export const MUST_VISITS: readonly VisitOccasion[] = [
  'HOLIDAY',
  'HOSPITALIZATION',
  'DECADE_BIRTHDAY',
  'BEREAVEMENT',
  'DISPUTE',
  'DISASTER',
];
/** Every occasion a visit may be recorded for: the must-visits, then those owing no task. */
export const OCCASIONS = enumValues('VisitOccasion');
export const LIFE_EVENT_KINDS: readonly LifeEventKind[] = ['HOSPITALIZED', 'DISPUTE', 'DISASTER'];
export const TASK_STATUSES = enumValues('VisitTaskStatus');

/** Calendar days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

/** `date` plus whole days, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Where an open task stands today: overdue, due today, days left, or not yet open. */
export type Remaining =
  | { kind: 'overdue'; days: number }
  | { kind: 'today'; days: 0 }
  | { kind: 'left'; days: number }
  | { kind: 'opens'; days: number };

export function remainingOf(
  task: Pick<VisitTaskRowFragment, 'dueFrom' | 'dueBy'>,
  today: string,
): Remaining {
  const left = daysBetween(today, task.dueBy);
  if (left < 0) return { kind: 'overdue', days: -left };
  if (task.dueFrom > today) return { kind: 'opens', days: daysBetween(today, task.dueFrom) };
  if (left === 0) return { kind: 'today', days: 0 };
  return { kind: 'left', days: left };
}

export function remainingText(remaining: Remaining, t: Translate): string {
  return t(`visits.remaining.${remaining.kind}`, { days: remaining.days });
}

const HOLIDAYS = ['SPRING_FESTIVAL', 'DOUBLE_NINTH'] as const;

type TaskPurpose = Pick<
  VisitTaskRowFragment,
  'occasion' | 'occurrenceKey' | 'triggerDate' | 'member' | 'lifeEvent'
>;

/**
 * What a task is for, in words: 2027年春节, 80 岁生日, 住院：县人民医院（2026-11-28）.
 * Holiday keys read `SPRING_FESTIVAL:2027`; a decade birthday's age is the trigger year less
 * the birth year.
 */
export function taskPurpose(task: TaskPurpose, t: Translate): string {
  switch (task.occasion) {
    case 'HOLIDAY': {
      const [holiday, year] = task.occurrenceKey.split(':');
      const known = HOLIDAYS.find((h) => h === holiday);
      return known
        ? t('visits.purpose.holiday', { holiday: t(`visits.holiday.${known}`), year })
        : task.occurrenceKey;
    }
    case 'DECADE_BIRTHDAY': {
      const birthYear = task.member && Number(task.member.birthDate.slice(0, 4));
      return birthYear
        ? t('visits.purpose.birthday', {
            age: Number(task.triggerDate.slice(0, 4)) - birthYear,
            date: task.triggerDate,
          })
        : t('visits.purpose.birthdayOn', { date: task.triggerDate });
    }
    case 'BEREAVEMENT':
      return t('visits.purpose.bereavement', { date: task.triggerDate });
    default: {
      const event = task.lifeEvent;
      if (!event) return t(`enum.VisitOccasion.${task.occasion}`);
      const kind = t(`visits.eventKind.${event.kind}`);
      return event.place
        ? t('visits.purpose.eventAt', { kind, place: event.place, date: event.occurredOn })
        : t('visits.purpose.event', { kind, date: event.occurredOn });
    }
  }
}
