import type { UrlCodec } from '../../../components/useUrlState';
import { isCalendarDate } from '@wanxia/schema';
import type { VisitFilter, VisitOccasion, VisitRecordsQueryVariables } from '../../../gql/graphql';
import {
  DEFAULT_PAGE_SIZE,
  FIRST_PAGE,
  pageVariables,
  readPaging,
  writePaging,
  type Paging,
} from '../../../components/paging';
import { OCCASIONS } from '../occasions';

/** A view of the visits made; every part has a place in the URL. */
export interface RecordsView extends Paging {
  /** Visited from and to (`YYYY-MM-DD`); both null for every date. */
  from: string | null;
  to: string | null;
  /** Any of these occasions; empty for all. */
  occasions: VisitOccasion[];
  /** A branch or general branch: everything below it. */
  branch: string | null;
  /** Made after the task's window (补访), or on time; null for both. */
  late: boolean | null;
  followUp: boolean | null;
  /** The member's name, pinyin, initials or last ID digits (`q`). */
  search: string | null;
  /** A bureau's members (`bureau`), as the dashboard picked. */
  bureau: string | null;
}

export type RecordsFilters = Omit<RecordsView, 'size' | 'cursor' | 'page'>;

/** The first and last day of a year, or of one of its months (1–12). */
export function periodOf(year: number, month?: number): { from: string; to: string } {
  if (!month) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const mm = String(month).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${lastDay}` };
}

/** Nothing narrows the list, not even the dates. */
export const NO_FILTERS: RecordsFilters = {
  from: null,
  to: null,
  occasions: [],
  branch: null,
  late: null,
  followUp: null,
  search: null,
  bureau: null,
};

/** `dates=all`: the dates cleared, as opposed to absent (this year). */
const ALL_DATES = 'all';

const date = (value: string | null) => (value && isCalendarDate(value) ? value : null);
const yesNo = (value: string | null) => (value === '1' ? true : value === '0' ? false : null);

/**
 * The view as a query string (`?from=…&to=…&occasion=HOLIDAY&occasion=ROUTINE&late=1&q=…`).
 * Cleared dates are `dates=all`; with `thisYear`, its dates (the default) are left out.
 */
function formatRecordsView(view: RecordsView, thisYear: number | null): URLSearchParams {
  const params = new URLSearchParams();
  const defaults = thisYear === null ? null : periodOf(thisYear);
  if (!view.from && !view.to) params.set('dates', ALL_DATES);
  else if (view.from !== defaults?.from || view.to !== defaults?.to) {
    if (view.from) params.set('from', view.from);
    if (view.to) params.set('to', view.to);
  }
  for (const occasion of view.occasions) params.append('occasion', occasion);
  if (view.branch) params.set('branch', view.branch);
  if (view.late !== null) params.set('late', view.late ? '1' : '0');
  if (view.followUp !== null) params.set('followUp', view.followUp ? '1' : '0');
  if (view.search) params.set('q', view.search);
  if (view.bureau) params.set('bureau', view.bureau);
  writePaging(view, params);
  return params;
}

/** The view in the URL; no dates at all there means this year's. */
export function recordsViewCodec(thisYear: number): UrlCodec<RecordsView> {
  const defaults = periodOf(thisYear);
  return {
    parse(params) {
      const dated = params.has('from') || params.has('to') || params.get('dates') === ALL_DATES;
      const occasions = params.getAll('occasion');
      return {
        from: dated ? date(params.get('from')) : defaults.from,
        to: dated ? date(params.get('to')) : defaults.to,
        occasions: OCCASIONS.filter((o) => occasions.includes(o)),
        branch: params.get('branch') || null,
        late: yesNo(params.get('late')),
        followUp: yesNo(params.get('followUp')),
        search: params.get('q')?.trim() || null,
        bureau: params.get('bureau') || null,
        ...readPaging(params),
      };
    },
    format: (view) => formatRecordsView(view, thisYear),
  };
}

/** A change of what is shown starts again from the first page. */
export function withRecordsFilters(view: RecordsView, patch: Partial<RecordsView>): RecordsView {
  return { ...view, ...patch, ...FIRST_PAGE };
}

/** Whether anything but the dates narrows the list. */
export function narrowsBeyondDates(view: RecordsFilters): boolean {
  return (
    view.occasions.length > 0 ||
    Boolean(view.branch || view.search || view.bureau) ||
    view.late !== null ||
    view.followUp !== null
  );
}

/** Whether the view differs from the default: this year's visits, all of them. */
export function hasRecordsFilters(view: RecordsFilters, thisYear: number): boolean {
  const year = periodOf(thisYear);
  return view.from !== year.from || view.to !== year.to || narrowsBeyondDates(view);
}

/**
 * The visit records showing these filters, as a link. Its dates are written out, so that a
 * link to a year stays that year's when the calendar turns.
 */
export function visitRecordsLink(filters: Partial<RecordsFilters>): string {
  const view = { ...NO_FILTERS, ...filters, size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE };
  const search = formatRecordsView(view, null).toString();
  return `/visits/records${search ? `?${search}` : ''}`;
}

export function toVisitFilter(view: RecordsView): VisitFilter {
  const filter: VisitFilter = {};
  if (view.from) filter.visitedFrom = view.from;
  if (view.to) filter.visitedTo = view.to;
  if (view.occasions.length) filter.occasion = view.occasions;
  if (view.branch) filter.branchSubtree = view.branch;
  if (view.late !== null) filter.late = view.late;
  if (view.followUp !== null) filter.followUpNeeded = view.followUp;
  if (view.search) filter.search = view.search;
  if (view.bureau) filter.bureauId = view.bureau;
  return filter;
}

/** The variables of the list: forwards from a cursor, or backwards before one. */
export function toRecordsVariables(
  view: RecordsView,
  withPayments: boolean,
): VisitRecordsQueryVariables {
  return { filter: toVisitFilter(view), withPayments, ...pageVariables(view) };
}
