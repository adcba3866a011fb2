import type { UrlCodec } from '../../components/useUrlState';
import type {
  VisitBoardCountsQueryVariables,
  VisitBoardTasksQueryVariables,
  VisitOccasion,
  VisitTaskFilter,
} from '../../gql/graphql';
import {
  DEFAULT_PAGE_SIZE,
  FIRST_PAGE,
  pageVariables,
  readPaging,
  writePaging,
  type Paging,
} from '../../components/paging';
import { MUST_VISITS, addDays } from './occasions';

/** The board's three sections: past the window, due within seven days, due later. */
export const SECTIONS = ['overdue', 'week', 'upcoming'] as const;
export type Section = (typeof SECTIONS)[number];

/** Days of "this week", today included. */
export const WEEK_DAYS = 7;

/** Everything that makes a view of the board; each part has a place in the URL. */
export interface BoardView extends Paging {
  section: Section;
  occasion: VisitOccasion | null;
  /** A branch or general branch: everything below it. */
  branch: string | null;
  /** The member's name, pinyin or last ID digits. */
  search: string | null;
  /** A bureau's members (`bureau`), as the dashboard picked. */
  bureau: string | null;
}

export const DEFAULT_BOARD: BoardView = {
  section: 'overdue',
  occasion: null,
  branch: null,
  search: null,
  bureau: null,
  size: DEFAULT_PAGE_SIZE,
  ...FIRST_PAGE,
};

export function parseBoardView(params: URLSearchParams): BoardView {
  const section = SECTIONS.find((s) => s === params.get('section'));
  const occasion = MUST_VISITS.find((o) => o === params.get('occasion'));
  return {
    section: section ?? DEFAULT_BOARD.section,
    occasion: occasion ?? null,
    branch: params.get('branch') || null,
    search: params.get('q')?.trim() || null,
    bureau: params.get('bureau') || null,
    ...readPaging(params),
  };
}

/** Writes a view to the query string, leaving defaults out. */
export function formatBoardView(view: BoardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.section !== DEFAULT_BOARD.section) params.set('section', view.section);
  if (view.occasion) params.set('occasion', view.occasion);
  if (view.branch) params.set('branch', view.branch);
  if (view.search) params.set('q', view.search);
  if (view.bureau) params.set('bureau', view.bureau);
  writePaging(view, params);
  return params;
}

export const boardViewCodec: UrlCodec<BoardView> = {
  parse: parseBoardView,
  format: formatBoardView,
};

/** A change of what is shown starts again from the first page. */
export function withBoardFilters(view: BoardView, patch: Partial<BoardView>): BoardView {
  return { ...view, ...patch, ...FIRST_PAGE };
}

export function hasBoardFilters(view: BoardView): boolean {
  return Boolean(view.occasion || view.branch || view.search || view.bureau);
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
  if (view.bureau) filter.bureauId = view.bureau;
  return filter;
}

export function toBoardVariables(view: BoardView, today: string): VisitBoardTasksQueryVariables {
  return { filter: sectionFilter(view.section, view, today), ...pageVariables(view) };
}

export function toCountVariables(view: BoardView, today: string): VisitBoardCountsQueryVariables {
  return {
    overdue: sectionFilter('overdue', view, today),
    week: sectionFilter('week', view, today),
    upcoming: sectionFilter('upcoming', view, today),
  };
}
