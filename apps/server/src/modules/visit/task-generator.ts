import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import {
  VisitOccasion,
  addDays,
  holidaysBetween,
  windowAround,
  type VisitWindow,
} from './occasions';

export interface GenerationResult {
  holidayTasks: number;
  decadeBirthdayTasks: number;
}

/** The windows in force, read when tasks are created: a changed setting applies to new tasks. */
export async function windowSettings(db: Queryable): Promise<Map<string, VisitWindow>> {
  const rows = await db.run(
    sql`SELECT occasion, days_before AS "before", days_after AS "after" FROM visit_setting`,
  );
  return new Map(
    rows.map((r) => [String(r.occasion), { before: Number(r.before), after: Number(r.after) }]),
  );
}

/**
 * Creates the birthday and holiday tasks whose trigger date falls in [from, until], for current
 * members only. Set-based (one statement per holiday, one for all birthdays) and idempotent:
 * the unique key (member, occasion, occurrence) makes a second run, or a concurrent one in
 * another server process, create nothing twice.
 */
export async function generateVisitTasks(
  db: Queryable,
  range: { from: CalendarDate; until: CalendarDate },
): Promise<GenerationResult> {
  const windows = await windowSettings(db);
  let holidayTasks = 0;
  const holidayWindow = windows.get(VisitOccasion.HOLIDAY)!;
  for (const holiday of holidaysBetween(range.from, range.until)) {
    const { dueFrom, dueBy } = windowAround(holiday.date, holidayWindow);
    const rows = await db.run(sql`
      INSERT INTO visit_task (member_id, occasion, occurrence_key, trigger_date, due_from, due_by)
      SELECT m.id, 'HOLIDAY', ${holiday.key}, ${holiday.date}::date, ${dueFrom}::date, ${dueBy}::date
      FROM member m WHERE m.status = 'ACTIVE'
      ON CONFLICT ON CONSTRAINT visit_task_occurrence_key DO NOTHING
      RETURNING 1`);
    holidayTasks += rows.length;
  }

  const birthday = windows.get(VisitOccasion.DECADE_BIRTHDAY)!;
  const rows = await db.run(sql`
    WITH occurrences AS (
      SELECT m.id AS member_id, y.year,
        -- 29 February falls on 28 February in common years.
        CASE WHEN extract(month FROM m.birth_date) = 2 AND extract(day FROM m.birth_date) = 29
              AND NOT ((y.year % 4 = 0 AND y.year % 100 <> 0) OR y.year % 400 = 0)
          THEN make_date(y.year, 2, 28)
          ELSE make_date(y.year, extract(month FROM m.birth_date)::int, extract(day FROM m.birth_date)::int)
        END AS birthday
      FROM member m
      CROSS JOIN generate_series(${parts(range.from).year}::int, ${parts(range.until).year}::int) AS y(year)
      WHERE m.status = 'ACTIVE'
        AND y.year - extract(year FROM m.birth_date)::int >= 60
        AND (y.year - extract(year FROM m.birth_date)::int) % 10 = 0
    )
    INSERT INTO visit_task (member_id, occasion, occurrence_key, trigger_date, due_from, due_by)
    SELECT member_id, 'DECADE_BIRTHDAY', year::text, birthday,
      birthday - ${birthday.before}::int, birthday + ${birthday.after}::int
    FROM occurrences
    WHERE birthday BETWEEN ${range.from}::date AND ${range.until}::date
    ON CONFLICT ON CONSTRAINT visit_task_occurrence_key DO NOTHING
    RETURNING 1`);
  return { holidayTasks, decadeBirthdayTasks: rows.length };
}

/** An open task is given up on (MISSED) this many days after its window closed. */
export const MISSED_AFTER_DAYS = 30;

/**
 * Marks as missed the open tasks whose window closed over MISSED_AFTER_DAYS before `today`; a
 * late visit can still complete them. One statement, idempotent.
 */
export async function markMissedVisitTasks(
  db: Queryable,
  today: CalendarDate,
  now: Date,
): Promise<number> {
  const rows = await db.run(sql`
    UPDATE visit_task SET status = 'MISSED', version = version + 1, updated_at = ${now}
    WHERE status = 'OPEN' AND due_by < ${today}::date - ${MISSED_AFTER_DAYS}::int
    RETURNING 1`);
  return rows.length;
}

/** Tasks are created this many days before their window opens (after the longest lead). */
const LEAD_DAYS = 31;

/**
 * The trigger dates the daily pass covers: from as far back as a window can still be open (so a
 * pause of the servers loses nothing) to the longest lead plus a month ahead. Short on purpose:
 * a changed window applies to tasks created after the change.
 */
export async function visitTaskHorizon(db: Queryable, today: CalendarDate) {
  const windows = [...(await windowSettings(db)).values()];
  return {
    from: addDays(today, -Math.max(...windows.map((w) => w.after))),
    until: addDays(today, Math.max(...windows.map((w) => w.before)) + LEAD_DAYS),
  };
}

/** The daily pass: the tasks of the horizon, then the missed ones. */
export async function dailyVisitTaskPass(db: Queryable, today: CalendarDate, now: Date) {
  const horizon = await visitTaskHorizon(db, today);
  const created = await generateVisitTasks(db, horizon);
  const missed = await markMissedVisitTasks(db, today, now);
  return { ...created, missed, until: horizon.until };
}
