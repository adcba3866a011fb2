import type { UrlCodec } from '../../components/useUrlState';
import type { BranchFilter, DemonstrationLevel } from '../../gql/graphql';

export const LEVELS: readonly DemonstrationLevel[] = ['PROVINCIAL', 'CITY', 'COUNTY'];

/** A demonstration level, any level at all, or none. */
export type LevelFilter = DemonstrationLevel | 'ANY' | 'NONE';
const LEVEL_FILTERS: readonly LevelFilter[] = [...LEVELS, 'ANY', 'NONE'];

/** What the branches screen shows, kept in the address so a view can be shared and returned to. */
export interface BranchView {
  search: string;
  level: LevelFilter | null;
  home: boolean | null;
  /** The selected branch. */
  id: string | null;
  /** A bureau's tree (`bureau`), as the dashboard picked. */
  bureau: string | null;
}

export const branchViewCodec: UrlCodec<BranchView> = {
  parse(params) {
    const level = params.get('level');
    const home = params.get('home');
    return {
      search: params.get('q') ?? '',
      level: LEVEL_FILTERS.find((l) => l === level) ?? null,
      home: home === '1' ? true : home === '0' ? false : null,
      id: params.get('id') || null,
      bureau: params.get('bureau') || null,
    };
  },
  format(view) {
    const params = new URLSearchParams();
    if (view.search.trim()) params.set('q', view.search.trim());
    if (view.level) params.set('level', view.level);
    if (view.home !== null) params.set('home', view.home ? '1' : '0');
    if (view.id) params.set('id', view.id);
    if (view.bureau) params.set('bureau', view.bureau);
    return params;
  },
};

/** The tree the view shows: a bureau's, or (null) the whole tree in reach. */
export function treeFilter(view: BranchView): BranchFilter | null {
  return view.bureau ? { bureauId: view.bureau } : null;
}

/** The server's filter for the matches within that tree, or null when nothing narrows it. */
export function serverFilter(view: BranchView): BranchFilter | null {
  const filter: BranchFilter = {};
  const search = view.search.trim();
  if (search) filter.search = search;
  if (view.level === 'ANY') filter.isDemonstration = true;
  else if (view.level === 'NONE') filter.isDemonstration = false;
  else if (view.level) filter.demonstrationLevel = view.level;
  if (view.home !== null) filter.hasMembersHome = view.home;
  return Object.keys(filter).length ? { ...filter, ...treeFilter(view) } : null;
}
