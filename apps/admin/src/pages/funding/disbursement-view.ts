import type { UrlCodec } from '../../components/useUrlState';
import { isCalendarDate } from '@wanxia/schema';
import type {
  BudgetCategory,
  DisbursementFilter,
  DisbursementStatus,
  FundingDisbursementsQueryVariables,
} from '../../gql/graphql';
import {
  DEFAULT_PAGE_SIZE,
  FIRST_PAGE,
  pageVariables,
  readPaging,
  writePaging,
  type Paging,
} from '../../components/paging';
import { STATUSES } from './labels';
import { readCategory, readYear } from './lines-view';

/**
 * Whether someone may approve a draft: not one they registered, unless the settings allow it
 * (the server refuses it as SELF_APPROVAL). Registrations name their creator as named then.
 */
export function mayApprove(
  draft: { createdBy: string },
  me: string | undefined,
  allowSelfApproval: boolean,
): boolean {
  return allowSelfApproval || draft.createdBy !== me;
}

/** A view of the payments; every part has a place in the URL. */
export interface DisbursementView extends Paging {
  /** The year of the line paid from. */
  year: number | null;
  /** A budget line (`budget`). */
  budget: string | null;
  category: BudgetCategory | null;
  /** Paid to the branch or a member of it, or from its lines. */
  branch: string | null;
  status: DisbursementStatus | null;
  /** The day of the payment, from and to (`YYYY-MM-DD`). */
  from: string | null;
  to: string | null;
  member: string | null;
  /** Paid from a bureau's lines (`bureau`), as the dashboard or the budgets picked. */
  bureau: string | null;
}

export type DisbursementFilters = Omit<DisbursementView, 'size' | 'cursor' | 'page'>;

export const NO_FILTERS: DisbursementFilters = {
  year: null,
  budget: null,
  category: null,
  branch: null,
  status: null,
  from: null,
  to: null,
  member: null,
  bureau: null,
};

const date = (value: string | null) => (value && isCalendarDate(value) ? value : null);

export function parseDisbursementView(params: URLSearchParams): DisbursementView {
  const year = readYear(params.get('year'), 0);
  const status = params.get('status');
  return {
    year: year || null,
    budget: params.get('budget') || null,
    category: readCategory(params.get('category')),
    branch: params.get('branch') || null,
    status: STATUSES.find((s) => s === status) ?? null,
    from: date(params.get('from')),
    to: date(params.get('to')),
    member: params.get('member') || null,
    bureau: params.get('bureau') || null,
    ...readPaging(params),
  };
}

export function formatDisbursementView(view: DisbursementView): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null) => {
    if (value !== null && value !== '') params.set(key, String(value));
  };
  set('year', view.year);
  set('budget', view.budget);
  set('category', view.category);
  set('branch', view.branch);
  set('status', view.status);
  set('from', view.from);
  set('to', view.to);
  set('member', view.member);
  set('bureau', view.bureau);
  writePaging(view, params);
  return params;
}

export const disbursementViewCodec: UrlCodec<DisbursementView> = {
  parse: parseDisbursementView,
  format: formatDisbursementView,
};

/** A change of what is shown starts again from the first page. */
export function withDisbursementFilters(
  view: DisbursementView,
  patch: Partial<DisbursementFilters>,
): DisbursementView {
  return { ...view, ...patch, ...FIRST_PAGE };
}

export function hasDisbursementFilters(view: DisbursementView): boolean {
  return (Object.keys(NO_FILTERS) as (keyof DisbursementFilters)[]).some((k) => view[k] !== null);
}

/** The payments page showing these filters, as a link. */
export function disbursementsLink(filters: Partial<DisbursementFilters>): string {
  const search = formatDisbursementView({
    ...NO_FILTERS,
    ...filters,
    size: DEFAULT_PAGE_SIZE,
    ...FIRST_PAGE,
  }).toString();
  return `/funding/disbursements${search ? `?${search}` : ''}`;
}

export function toDisbursementFilter(view: DisbursementView): DisbursementFilter {
  const filter: DisbursementFilter = {};
  if (view.year !== null) filter.year = view.year;
  if (view.budget) filter.budgetId = view.budget;
  if (view.category) filter.category = [view.category];
  if (view.branch) filter.branchId = view.branch;
  if (view.status) filter.status = [view.status];
  if (view.from) filter.dateFrom = view.from;
  if (view.to) filter.dateTo = view.to;
  if (view.member) filter.memberId = view.member;
  if (view.bureau) filter.bureauId = view.bureau;
  return filter;
}

/** The variables of the list: forwards from a cursor, or backwards before one. */
export function toDisbursementVariables(
  view: DisbursementView,
): FundingDisbursementsQueryVariables {
  return { filter: toDisbursementFilter(view), ...pageVariables(view) };
}
