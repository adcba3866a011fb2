import type { UrlCodec } from '../../components/useUrlState';
import type {
  VisitBoardCountsQueryVariables,
  VisitBoardTasksQueryVariables,
  VisitOccasion,
  VisitTaskFilter,
} from '../../gql/graphql';
import { PAGE_SIZES, type PageCursor, type PageSize } from '../roster/roster-view';
import { MUST_VISITS, addDays } from './occasions';

/** The board's three sections: past the window, due within seven days, due later. */
export const SECTIONS = ['overdue', 'week', 'upcoming'] as const;
export type Section = (typeof SECTIONS)[number];

/** Days of "this week", today included. */
export const WEEK_DAYS = 7;

/** Everything that makes a view of the board; each part has a place in the URL. */
export interface BoardView {
  section: Section;
  occasion: VisitOccasion | null;
  /** A branch or general branch: everything below it. */
  branch: string | null;
  /** The member's name, pinyin or last ID digits. */
  search: string | null;
  size: PageSize;
  cursor: PageCursor;
  /** The page's number, for display only: cursors do not carry it. */
  page: number;
}

export const DEFAULT_BOARD: BoardView = {
  section: 'overdue',
  occasion: null,
  branch: null,
  search: null,
  size: 20,
  cursor: null,
  page: 1,
};

export function parseBoardView(params: URLSearchParams): BoardView {
  const section = SECTIONS.find((s) => s === params.get('section'));
  const occasion = MUST_VISITS.find((o) => o === params.get('occasion'));
  const size = PAGE_SIZES.find((s) => s === Number(params.get('size')));
  const after = params.get('after');
  const before = params.get('before');
  const page = Number(params.get('page'));
  return {
    section: section ?? DEFAULT_BOARD.section,
    occasion: occasion ?? null,
    branch: params.get('branch') || null,
    search: params.get('q')?.trim() || null,
    size: size ?? DEFAULT_BOARD.size,
    cursor: after ? { after } : before ? { before } : null,
    page: after || before ? (Number.isInteger(page) && page > 1 ? page : 2) : 1,
  };
}

/** Writes a view to the query string, leaving defaults out. */
export function formatBoardView(view: BoardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.section !== DEFAULT_BOARD.section) params.set('section', view.section);
  if (view.occasion) params.set('occasion', view.occasion);
  if (view.branch) params.set('branch', view.branch);
  if (view.search) params.set('q', view.search);
  if (view.size !== DEFAULT_BOARD.size) params.set('size', String(view.size));
  if (view.cursor) {
    if ('after' in view.cursor) params.set('after', view.cursor.after);
    else params.set('before', view.cursor.before);
    params.set('page', String(view.page));
  }
  return params;
}

export const boardViewCodec: UrlCodec<BoardView> = {
  parse: parseBoardView,
  format: formatBoardView,
};

/** A change of what is shown starts again from the first page. */
export function withBoardFilters(view: BoardView, patch: Partial<BoardView>): BoardView {
  return { ...view, ...patch, cursor: null, page: 1 };
}

export function hasBoardFilters(view: BoardView): boolean {
  return Boolean(view.occasion || view.branch || view.search);
}

/** The API's filter for a section; `today` is China time. */
export function sectionFilter(section: Section, view: BoardView, today: string): VisitTaskFilter {
  const filter: VisitTaskFilter =
    section === 'overdue'
      ? { overdue: true }
      : section === 'week'
        ? { status: ['OPEN'], dueFrom: today, dueTo: addDays(today, WEEK_DAYS - 1) }
        : { status: ['OPEN'], dueFrom: addDays(today, WEEK_DAYS) };
  if (view.occasion) filter.occasion = [view.occasion];
  if (view.branch) filter.branchSubtree = view.branch;
  if (view.search) filter.search = view.search;
  return filter;
}

export function toBoardVariables(view: BoardView, today: string): VisitBoardTasksQueryVariables {
  const paging =
    view.cursor && 'before' in view.cursor
      ? { last: view.size, before: view.cursor.before }
      : { first: view.size, ...(view.cursor ? { after: view.cursor.after } : {}) };
  return { filter: sectionFilter(view.section, view, today), ...paging };
}

export function toCountVariables(view: BoardView, today: string): VisitBoardCountsQueryVariables {
  return {
    overdue: sectionFilter('overdue', view, today),
    week: sectionFilter('week', view, today),
    upcoming: sectionFilter('upcoming', view, today),
  };
}
