import type { Queryable, Row } from '../../kernel/db/database';
import { join, raw, sql, where, type Sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import type { CalendarDate } from '@wanxia/schema';
import { MUST_VISIT_OCCASIONS } from './occasions';
import type { CoverageFigures, VisitCoverage } from './visit.types';
import { inSubtree, subtreeBranchIds } from '../../kernel/access/subtree';

/** The outcome counts of the tasks in `vt`, as columns of one aggregate row. */
function figureColumns(today: CalendarDate): Sql {
  return sql`
    count(*)::int AS tasks,
    count(*) FILTER (WHERE vt.status = 'DONE' AND NOT vt.done_late)::int AS "doneOnTime",
    count(*) FILTER (WHERE vt.status = 'DONE' AND vt.done_late)::int AS "doneLate",
    count(*) FILTER (WHERE vt.status = 'MISSED')::int AS missed,
    count(*) FILTER (WHERE vt.status = 'WAIVED')::int AS waived,
    count(*) FILTER (WHERE vt.status = 'OPEN')::int AS open,
    count(*) FILTER (WHERE vt.status = 'OPEN' AND vt.due_by < ${today}::date)::int AS overdue`;
}

const EMPTY = { tasks: 0, doneOnTime: 0, doneLate: 0, missed: 0, waived: 0, open: 0, overdue: 0 };

/**
 * Counts of grouped rows added up, plus the rate: done on time ÷ the tasks that have come due
 * (done, missed, overdue).
 */
function toFigures(rows: Row[]): CoverageFigures {
  const counts = { ...EMPTY };
  for (const name of Object.keys(EMPTY) as (keyof typeof EMPTY)[]) {
    counts[name] = rows.reduce((sum, row) => sum + Number(row[name]), 0);
  }
  const cameDue = counts.doneOnTime + counts.doneLate + counts.missed + counts.overdue;
  return { ...counts, rate: cameDue ? counts.doneOnTime / cameDue : null };
}

/** The figure columns summed over grouped rows `p` that hold them. */
function summedColumns(): Sql {
  return sql`${join(
    Object.keys(EMPTY).map(
      (name) => sql`coalesce(sum(p.${raw(`"${name}"`)}), 0)::int AS ${raw(`"${name}"`)}`,
    ),
    ', ',
  )}`;
}

/**
 * Must-visit coverage of a year, for the county or a branch subtree: tasks whose window closes in
 * the year, not-applicable ones left out. Two statements whatever the size of the roster: the
 * year's tasks by occasion and month (for the whole province from visit_task_coverage_idx alone,
 * else through the members of the part asked for), added up here; and by branch, counted per
 * member's branch once and then added up for each branch one level down.
 */
export async function visitCoverage(
  db: Queryable,
  reach: Reach,
  options: {
    year: number;
    branch: { key: number; path: string } | null;
    today: CalendarDate;
    /** Whether to count byBranch (a province's is the costlier half); empty when not. */
    byBranch?: boolean;
  },
): Promise<VisitCoverage> {
  const { year, branch, today } = options;
  const inYear = sql`vt.due_by BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
    AND vt.status <> 'NOT_APPLICABLE'`;
  const members = [reach.member('m')];
  if (branch) members.push(sql`m.branch_id IN ${subtreeBranchIds(branch.key)}`);
  // Province-wide the tasks alone are counted, by their copy of the member's branch; else through
  // the members in reach, the smaller walk for a county.
  const provinceWide = reach.isAll && !branch;
  const tasks = provinceWide
    ? sql`visit_task vt WHERE ${inYear}`
    : sql`member m JOIN visit_task vt ON vt.member_id = m.id AND ${inYear} ${where(members)}`;

  // By occasion and month (a few dozen rows), added up here for the total and each side; sent
  // with the figures by branch below, on another connection (or after it, in a transaction).
  const groupedRows = db.run(sql`
    SELECT vt.occasion, extract(month FROM vt.due_by)::int AS month, ${figureColumns(today)}
    FROM ${tasks}
    GROUP BY 1, 2`);
  // One level below the branch asked for; without one, the topmost branches the caller reaches.
  const groups = branch
    ? sql`b.parent_id = ${branch.key}`
    : reach.wholeBureau
      ? sql`b.parent_id IS NULL AND ${reach.bureau('b')}`
      : sql`b.path = ${reach.path}`;
  const memberBranch = raw(provinceWide ? 'vt.branch_id' : 'm.branch_id');
  const branchRows =
    options.byBranch === false
      ? Promise.resolve([])
      : db.run(sql`
    WITH per_branch AS (
      SELECT ${memberBranch} AS branch_id, ${figureColumns(today)} FROM ${tasks} GROUP BY 1
    )
    SELECT g.id AS "branchId", ${summedColumns()}
    FROM branch g
    LEFT JOIN branch d ON ${inSubtree('d', sql`g.path`)}
    LEFT JOIN per_branch p ON p.branch_id = d.id
    WHERE g.id IN (SELECT b.id FROM branch b WHERE ${groups} AND b.archived_at IS NULL AND ${reach.branch('b')})
    GROUP BY g.id, g.path ORDER BY g.path`);
  const [grouped, byBranch] = await Promise.all([groupedRows, branchRows]);
  const byOccasion = MUST_VISIT_OCCASIONS.map((occasion) => ({
    occasion,
    ...toFigures(grouped.filter((r) => r.occasion === occasion)),
  }));
  const byMonth = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    ...toFigures(grouped.filter((r) => Number(r.month) === i + 1)),
  }));

  return {
    branchId: branch?.key ?? null,
    year,
    total: toFigures(grouped),
    byOccasion,
    byMonth,
    byBranch: byBranch.map((r) => ({ branchId: Number(r.branchId), ...toFigures([r]) })),
  };
}
