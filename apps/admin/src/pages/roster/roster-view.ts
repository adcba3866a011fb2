import type { UrlCodec } from '../../components/useUrlState';
import { enumValues, monthDayRange } from '@wanxia/schema';
import {
  DEFAULT_PAGE_SIZE,
  FIRST_PAGE,
  pageVariables,
  readPaging,
  writePaging,
  type Paging,
} from '../../components/paging';
import type {
  Gender,
  HealthStatus,
  MemberFilter,
  MemberOrderField,
  MemberStatus,
  OrderDirection,
  ResidenceArea,
  RetirementType,
  RosterMembersQueryVariables,
  RosterMovement,
} from '../../gql/graphql';

/**
 * The yearly report's cells open the list behind them: the roster on a past day (`asOf`) or
 * its movements in a period (`movement`, `from`, `to`), with the groups of its tables.
 */
export interface ReportListFilter {
  asOf: string | null;
  movement: { kind: RosterMovement; from: string; to: string } | null;
  gender: Gender | null;
  rank: string | null;
  partyMember: boolean | null;
  residenceArea: ResidenceArea | null;
  healthStatus: HealthStatus | null;
}

export const NO_REPORT_FILTER: ReportListFilter = {
  asOf: null,
  movement: null,
  gender: null,
  rank: null,
  partyMember: null,
  residenceArea: null,
  healthStatus: null,
};

export const SORT_FIELDS: readonly MemberOrderField[] = [
  'NAME',
  'BIRTH_DATE',
  'PARTY_JOIN_DATE',
  'UPDATED_AT',
];

/** Everything that makes a view of the roster; each part has a place in the URL. */
export interface RosterView extends Paging {
  /** A Chinese name, its pinyin or initials, or the last digits of an ID number (`q`). */
  search: string;
  /** A branch or general branch: everything below it (`branch`). */
  branch: string | null;
  /** A bureau: the branches of it and of those below it (`bureau`), as the dashboard picked. */
  bureau: string | null;
  /** ACTIVE unless asked (`status`), `ALL` for every status. */
  status: MemberStatus | 'ALL';
  retirementType: RetirementType | null;
  ageMin: number | null;
  ageMax: number | null;
  partyYearsAtLeast: number | null;
  partyYearsAtMost: number | null;
  /** `birthdays=month`: born in the current month of the year. */
  birthdaysThisMonth: boolean;
  /** `medal=1`: eligible for 光荣在党50年 this year. */
  medal: boolean;
  /** A report cell's list (`asOf`, `movement`, `gender`, `rank`, `party`, `residence`, `health`). */
  report: ReportListFilter;
  sort: { field: MemberOrderField; direction: OrderDirection } | null;
}

export const DEFAULT_VIEW: RosterView = {
  search: '',
  branch: null,
  bureau: null,
  status: 'ACTIVE',
  retirementType: null,
  ageMin: null,
  ageMax: null,
  partyYearsAtLeast: null,
  partyYearsAtMost: null,
  birthdaysThisMonth: false,
  medal: false,
  report: NO_REPORT_FILTER,
  sort: null,
  size: DEFAULT_PAGE_SIZE,
  ...FIRST_PAGE,
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A whole number from 0 to 150, as the API accepts for ages and party years. */
function years(value: string | null): number | null {
  if (value === null || !/^\d{1,3}$/.test(value)) return null;
  const n = Number(value);
  return n <= 150 ? n : null;
}

/** A calendar date YYYY-MM-DD, or null. */
function day(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function readReportFilter(params: URLSearchParams): ReportListFilter {
  const kind = oneOf(params.get('movement'), enumValues('RosterMovement'));
  const [from, to] = [day(params.get('from')), day(params.get('to'))];
  const party = params.get('party');
  return {
    asOf: day(params.get('asOf')),
    movement: kind && from && to ? { kind, from, to } : null,
    gender: oneOf(params.get('gender'), enumValues('Gender')),
    rank: params.get('rank')?.trim() || null,
    partyMember: party === '1' ? true : party === '0' ? false : null,
    residenceArea: oneOf(params.get('residence'), enumValues('ResidenceArea')),
    healthStatus: oneOf(params.get('health'), enumValues('HealthStatus')),
  };
}

/**
 * Today's roster shows members on the roll unless asked; a past day's or a period's list holds
 * those who have left since, so it shows every status unless asked.
 */
function defaultStatus(report: ReportListFilter): RosterView['status'] {
  return report.asOf || report.movement ? 'ALL' : 'ACTIVE';
}

/** Reads a view from the query string; anything malformed falls back to its default. */
export function parseRosterView(params: URLSearchParams): RosterView {
  const statusParam = params.get('status');
  const sortField = oneOf(params.get('sort'), SORT_FIELDS);
  const report = readReportFilter(params);
  return {
    search: params.get('q')?.trim() ?? '',
    branch: params.get('branch') || null,
    bureau: params.get('bureau') || null,
    report,
    status:
      statusParam === 'ALL'
        ? 'ALL'
        : (oneOf(statusParam, enumValues('MemberStatus')) ?? defaultStatus(report)),
    retirementType: oneOf(params.get('retirementType'), enumValues('RetirementType')),
    ageMin: years(params.get('ageMin')),
    ageMax: years(params.get('ageMax')),
    partyYearsAtLeast: years(params.get('partyYears')),
    partyYearsAtMost: years(params.get('partyYearsMax')),
    birthdaysThisMonth: params.get('birthdays') === 'month',
    medal: params.get('medal') === '1',
    sort: sortField
      ? { field: sortField, direction: params.get('dir') === 'DESC' ? 'DESC' : 'ASC' }
      : null,
    ...readPaging(params),
  };
}

/** Writes a view to the query string, leaving defaults out. */
export function formatRosterView(view: RosterView): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null | false) => {
    if (value !== null && value !== false && value !== '') params.set(key, String(value));
  };
  set('q', view.search.trim());
  set('branch', view.branch);
  set('bureau', view.bureau);
  const { report } = view;
  set('status', view.status === defaultStatus(report) ? null : view.status);
  set('asOf', report.asOf);
  if (report.movement) {
    set('movement', report.movement.kind);
    set('from', report.movement.from);
    set('to', report.movement.to);
  }
  set('gender', report.gender);
  set('rank', report.rank);
  set('party', report.partyMember === null ? null : report.partyMember ? '1' : '0');
  set('residence', report.residenceArea);
  set('health', report.healthStatus);
  set('retirementType', view.retirementType);
  set('ageMin', view.ageMin);
  set('ageMax', view.ageMax);
  set('partyYears', view.partyYearsAtLeast);
  set('partyYearsMax', view.partyYearsAtMost);
  set('birthdays', view.birthdaysThisMonth && 'month');
  set('medal', view.medal && '1');
  if (view.sort) {
    set('sort', view.sort.field);
    set('dir', view.sort.direction === 'DESC' ? 'DESC' : null);
  }
  writePaging(view, params);
  return params;
}

