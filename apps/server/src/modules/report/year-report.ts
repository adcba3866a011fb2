import { enumLabels, type CalendarDate } from '@wanxia/schema';
import type { Queryable, Row } from '../../kernel/db/database';
import { raw, sql, type Sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { subtreeBranchIds } from '../../kernel/access/subtree';
import { toGlobalId } from '../../kernel/global-id';
import { fundingSummary } from '../funding/funding-summary';
import { BudgetCategory } from '../funding/funding.types';
import { visitCoverage } from '../visit/coverage';
import { memberInReach } from '../visit/visit.repository';
import { VisitOccasion } from '../visit/occasions';
import { Gender, HealthStatus, RetirementType } from '../member/member.types';
import { movedOnRoster, onRosterOn, RosterMovement, rosterOnDay } from '../member/roster-dates';
import { AREA_CITIES, ResidenceArea } from '../member/residence';
import { asOfDay } from './county-stats';
import { yearTables } from './year-tables';
import {
  EMPTY_ROSTER_LIST_FILTER,
  ProfileDimension,
  type CategoryYearFigure,
  type MoneyYearFigure,
  type RateYearFigure,
  type RosterChangeRow,
  type RosterListFilter,
  type RosterProfileRow,
  type ServiceTable,
  type YearFigure,
  type YearReport,
  type YearReportFigures,
} from './year-report.types';

/** The levels (职级) in the order the tables print them; others follow by name. */
export const RANK_ORDER = ['正处级', '副处级', '正科级', '副科级', '科员'];
const RETIREMENT_NAMES: Record<RetirementType, string> = { LIXIU: '离休', TUIXIU: '退休' };
export const AGE_BANDS: [number, number | null][] = [
  [0, 59],
  [60, 69],
  [70, 79],
  [80, 89],
  [90, null],
];
const GENDER_NAMES = enumLabels('Gender', 'zh-CN');
const AREA_NAMES = enumLabels('ResidenceArea', 'zh-CN');
const HEALTH_NAMES = enumLabels('HealthStatus', 'zh-CN');

/** What a report is of: the year, its days and the part of the tree. */
interface Period {
  year: number;
  /** The day before the year began. */
  start: CalendarDate;
  first: CalendarDate;
  /** The last day of the year, or today while it runs. */
  end: CalendarDate;
}

function periodOf(year: number, today: CalendarDate): Period {
  return {
    year,
    start: `${year - 1}-12-31`,
    first: `${year}-01-01`,
    end: asOfDay(year, today),
  };
}

interface Scope {
  reach: Reach;
  /** The branch asked for, or null for the caller's whole reach. */
  branch: { key: number; path: string } | null;
  today: CalendarDate;
}

function filterOf(scope: Scope, fields: Partial<RosterListFilter>): RosterListFilter {
  const branchSubtree = scope.branch ? toGlobalId('Branch', scope.branch.key) : null;
  return { ...EMPTY_ROSTER_LIST_FILTER, branchSubtree, ...fields };
}

function figure(
  value: number,
  previous: number,
  filter: RosterListFilter | null = null,
  previousFilter: RosterListFilter | null = null,
): YearFigure {
  return { value, previous, change: value - previous, filter, previousFilter };
}

function money(valueFen: number, previousFen: number): MoneyYearFigure {
  return { valueFen, previousFen, changeFen: valueFen - previousFen };
}

function rate(value: number | null, previous: number | null): RateYearFigure {
  return { value, previous, change: value === null || previous === null ? null : value - previous };
}

/** The members the scope holds, as conditions on `m`, and its branches (null: the county). */
function scopeSql(scope: Scope): { members: Sql; subtree: Sql | null } {
  const subtree = scope.branch ? subtreeBranchIds(scope.branch.path) : null;
  return { members: scope.reach.member('m'), subtree };
}

const CHANGE_COLUMNS = [
  'start',
  'enrolled',
  'transferredIn',
  'joined',
  'died',
  'transferredOut',
  'left',
  'end',
] as const;
type ChangeColumn = (typeof CHANGE_COLUMNS)[number];

/**
 * 两年数字变化: each member's state at the start and end of the year and how they moved in
 * it, counted per retirement type and level with subtotals, in one statement.
 */
async function rosterChangeCounts(db: Queryable, scope: Scope, p: Period): Promise<Row[]> {
  const { members, subtree } = scopeSql(scope);
  const [first, end] = [sql`${p.first}::date`, sql`${p.end}::date`];
  const moved = (kind: RosterMovement) => movedOnRoster(kind, first, end, subtree);
  const [atStart, atEnd] = [
    rosterOnDay('at_start', sql`${p.start}::date`, subtree),
    rosterOnDay('at_end', end, subtree),
  ];
  return db.run(sql`
    WITH f AS (
      SELECT m.retirement_type AS rt, m.rank,
        ${atStart.onRoster} AS "start",
        ${moved(RosterMovement.ENROLLED)} AS "enrolled",
        ${moved(RosterMovement.TRANSFERRED_IN)} AS "transferredIn",
        ${moved(RosterMovement.DIED)} AS "died",
        ${moved(RosterMovement.TRANSFERRED_OUT)} AS "transferredOut",
        ${atEnd.onRoster} AS "end"
      FROM member m ${atStart.join} ${atEnd.join} WHERE ${members}
    )
    SELECT rt, rank, GROUPING(rt)::int AS "allTypes", GROUPING(rank)::int AS "allRanks",
      count(*) FILTER (WHERE "start")::int AS "start",
      count(*) FILTER (WHERE "enrolled")::int AS "enrolled",
      count(*) FILTER (WHERE "transferredIn")::int AS "transferredIn",
      count(*) FILTER (WHERE "enrolled" OR "transferredIn")::int AS "joined",
      count(*) FILTER (WHERE "died")::int AS "died",
      count(*) FILTER (WHERE "transferredOut")::int AS "transferredOut",
      count(*) FILTER (WHERE "died" OR "transferredOut")::int AS "left",
      count(*) FILTER (WHERE "end")::int AS "end"
    FROM f
    WHERE "start" OR "end" OR "enrolled" OR "transferredIn" OR "died" OR "transferredOut"
    GROUP BY GROUPING SETS ((rt, rank), (rt), ())`);
}

function changeFilter(
  scope: Scope,
  p: Period,
  column: ChangeColumn,
  row: { retirementType: RetirementType | null; rank: string | null; allRanks: boolean },
): RosterListFilter | null {
  // Members without a level have no filter of their own; the union columns span two movements.
  if ((!row.allRanks && row.rank === null) || column === 'joined' || column === 'left') return null;
  const base = { retirementType: row.retirementType, rank: row.allRanks ? null : row.rank };
  if (column === 'start') return filterOf(scope, { ...base, asOf: p.start });
  if (column === 'end') return filterOf(scope, { ...base, asOf: p.end });
  const kind = {
    enrolled: RosterMovement.ENROLLED,
    transferredIn: RosterMovement.TRANSFERRED_IN,
    died: RosterMovement.DIED,
    transferredOut: RosterMovement.TRANSFERRED_OUT,
  }[column];
  return filterOf(scope, { ...base, movement: { kind, from: p.first, to: p.end } });
}

function rankOrder(a: string | null, b: string | null): number {
  const index = (r: string | null) =>
    r === null
      ? RANK_ORDER.length + 1
      : RANK_ORDER.includes(r)
        ? RANK_ORDER.indexOf(r)
        : RANK_ORDER.length;
  return index(a) - index(b) || (a ?? '').localeCompare(b ?? '', 'zh-CN');
}

async function rosterChange(db: Queryable, scope: Scope, now: Period, before: Period) {
  const [current, previous] = await Promise.all([
    rosterChangeCounts(db, scope, now),
    rosterChangeCounts(db, scope, before),
  ]);
  const key = (r: Row) => `${r.allTypes}|${r.allRanks}|${r.rt ?? ''}|${r.rank ?? '\u0000'}`;
  const previousByKey = new Map(previous.map((r) => [key(r), r]));
  const keys = new Map<string, Row>();
  for (const r of [...current, ...previous]) if (!keys.has(key(r))) keys.set(key(r), r);
  // Totals exist even for an empty scope.
  const total = { rt: null, rank: null, allTypes: 1, allRanks: 1 };
  if (!keys.has(key(total))) keys.set(key(total), total);

  const rows: RosterChangeRow[] = [];
  const ordered = [...keys.values()].sort(
    (a, b) =>
      Number(a.allTypes) - Number(b.allTypes) ||
      String(a.rt ?? '').localeCompare(String(b.rt ?? '')) ||
      Number(b.allRanks) - Number(a.allRanks) ||
      rankOrder(a.rank as string | null, b.rank as string | null),
  );
  for (const shape of ordered) {
    const retirementType = Number(shape.allTypes) === 1 ? null : (shape.rt as RetirementType);
    const allRanks = Number(shape.allRanks) === 1;
    const rank = allRanks ? null : ((shape.rank as string | null) ?? null);
    const cur = current.find((r) => key(r) === key(shape));
    const prev = previousByKey.get(key(shape));
    const row = { retirementType, rank, allRanks };
    const cells = Object.fromEntries(
      CHANGE_COLUMNS.map((c) => [
        c,
        figure(
          Number(cur?.[c] ?? 0),
          Number(prev?.[c] ?? 0),
          changeFilter(scope, now, c, row),
          changeFilter(scope, before, c, row),
        ),
      ]),
    ) as Record<ChangeColumn, YearFigure>;
    const balances = (pick: (f: YearFigure) => number) =>
      pick(cells.start) + pick(cells.joined) - pick(cells.left) === pick(cells.end);
    const typeName = retirementType ? RETIREMENT_NAMES[retirementType] : '合计';
    rows.push({
      ...row,
      label: allRanks
        ? retirementType
          ? `${typeName}小计`
          : '合计'
        : `${typeName}·${rank ?? '未填职级'}`,
      ...cells,
      balanced: balances((f) => f.value),
      previousBalanced: balances((f) => f.previous),
    });
  }
  return { rows, balanced: rows.every((r) => r.balanced && r.previousBalanced) };
}

/** 基本情况: the roster at the end of the year, by retirement type and each dimension. */
async function profileCounts(db: Queryable, scope: Scope, day: CalendarDate): Promise<Row[]> {
  const { members, subtree } = scopeSql(scope);
  const years = sql`(extract(year FROM ${day}::date) - extract(year FROM m.birth_date))::int`;
  const age = sql`greatest(0, ${years} - CASE WHEN (m.birth_date + make_interval(years => ${years}))::date > ${day}::date THEN 1 ELSE 0 END)`;
  const cities = Object.entries(AREA_CITIES);
  return db.run(sql`
    WITH r AS (
      SELECT m.retirement_type AS rt, ${age} AS age, m.gender, m.party_member AS party, m.rank,
        CASE WHEN m.residence_kind = 'TOWNSHIP' THEN 'COUNTY'
          WHEN m.residence_place = ${cities[0][1]} THEN ${cities[0][0]}
          WHEN m.residence_place = ${cities[1][1]} THEN ${cities[1][0]}
          ELSE 'OTHER' END AS area,
        m.health_status AS health
      FROM member m WHERE ${members} AND ${onRosterOn(sql`${day}::date`, subtree)}
    )
    SELECT rt, age, gender, party, rank, area, health,
      GROUPING(age, gender, party, rank, area, health)::int AS grouping, count(*)::int AS n
    FROM r
    GROUP BY GROUPING SETS ((rt), (rt, age), (rt, gender), (rt, party), (rt, rank), (rt, area), (rt, health))`);
}

interface ProfileGroup {
  dimension: ProfileDimension;
  label: string;
  /** Whether a row of the counts falls in the group. */
  holds: (r: Row) => boolean;
  /** The filter fields that list the group; null when none can. */
  filter: ((day: CalendarDate) => Partial<RosterListFilter>) | null;
}

/** Which grouping column a row of profileCounts is grouped by (the others are rolled up). */
const GROUPED_BY: Record<string, number> = {
  age: 0b011111,
  gender: 0b101111,
  party: 0b110111,
  rank: 0b111011,
  area: 0b111101,
  health: 0b111110,
};

function profileGroups(ranks: (string | null)[]): ProfileGroup[] {
  const by = (column: string, value: unknown) => (r: Row) =>
    Number(r.grouping) === GROUPED_BY[column] && r[column] === value;
  return [
    {
      dimension: ProfileDimension.TOTAL,
      label: '合计',
      holds: (r) => Number(r.grouping) === 0b111111,
      filter: () => ({}),
    },
    ...AGE_BANDS.map(([from, to]) => ({
      dimension: ProfileDimension.AGE,
      label: to === null ? `${from}岁以上` : from === 0 ? `${to}岁以下` : `${from}–${to}岁`,
      holds: (r: Row) =>
        Number(r.grouping) === GROUPED_BY.age &&
        Number(r.age) >= from &&
        (to === null || Number(r.age) <= to),
      filter: () => ({ ageMin: from === 0 ? null : from, ageMax: to }),
    })),
    ...Object.values(Gender).map((g) => ({
      dimension: ProfileDimension.GENDER,
      label: GENDER_NAMES[g],
      holds: by('gender', g),
      filter: () => ({ gender: g }),
    })),
    ...[true, false].map((party) => ({
      dimension: ProfileDimension.PARTY,
      label: party ? '中共党员' : '非党员',
      holds: by('party', party),
      filter: () => ({ partyMember: party }),
    })),
    ...ranks.map((rank) => ({
      dimension: ProfileDimension.RANK,
      label: rank ?? '未填职级',
      holds: by('rank', rank),
      filter: rank === null ? null : () => ({ rank }),
    })),
    ...Object.values(ResidenceArea).map((area) => ({
      dimension: ProfileDimension.RESIDENCE,
      label: AREA_NAMES[area],
      holds: by('area', area),
      filter: () => ({ residenceArea: area }),
    })),
    ...[...Object.values(HealthStatus), null].map((health) => ({
      dimension: ProfileDimension.HEALTH,
      label: health ? HEALTH_NAMES[health] : '未记录',
      holds: by('health', health),
      filter: health === null ? null : () => ({ healthStatus: health }),
    })),
  ];
}

async function rosterProfile(db: Queryable, scope: Scope, now: Period, before: Period) {
  const [current, previous] = await Promise.all([
    profileCounts(db, scope, now.end),
    profileCounts(db, scope, before.end),
  ]);
  const ranks = [
    ...new Set(
      [...current, ...previous]
        .filter((r) => Number(r.grouping) === GROUPED_BY.rank)
        .map((r) => (r.rank as string | null) ?? null),
    ),
  ].sort(rankOrder);
  const sum = (rows: Row[], holds: (r: Row) => boolean, rt: RetirementType | null) =>
    rows
      .filter((r) => holds(r) && (rt === null || r.rt === rt))
      .reduce((n, r) => n + Number(r.n), 0);
  const rows: RosterProfileRow[] = profileGroups(ranks).map((group) => {
    const cell = (rt: RetirementType | null) => {
      const listed = (p: Period) =>
        group.filter &&
        filterOf(scope, { ...group.filter(p.end), asOf: p.end, retirementType: rt });
      return figure(
        sum(current, group.holds, rt),
        sum(previous, group.holds, rt),
        listed(now),
        listed(before),
      );
    };
    return {
      dimension: group.dimension,
      label: group.label,
      total: cell(null),
      lixiu: cell(RetirementType.LIXIU),
      tuixiu: cell(RetirementType.TUIXIU),
    };
  });
  return { rows };
}

/** 服务保障: visits, coverage, condolence money and budget lines of one year. */
async function serviceFigures(db: Queryable, scope: Scope, p: Period) {
  const { members } = scopeSql(scope);
  // A province-wide reach holds every visit's and payment's member: none is looked up then.
  const inScope = (alias: string) =>
    scope.branch
      ? sql`${raw(alias)}.member_id IN (SELECT m.id FROM member m
          WHERE ${members} AND m.branch_id IN ${subtreeBranchIds(scope.branch.path)})`
      : memberInReach(alias, scope.reach);
  const [visits, [condolence], coverage, funding] = await Promise.all([
    db.run(sql`
    SELECT v.occasion, count(*)::int AS n FROM visit v
    WHERE v.visited_on BETWEEN ${`${p.year}-01-01`}::date AND ${`${p.year}-12-31`}::date
      AND ${inScope('v')}
    GROUP BY 1`),
    db.run(sql`
    SELECT count(DISTINCT d.member_id)::int AS members, coalesce(sum(d.amount_fen), 0) AS fen
    FROM disbursement d
    WHERE d.status = 'PAID' AND d.visit_id IS NOT NULL
      AND d.disbursed_on BETWEEN ${`${p.year}-01-01`}::date AND ${`${p.year}-12-31`}::date
      AND ${inScope('d')}`),
    visitCoverage(db, scope.reach, {
      year: p.year,
      branch: scope.branch,
      today: scope.today,
      byBranch: false,
    }),
    fundingSummary(db, scope.reach, p.year, scope.branch?.key ?? null),
  ]);
  const t = coverage.total;
  return {
    visits: new Map(visits.map((v) => [v.occasion as VisitOccasion, Number(v.n)])),
    tasksDue: t.doneOnTime + t.doneLate + t.missed + t.overdue,
    doneOnTime: t.doneOnTime,
    rate: t.rate,
    condolenceMembers: Number(condolence.members),
    condolenceFen: Number(condolence.fen),
    funding,
  };
}

async function service(
  db: Queryable,
  scope: Scope,
  now: Period,
  before: Period,
): Promise<ServiceTable> {
  const [cur, prev] = await Promise.all([
    serviceFigures(db, scope, now),
    serviceFigures(db, scope, before),
  ]);
  const total = (m: Map<VisitOccasion, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const category = (f: typeof cur.funding, c: BudgetCategory) =>
    f.byCategory.find((x) => x.category === c)!;
  return {
    visits: figure(total(cur.visits), total(prev.visits)),
    visitsByOccasion: Object.values(VisitOccasion).map((occasion) => ({
      occasion,
      visits: figure(cur.visits.get(occasion) ?? 0, prev.visits.get(occasion) ?? 0),
    })),
    tasksDue: figure(cur.tasksDue, prev.tasksDue),
    tasksDoneOnTime: figure(cur.doneOnTime, prev.doneOnTime),
    coverage: rate(cur.rate, prev.rate),
    condolenceMembers: figure(cur.condolenceMembers, prev.condolenceMembers),
    condolenceFen: money(cur.condolenceFen, prev.condolenceFen),
    budgetByCategory: Object.values(BudgetCategory).map((c): CategoryYearFigure => ({
      category: c,
      amountFen: money(category(cur.funding, c).amountFen, category(prev.funding, c).amountFen),
      paidFen: money(category(cur.funding, c).paidFen, category(prev.funding, c).paidFen),
      executionRate: rate(
        category(cur.funding, c).executionRate,
        category(prev.funding, c).executionRate,
      ),
    })),
  };
}

/** A function that runs `work` once, when first called. */
function once<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= work());
}

