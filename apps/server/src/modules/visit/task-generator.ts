import type { Queryable } from '../../kernel/db/database';
import { sql, type Sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import { VisitOccasion, addDays, holidaysBetween, type VisitWindow } from './occasions';

export interface GenerationResult {
  holidayTasks: number;
  decadeBirthdayTasks: number;
}

/**
 * The settings in force for a bureau (a key, or an SQL expression of one), one row per occasion
 * under `s`: the bureau's own window where it set one, else the province's.
 */
export function settingsOf(bureau: Sql | number | null): Sql {
  return sql`(SELECT d.occasion, coalesce(o.days_before, d.days_before) AS days_before,
      coalesce(o.days_after, d.days_after) AS days_after, coalesce(o.version, d.version) AS version,
      coalesce(o.updated_at, d.updated_at) AS updated_at, o.bureau_id IS NOT NULL AS own_setting
    FROM visit_setting d
    LEFT JOIN bureau_visit_setting o ON o.occasion = d.occasion AND o.bureau_id = ${bureau}::int) s`;
}

/** A member's county, as an SQL expression: whose windows the member's tasks take. */
export const countyOfMember = (memberKey: number) =>
  sql`(SELECT b.bureau_id FROM member m JOIN branch b ON b.id = m.branch_id WHERE m.id = ${memberKey})`;

/**
 * The windows in force for a bureau's tasks (a member's: `countyOfMember`), read when tasks are
 * created: a changed setting applies to new tasks.
 */
export async function windowSettings(
  db: Queryable,
  bureau: Sql | number | null,
): Promise<Map<string, VisitWindow>> {
  const rows = await db.run(
    sql`SELECT s.occasion, s.days_before AS "before", s.days_after AS "after" FROM ${settingsOf(bureau)}`,
  );
  return new Map(
    rows.map((r) => [String(r.occasion), { before: Number(r.before), after: Number(r.after) }]),
  );
}

/**
 * Members whose tasks one statement of a pass creates. A province's year is two million tasks:
 * in one statement it holds every created row at once and walks the member-keyed indexes once
 * per holiday; a batch writes each member's tasks side by side and is done with its pages.
 */
export const MEMBERS_PER_BATCH = 25_000;

/**
 * Creates the birthday and holiday tasks whose trigger date falls in [from, until], for current
 * members only. Set-based, a statement per batch of members (by id) for every occurrence at
 * once, in the caller's transaction; idempotent: the unique key (member, occasion, occurrence)
 * makes a second run, or a concurrent one in another server process, create nothing twice.
 */
export async function generateVisitTasks(
  db: Queryable,
  range: { from: CalendarDate; until: CalendarDate },
  { membersPerBatch = MEMBERS_PER_BATCH } = {},
): Promise<GenerationResult> {
  const holidays = holidaysBetween(range.from, range.until);
  const result: GenerationResult = { holidayTasks: 0, decadeBirthdayTasks: 0 };
  const [bounds] = await db.run(
    sql`SELECT min(id) AS first, max(id) AS last FROM member WHERE status = 'ACTIVE'`,
  );
  if (bounds.first == null) return result;
  for (let low = Number(bounds.first); low <= Number(bounds.last); low += membersPerBatch) {
    const [created] = await db.run(sql`
      WITH batch AS (
        -- Each member's windows are their county's (its own, else the province's).
        SELECT m.id, m.birth_date, m.branch_id,
          coalesce(ho.days_before, hs.days_before) AS holiday_before,
          coalesce(ho.days_after, hs.days_after) AS holiday_after,
          coalesce(bo.days_before, bs.days_before) AS birthday_before,
          coalesce(bo.days_after, bs.days_after) AS birthday_after
        FROM member m
        JOIN branch wb ON wb.id = m.branch_id
        JOIN visit_setting hs ON hs.occasion = ${VisitOccasion.HOLIDAY}
        LEFT JOIN bureau_visit_setting ho ON ho.bureau_id = wb.bureau_id AND ho.occasion = hs.occasion
        JOIN visit_setting bs ON bs.occasion = ${VisitOccasion.DECADE_BIRTHDAY}
        LEFT JOIN bureau_visit_setting bo ON bo.bureau_id = wb.bureau_id AND bo.occasion = bs.occasion
        WHERE m.status = 'ACTIVE' AND m.id >= ${low}::int AND m.id < ${low + membersPerBatch}::int
      ), birthdays AS (
        SELECT b.id AS member_id, b.branch_id, y.year, b.birthday_before, b.birthday_after,
          -- 29 February falls on 28 February in common years.
          CASE WHEN extract(month FROM b.birth_date) = 2 AND extract(day FROM b.birth_date) = 29
                AND NOT ((y.year % 4 = 0 AND y.year % 100 <> 0) OR y.year % 400 = 0)
            THEN make_date(y.year, 2, 28)
            ELSE make_date(y.year, extract(month FROM b.birth_date)::int, extract(day FROM b.birth_date)::int)
          END AS birthday
        FROM batch b
        CROSS JOIN generate_series(${parts(range.from).year}::int, ${parts(range.until).year}::int) AS y(year)
        WHERE y.year - extract(year FROM b.birth_date)::int >= 60
          AND (y.year - extract(year FROM b.birth_date)::int) % 10 = 0
      ), occurrences AS (
        SELECT b.id AS member_id, b.branch_id, 'HOLIDAY' AS occasion, h.key, h.trigger_date,
          h.trigger_date - b.holiday_before AS due_from, h.trigger_date + b.holiday_after AS due_by
        FROM batch b CROSS JOIN unnest(
          ${holidays.map((h) => h.key)}::text[], ${holidays.map((h) => h.date)}::date[]
        ) AS h(key, trigger_date)
        UNION ALL
        SELECT member_id, branch_id, 'DECADE_BIRTHDAY', year::text, birthday,
          birthday - birthday_before, birthday + birthday_after
        FROM birthdays
        WHERE birthday BETWEEN ${range.from}::date AND ${range.until}::date
      ), inserted AS (
        -- The branch given, so the database need not look each member up again.
        INSERT INTO visit_task (member_id, branch_id, occasion, occurrence_key, trigger_date, due_from, due_by)
        SELECT member_id, branch_id, occasion, key, trigger_date, due_from, due_by FROM occurrences
        ORDER BY member_id, occasion, key
        ON CONFLICT ON CONSTRAINT visit_task_occurrence_key DO NOTHING
        RETURNING occasion
      )
      SELECT count(*) FILTER (WHERE occasion = 'HOLIDAY')::int AS holidays,
        count(*) FILTER (WHERE occasion = 'DECADE_BIRTHDAY')::int AS birthdays
      FROM inserted`);
    result.holidayTasks += Number(created.holidays);
    result.decadeBirthdayTasks += Number(created.birthdays);
  }
  return result;
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
  // The widest windows of any county.
  const [widest] = await db.run(sql`
    SELECT max(w.days_before)::int AS before, max(w.days_after)::int AS after FROM (
      SELECT days_before, days_after FROM visit_setting
      UNION ALL SELECT days_before, days_after FROM bureau_visit_setting) w`);
  return {
    from: addDays(today, -Number(widest.after)),
    until: addDays(today, Number(widest.before) + LEAD_DAYS),
  };
}

/** The daily pass: the tasks of the horizon, then the missed ones. */
export async function dailyVisitTaskPass(db: Queryable, today: CalendarDate, now: Date) {
  const horizon = await visitTaskHorizon(db, today);
  const created = await generateVisitTasks(db, horizon);
  const missed = await markMissedVisitTasks(db, today, now);
  return { ...created, missed, until: horizon.until };
}