export const rosterViewCodec: UrlCodec<RosterView> = {
  parse: parseRosterView,
  format: formatRosterView,
};

/** A change of what is shown starts again from the first page. */
export function withFilters(view: RosterView, patch: Partial<RosterView>): RosterView {
  return { ...view, ...patch, ...FIRST_PAGE };
}

/** The search and the filters of the filter row: what "clear filters" sets back. */
const FILTER_ROW = [
  'search',
  'branch',
  'status',
  'retirementType',
  'ageMin',
  'ageMax',
  'partyYearsAtLeast',
  'partyYearsAtMost',
  'birthdaysThisMonth',
  'medal',
] as const satisfies readonly (keyof RosterView)[];

/** What "clear filters" sets: the search and every filter of the filter row as by default. */
export const NO_FILTERS: Partial<RosterView> = Object.fromEntries(
  FILTER_ROW.map((key) => [key, DEFAULT_VIEW[key]]),
);

/** How many of the filters beside the search are set (an age range counts once): a phone's badge. */
export function filterCount(view: RosterView): number {
  return [
    view.branch !== null,
    view.status !== 'ACTIVE',
    view.retirementType !== null,
    view.ageMin !== null || view.ageMax !== null,
    view.partyYearsAtLeast !== null || view.partyYearsAtMost !== null,
    view.birthdaysThisMonth,
    view.medal,
  ].filter(Boolean).length;
}

export function hasFilters(view: RosterView): boolean {
  const f = formatRosterView({ ...view, sort: null, size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  return [...f.keys()].length > 0;
}

/** The API's filter for a view; `today` (China time) anchors "this month". */
export function toMemberFilter(view: RosterView, today: string): MemberFilter {
  const filter: MemberFilter = {};
  if (view.search) filter.search = view.search;
  if (view.branch) filter.branchSubtree = view.branch;
  if (view.bureau) filter.bureauId = view.bureau;
  if (view.status !== 'ALL') filter.status = [view.status];
  if (view.retirementType) filter.retirementType = view.retirementType;
  if (view.ageMin !== null) filter.ageMin = view.ageMin;
  if (view.ageMax !== null) filter.ageMax = view.ageMax;
  if (view.partyYearsAtLeast !== null) filter.partyYearsAtLeast = view.partyYearsAtLeast;
  if (view.partyYearsAtMost !== null) filter.partyYearsAtMost = view.partyYearsAtMost;
  if (view.birthdaysThisMonth) {
    const { from, to } = monthDayRange(today);
    filter.birthdayFrom = from;
    filter.birthdayTo = to;
  }
  if (view.medal) filter.eligibleForMedal = 'PARTY_50_YEARS';
  const { report } = view;
  if (report.asOf) filter.asOf = report.asOf;
  if (report.movement) filter.movement = report.movement;
  if (report.gender) filter.gender = report.gender;
  if (report.rank) filter.rank = report.rank;
  if (report.partyMember !== null) filter.partyMember = report.partyMember;
  if (report.residenceArea) filter.residenceArea = report.residenceArea;
  if (report.healthStatus) filter.healthStatus = report.healthStatus;
  return filter;
}

/** The variables of the roster query: forwards from a cursor, or backwards before one. */
export function toRosterVariables(view: RosterView, today: string): RosterMembersQueryVariables {
  return {
    filter: toMemberFilter(view, today),
    ...(view.sort ? { orderBy: view.sort } : {}),
    ...pageVariables(view),
  };
}