/**
 * The statutory tables of `year` beside `year − 1`, for the branch's subtree or the caller's
 * reach, each worked out when first asked for: a fixed number of set-based statements per
 * table, whatever the size of the roster.
 */
export function yearReport(
  db: Queryable,
  reach: Reach,
  options: {
    year: number;
    branch: { key: number; path: string; name: string } | null;
    today: CalendarDate;
  },
): YearReport {
  const { year, branch, today } = options;
  const scope: Scope = { reach, branch: branch && { key: branch.key, path: branch.path }, today };
  const now = periodOf(year, today);
  const before = periodOf(year - 1, today);
  const tables = yearTables(db, scope, now, before);
  return {
    scope: scope.branch,
    year,
    branchId: branch ? toGlobalId('Branch', branch.key) : null,
    scopeName: branch?.name ?? (reach.wholeBureau ? '全县' : '本单位'),
    asOf: now.end,
    previousAsOf: before.end,
    tables: {
      rosterChange: once(() => rosterChange(db, scope, now, before)),
      rosterProfile: once(() => rosterProfile(db, scope, now, before)),
      service: once(() => service(db, scope, now, before)),
      partyOrganisation: tables.partyOrganisation,
      roleAndActivities: tables.roleAndActivities,
      yearFigures: tables.year,
    },
  };
}

/** Every table of a report, worked out: for the workbook and the work summary. */
export async function yearReportFigures(
  db: Queryable,
  reach: Reach,
  options: Parameters<typeof yearReport>[2],
): Promise<YearReportFigures> {
  const { tables, ...head } = yearReport(db, reach, options);
  // Sent at once: each table's statements on a connection of their own (a pool's; a
  // transaction's one connection takes them in turn).
  const [rosterChange, rosterProfile, service, partyOrganisation, roleAndActivities, yearFigures] =
    await Promise.all([
      tables.rosterChange(),
      tables.rosterProfile(),
      tables.service(),
      tables.partyOrganisation(),
      tables.roleAndActivities(),
      tables.yearFigures(),
    ]);
  return {
    ...head,
    rosterChange,
    rosterProfile,
    service,
    partyOrganisation,
    roleAndActivities,
    yearFigures,
  };
}
