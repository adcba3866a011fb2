import { normalizeIdCard } from '@wanxia/schema';
import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { badRequest } from '../../kernel/errors';
import { inTransaction } from '../../kernel/mutation';
import { controlCharacterIn, controlCharacterMessage } from '../../lib/control-characters';
import { BranchDirectory } from '../excel/branch-directory';
import type { Cell, Sheet } from '../excel/read-sheet';
import type { UnmatchedPointsRow } from './learning-points.types';

/** The columns of the provincial platform's export this import reads. */
const COLUMNS = {
  name: '姓名',
  idCardNumber: '身份证号',
  branch: '所在支部',
  month: '月份',
  points: '积分',
  provinceRank: '全省排名',
} as const;
type ColumnName = keyof typeof COLUMNS;
const REQUIRED_COLUMNS: ColumnName[] = ['name', 'month', 'points'];

/** The header row names 姓名 and 积分. */
export const isPointsHeader = (cells: string[]) =>
  [COLUMNS.name, COLUMNS.points].every((h) => cells.some((c) => c.trim() === h));

/** Where each column is; a missing required one refuses the file (400 MISSING_COLUMNS). */
function columnIndexes(headers: string[]): Record<ColumnName, number> {
  const indexes = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, header]) => [key, headers.indexOf(header)]),
  ) as Record<ColumnName, number>;
  const missing = REQUIRED_COLUMNS.filter((c) => indexes[c] < 0).map((c) => COLUMNS[c]);
  if (missing.length)
    throw badRequest(
      'MISSING_COLUMNS',
      `缺少必填列：${missing.join('、')} (missing required columns: ${missing.join(', ')})`,
      { columns: missing },
    );
  return indexes;
}

const text = (cell: Cell | undefined): string | null => {
  if (cell === null || cell === undefined) return null;
  const value = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();
  return value || null;
};

