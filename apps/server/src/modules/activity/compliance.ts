import type { Queryable, Row } from '../../kernel/db/database';
import { sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach } from '../../kernel/access/reach';
import { chinaDayStart } from './activity.repository';
import { PARTY_LIFE_KINDS, type ActivityKind, type MeetingFrequency } from './activity-kinds';
import { BranchCompliance, type KindCompliance } from './activity.types';

/** The period a compliance view covers: a year, or one quarter of it. */
export interface CompliancePeriod {
  year: number;
  quarter: number | null;
  /** Today in China: periods ending before it are over; meetings count from their day. */
  today: string;
}

const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/**
 * Every branch (党支部) in reach that `branches` admits, with how it kept each kind of 三会一课
 * and 组织生活 in the period, one row per branch, set-based. Each kind is required once per
 * period of its frequency (the branch's own, else the county's); a period of the frequency
 * that overlaps the period asked for counts whole (a yearly meeting is owed in any quarter's
 * view until the year has one). A required period that has ended without a meeting is overdue.
 */
export function complianceRows(reach: Reach, period: CompliancePeriod, branches: Sql): Sql {
  const { year, quarter, today } = period;
  const firstMonth = quarter ? quarter * 3 - 2 : 1;
  const lastMonth = quarter ? quarter * 3 : 12;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const to = lastDayOfMonth(year, lastMonth);
  return sql`
    WITH b AS (
      SELECT b.id, b.path FROM branch b
      WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL AND ${reach.branch('b')} AND ${branches}
    ), r AS (
      SELECT b.id AS branch_id, s.kind, coalesce(bs.frequency, s.frequency) AS frequency,
        CASE coalesce(bs.frequency, s.frequency)
          WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'HALF_YEARLY' THEN 6 WHEN 'YEARLY' THEN 12
        END AS months
      FROM b CROSS JOIN party_life_setting s
      LEFT JOIN branch_party_life_setting bs ON bs.branch_id = b.id AND bs.kind = s.kind
    ), held AS (
      SELECT a.id, a.organiser_branch_id AS branch_id, a.kind,
        (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day
      FROM activity a
      WHERE a.organiser_kind = 'BRANCH' AND a.organiser_branch_id IN (SELECT id FROM b)
        AND a.starts_at >= ${chinaDayStart(`${year}-01-01`)}
        AND a.starts_at < ${chinaDayStart(`${year + 1}-01-01`)}
    ), met AS (
      SELECT DISTINCT h.branch_id, h.kind, (extract(month FROM h.day)::int - 1) / r.months AS i
      FROM held h JOIN r ON r.branch_id = h.branch_id AND r.kind = h.kind
      WHERE r.months IS NOT NULL AND h.day <= ${today}::date
    ), periods AS (
      SELECT r.branch_id, r.kind, p.i, make_date(${year}, p.i * r.months + 1, 1) AS first_day,
        (make_date(${year}, p.i * r.months + 1, 1) + make_interval(months => r.months))::date - 1 AS last_day
      FROM r CROSS JOIN LATERAL generate_series((${firstMonth}::int - 1) / r.months, (${lastMonth}::int - 1) / r.months) AS p(i)
      WHERE r.months IS NOT NULL
    ), counted AS (
      SELECT h.branch_id, h.kind, count(*)::int AS held FROM held h
      WHERE h.day BETWEEN ${from}::date AND least(${to}::date, ${today}::date) GROUP BY 1, 2
    ), kinds AS (
      SELECT r.branch_id, r.kind, r.frequency,
        count(pe.i)::int AS required,
        count(pe.i) FILTER (WHERE mt.i IS NOT NULL)::int AS met,
        count(pe.i) FILTER (WHERE mt.i IS NULL AND pe.last_day < ${today}::date)::int AS overdue,
        min(pe.last_day) FILTER (WHERE mt.i IS NULL AND ${today}::date BETWEEN pe.first_day AND pe.last_day) AS due_by,
        coalesce(max(c.held), 0)::int AS held
      FROM r
      LEFT JOIN periods pe ON pe.branch_id = r.branch_id AND pe.kind = r.kind
      LEFT JOIN met mt ON mt.branch_id = pe.branch_id AND mt.kind = pe.kind AND mt.i = pe.i
      LEFT JOIN counted c ON c.branch_id = r.branch_id AND c.kind = r.kind
      GROUP BY r.branch_id, r.kind, r.frequency
    ), attendance AS (
      SELECT h.branch_id, count(*)::int AS participants,
        count(*) FILTER (WHERE p.attendance = 'PRESENT')::int AS present
      FROM held h JOIN activity_participant p ON p.activity_id = h.id
      WHERE h.day BETWEEN ${from}::date AND least(${to}::date, ${today}::date)
      GROUP BY h.branch_id
    )
    SELECT b.id AS key, b.path,
      json_agg(json_build_object('kind', k.kind, 'frequency', k.frequency, 'required', k.required,
        'held', k.held, 'met', k.met, 'overdue', k.overdue, 'dueBy', k.due_by) ORDER BY k.kind) AS kinds,
      bool_or(k.overdue > 0) AS behind,
      coalesce(max(at.participants), 0)::int AS participants,
      coalesce(max(at.present), 0)::int AS present
    FROM b JOIN kinds k ON k.branch_id = b.id
    LEFT JOIN attendance at ON at.branch_id = b.id
    GROUP BY b.id, b.path`;
}

/** A row of complianceRows, its kinds in the order PARTY_LIFE_KINDS lists them. */
function toCompliance(row: Row, period: CompliancePeriod): BranchCompliance {
  const kinds = (row.kinds as KindCompliance[])
    .map((k) => ({
      ...k,
      kind: k.kind as ActivityKind,
      frequency: k.frequency as MeetingFrequency,
    }))
    .sort((a, b) => PARTY_LIFE_KINDS.indexOf(a.kind) - PARTY_LIFE_KINDS.indexOf(b.kind));
  const participants = Number(row.participants);
  const present = Number(row.present);
  return Object.assign(new BranchCompliance(), {
    branchId: Number(row.key),
    year: period.year,
    quarter: period.quarter,
    kinds,
    overdueKinds: kinds.filter((k) => k.overdue > 0).map((k) => k.kind),
    behind: Boolean(row.behind),
    participants,
    present,
    attendanceRate: participants ? present / participants : null,
  });
}

/** One branch's compliance; null when it is not a branch in reach. */
export async function branchCompliance(
  db: Queryable,
  reach: Reach,
  branchKey: number,
  period: CompliancePeriod,
): Promise<BranchCompliance | null> {
  const [row] = await db.run(complianceRows(reach, period, sql`b.id = ${branchKey}`));
  return row ? toCompliance(row, period) : null;
}

/** A page of the branches in reach with their compliance, by place in the tree. */
export function listCompliance(
  db: Queryable,
  reach: Reach,
  period: CompliancePeriod,
  options: { behindOnly: boolean; page: PageArgs; countWithPage?: boolean },
) {
  const rows = complianceRows(reach, period, sql`TRUE`);
  return paginate({
    db,
    select: sql`SELECT c.* FROM (${rows}) c`,
    countFrom: sql`FROM (${rows}) c`,
    conditions: options.behindOnly ? [sql`c.behind`] : [],
    sort: { expr: 'c.path', property: 'path', type: 'text' },
    tiebreaker: { expr: 'c.key', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: options.page,
    map: (row) => toCompliance(row, period),
    countWithPage: options.countWithPage,
  });
}
