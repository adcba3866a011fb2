import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';

/** A weekly meeting: weekday 1 (Monday) … 7 (Sunday), times `HH:MM` in China time. */
export interface Slot {
  weekday: number;
  startTime: string;
  endTime: string;
}

export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A term is at most a year; its sessions at most this many. */
export const MAX_TERM_DAYS = 366;
export const MAX_SLOTS = 7;

/** The instant of a China calendar day and time (China keeps UTC+8 all year). */
export const chinaInstant = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/** The calendar day `n` days after `date`. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 1 Monday … 7 Sunday. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday and Sunday of the week holding `date`. */
export function weekOf(date: string): { from: string; to: string } {
  const from = addDays(date, 1 - weekdayOf(date));
  return { from, to: addDays(from, 6) };
}

/** Days from `from` to `to` (0 for the same day). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A weekly schedule and its term checked; problems are userErrors on the input's fields. */
export function checkSchedule(
  slots: readonly Slot[],
  term: { termStartsOn: string; termEndsOn: string },
): UserError[] {
  const errors: UserError[] = [];
  if (!slots.length)
    errors.push(
      userError('schedule', UserErrorCode.REQUIRED, '请安排上课时间 (a weekly time is required)'),
    );
  if (slots.length > MAX_SLOTS)
    errors.push(
      userError(
        'schedule',
        UserErrorCode.OUT_OF_RANGE,
        `每周最多 ${MAX_SLOTS} 次 (at most ${MAX_SLOTS} a week)`,
      ),
    );
  slots.forEach((slot, i) => {
    const at = (field: string) => ['schedule', String(i), field];
    if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7)
      errors.push(userError(at('weekday'), UserErrorCode.OUT_OF_RANGE, '星期须为 1 到 7 (1 to 7)'));
    for (const field of ['startTime', 'endTime'] as const) {
      if (!TIME.test(slot[field]))
        errors.push(
          userError(at(field), UserErrorCode.INVALID, '时间格式为 HH:MM (a time is HH:MM)'),
        );
    }
    if (TIME.test(slot.startTime) && TIME.test(slot.endTime) && slot.endTime <= slot.startTime)
      errors.push(
        userError(
          at('endTime'),
          UserErrorCode.TOO_EARLY,
          '下课时间须晚于上课时间 (ends before it starts)',
        ),
      );
    const overlapping = slots.findIndex(
      (other, j) =>
        j < i &&
        other.weekday === slot.weekday &&
        other.startTime < slot.endTime &&
        slot.startTime < other.endTime,
    );
    if (overlapping >= 0)
      errors.push(
        userError(
          at('startTime'),
          UserErrorCode.DUPLICATE,
          '同一天的上课时间重叠 (overlaps another time of the same day)',
        ),
      );
  });
  const days = daysBetween(term.termStartsOn, term.termEndsOn);
  if (days < 0)
    errors.push(
      userError(
        'termEndsOn',
        UserErrorCode.TOO_EARLY,
        '学期结束日期不能早于开始日期 (the term ends before it starts)',
      ),
    );
  else if (days >= MAX_TERM_DAYS)
    errors.push(
      userError(
        'termEndsOn',
        UserErrorCode.OUT_OF_RANGE,
        `学期最长 ${MAX_TERM_DAYS} 天 (a term is at most ${MAX_TERM_DAYS} days)`,
      ),
    );
  return errors;
}

/** Every session of a (checked) weekly schedule within the term, by start. */
export function sessionsOf(
  slots: readonly Slot[],
  term: { termStartsOn: string; termEndsOn: string },
): TimeRange[] {
  const sessions: TimeRange[] = [];
  const days = daysBetween(term.termStartsOn, term.termEndsOn);
  for (let n = 0; n <= days; n++) {
    const day = addDays(term.termStartsOn, n);
    const weekday = weekdayOf(day);
    for (const slot of slots.filter((s) => s.weekday === weekday)) {
      sessions.push({
        startsAt: chinaInstant(day, slot.startTime),
        endsAt: chinaInstant(day, slot.endTime),
      });
    }
  }
  return sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