/** A month as `YYYY-MM-01`: a date cell, `2022-03`, `2022/3`, `2022.3`, `2022年3月` or `202203`. */
export function monthOf(cell: Cell | undefined): string | null {
  let year: number;
  let month: number;
  if (cell instanceof Date) {
    year = cell.getUTCFullYear();
    month = cell.getUTCMonth() + 1;
  } else {
    const value = text(cell);
    const match =
      value &&
      (/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:[-/.]\s*\d{1,2}\s*日?)?$/.exec(value) ??
        /^(\d{4})(\d{2})$/.exec(value));
    if (!match) return null;
    year = Number(match[1]);
    month = Number(match[2]);
  }
  if (year < 2000 || year > 9999 || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** A whole number from `min` up, from a number or a text cell; null when it is none. */
function wholeNumber(cell: Cell | undefined, min: number): number | null {
  const value = typeof cell === 'number' ? cell : Number(text(cell)?.replace(/,/g, '') ?? NaN);
  return Number.isSafeInteger(value) && value >= min && value <= 2_147_483_647 ? value : null;
}

interface ParsedRow {
  row: number;
  name: string | null;
  branch: string | null;
  idCardNumber: string | null;
  month: string;
  points: number;
  provinceRank: number | null;
}

interface MatchedRow {
  memberKey: number;
  month: string;
  points: number;
  provinceRank: number | null;
}

export interface PointsImportResult {
  committed: boolean;
  /** The months of the file, `YYYY-MM`: each replaces what was kept of it. */
  months: string[];
  rows: number;
  matched: number;
  /** Rows matched by ID number; the rest by name and branch. */
  matchedById: number;
  /** Points kept of those months before (replaced on commit). */
  replaced: number;
  unmatched: UnmatchedPointsRow[];
}

const REASONS: Record<string, string> = {
  REQUIRED: '缺少姓名 (the name is missing)',
  INVALID_MONTH: '月份无法识别，请写作 2022-03 (the month cannot be read: write 2022-03)',
  INVALID_POINTS: '积分须为不小于 0 的整数 (points are a whole number from 0)',
  INVALID_RANK: '全省排名须为正整数 (the provincial rank is a whole number from 1)',
  NOT_FOUND:
    '名单中找不到此人：身份证号不符，姓名和所在支部也对不上 (no member has this ID number, nor this name in this branch)',
  NO_BRANCH:
    '身份证号未匹配，且未填所在支部，无法按姓名匹配 (no ID number matched and no branch is given to match the name in)',
  AMBIGUOUS:
    '该支部有多人同名，请填写身份证号 (several members of the branch have this name: give the ID number)',
  DUPLICATE:
    '同一人同一月份重复出现，以前一行为准 (the member’s month appears twice: the earlier row counts)',
};

function unmatched(
  row: { row: number; name: string | null; branch: string | null },
  code: string,
  message = REASONS[code],
) {
  return { row: row.row, name: row.name, branch: row.branch, code, message };
}

/** Members by ID number, and by name within a branch, for the rows of a file. */
async function memberIndex(db: Queryable, rows: ParsedRow[], branchKeys: Map<string, number>) {
  const ids = [...new Set(rows.map((r) => r.idCardNumber).filter((v): v is string => v !== null))];
  const names = [...new Set(rows.map((r) => r.name).filter((v): v is string => v !== null))];
  const byId = new Map(
    (
      await db.run(sql`SELECT m.id, m.id_card_number AS "idCardNumber" FROM member m
        WHERE m.id_card_number = ANY(${ids}::text[])`)
    ).map((r) => [String(r.idCardNumber), Number(r.id)]),
  );
  const byName = new Map<string, number[]>();
  for (const r of await db.run(sql`SELECT m.id, m.name, m.branch_id AS "branchKey" FROM member m
      WHERE m.name = ANY(${names}::text[]) AND m.branch_id = ANY(${[...new Set(branchKeys.values())]}::int[])`)) {
    const key = `${String(r.branchKey)}:${String(r.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), Number(r.id)]);
  }
  return { byId, byName };
}

/**
 * Reads a points file and matches its rows to the roster: by ID number, else by name within the
 * branch named; every row that cannot be imported is listed with its row number and reason.
 * The import replaces the points kept of each month the file holds: with `commit`, in one
 * transaction, set-based, with one audit entry.
 */
export async function importLearningPoints(
  ctx: RequestScope,
  sheet: Sheet,
  options: { commit: boolean; fileName: string | null },
): Promise<PointsImportResult> {
  const at = columnIndexes(sheet.headers);
  const problems: UnmatchedPointsRow[] = [];
  const parsed: ParsedRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const cell = (c: ColumnName) => (at[c] < 0 ? null : cells[at[c]]);
    const base = { row, name: text(cell('name')), branch: text(cell('branch')) };
    const rawId = text(cell('idCardNumber'));
    const id = rawId === null ? null : normalizeIdCard(rawId);
    const month = monthOf(cell('month'));
    const points = wholeNumber(cell('points'), 0);
    const rank = text(cell('provinceRank')) === null ? null : wholeNumber(cell('provinceRank'), 1);
    const control = cells
      .map((c) => (typeof c === 'string' ? controlCharacterIn(c) : null))
      .find(Boolean);
    if (control) problems.push(unmatched(base, 'INVALID', controlCharacterMessage(control)));
    else if (base.name === null && id === null) problems.push(unmatched(base, 'REQUIRED'));
    else if (month === null) problems.push(unmatched(base, 'INVALID_MONTH'));
    else if (points === null) problems.push(unmatched(base, 'INVALID_POINTS'));
    else if (text(cell('provinceRank')) !== null && rank === null)
      problems.push(unmatched(base, 'INVALID_RANK'));
    else
      parsed.push({
        ...base,
        // Exports may mask the middle of the number: such a number cannot match.
        idCardNumber: id !== null && /^\d{17}[\dX]$/.test(id) ? id : null,
        month,
        points,
        provinceRank: rank,
      });
  }

  const directory = await BranchDirectory.load(ctx.db, ctx.reach);
  const branchKeys = new Map<string, number>();
  const branchProblems = new Map<string, string>();
  for (const name of new Set(parsed.map((r) => r.branch).filter((b): b is string => b !== null))) {
    const found = directory.resolve(name);
    if ('key' in found) branchKeys.set(name, found.key);
    else branchProblems.set(name, found.problem.message);
  }
  const index = await memberIndex(ctx.db, parsed, branchKeys);

  const matched: MatchedRow[] = [];
  const seen = new Set<string>();
  let matchedById = 0;
  for (const r of parsed) {
    let memberKey = r.idCardNumber === null ? undefined : index.byId.get(r.idCardNumber);
    if (memberKey !== undefined) matchedById++;
    else if (r.branch === null) {
      problems.push(unmatched(r, r.idCardNumber === null ? 'NO_BRANCH' : 'NOT_FOUND'));
      continue;
    } else if (branchProblems.has(r.branch)) {
      problems.push(unmatched(r, 'BRANCH_NOT_FOUND', branchProblems.get(r.branch)));
      continue;
    } else {
      const candidates = index.byName.get(`${branchKeys.get(r.branch)}:${r.name}`) ?? [];
      if (candidates.length !== 1) {
        problems.push(unmatched(r, candidates.length ? 'AMBIGUOUS' : 'NOT_FOUND'));
        continue;
      }
      memberKey = candidates[0];
    }
    const key = `${memberKey}:${r.month}`;
    if (seen.has(key)) {
      if (r.idCardNumber !== null && index.byId.get(r.idCardNumber) === memberKey) matchedById--;
      problems.push(unmatched(r, 'DUPLICATE'));
      continue;
    }
    seen.add(key);
    matched.push({ memberKey, month: r.month, points: r.points, provinceRank: r.provinceRank });
  }

  const months = [...new Set(parsed.map((r) => r.month))].sort();
  const result = (replaced: number, committed: boolean): PointsImportResult => ({
    committed,
    months: months.map((m) => m.slice(0, 7)),
    rows: sheet.rows.length,
    matched: matched.length,
    matchedById,
    replaced,
    unmatched: problems.sort((a, b) => a.row - b.row),
  });
  if (!options.commit) {
    const [kept] = await ctx.db.run(
      sql`SELECT count(*)::int AS n FROM learning_points WHERE month = ANY(${months}::date[])`,
    );
    return result(Number(kept.n), false);
  }

  const outcome = await inTransaction(ctx, 'importLearningPoints', async (tx) => {
    // One import at a time: two of the same month would both delete, then both insert.
    await tx.run(sql`SELECT pg_advisory_xact_lock(hashtext('learning_points_import'))`);
    const gone = await tx.run(
      sql`DELETE FROM learning_points WHERE month = ANY(${months}::date[]) RETURNING 1`,
    );
    await tx.run(sql`
      INSERT INTO learning_points (member_id, month, points, province_rank, imported_at)
      SELECT r.member_id, r.month, r.points, r.province_rank, ${ctx.now}
      FROM unnest(${matched.map((m) => m.memberKey)}::int[], ${matched.map((m) => m.month)}::date[],
        ${matched.map((m) => m.points)}::int[], ${matched.map((m) => m.provinceRank)}::int[])
        AS r(member_id, month, points, province_rank)`);
    const done = result(gone.length, true);
    return {
      record: done,
      change: null,
      details: {
        fileName: options.fileName,
        months: done.months,
        matched: done.matched,
        unmatched: done.unmatched.length,
        replaced: done.replaced,
      },
    };
  });
  return outcome.record!;
}
