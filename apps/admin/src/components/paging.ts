import type { RefObject } from 'react';

/**
 * Cursor paging of the console's lists: the page sizes offered, where a list stands, how that
 * reads from and writes to the URL, and the query variables it asks for.
 */
export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

/** Which page of the result: the first, or the one after/before a cursor. */
export type PageCursor = { after: string } | { before: string } | null;

/** Where a list stands; each part has a place in the URL (`size`, `after`/`before`, `page`). */
export interface Paging {
  size: PageSize;
  cursor: PageCursor;
  /**
   * The page's number. With a cursor it is counted along the way (cursors do not carry it);
   * without one it is where the list jumps to (`offset`).
   */
  page: number;
}

/** The server skips at most this many rows to jump to a page (its MAX_OFFSET). */
export const MAX_OFFSET = 10_000;

/** Back to the top: a change of what is shown starts again from the first page. */
export const FIRST_PAGE = { cursor: null, page: 1 } as const;

/** The highest page number a jump can reach with pages of `size`. */
export function lastJumpPage(size: number): number {
  return Math.floor(MAX_OFFSET / size) + 1;
}

/** Reads where a list stands; anything malformed falls back to the first page of 20. */
export function readPaging(params: URLSearchParams): Paging {
  const size = PAGE_SIZES.find((s) => s === Number(params.get('size'))) ?? DEFAULT_PAGE_SIZE;
  const after = params.get('after');
  const before = params.get('before');
  const raw = Number(params.get('page'));
  const page = Number.isInteger(raw) && raw > 1 ? raw : null;
  if (after || before) {
    return { size, cursor: after ? { after } : { before: before! }, page: page ?? 2 };
  }
  return { size, cursor: null, page: page && page <= lastJumpPage(size) ? page : 1 };
}

/** Writes where a list stands into `params`, leaving the defaults out. */
export function writePaging(paging: Paging, params: URLSearchParams): void {
  if (paging.size !== DEFAULT_PAGE_SIZE) params.set('size', String(paging.size));
  if (paging.cursor) {
    if ('after' in paging.cursor) params.set('after', paging.cursor.after);
    else params.set('before', paging.cursor.before);
  }
  if (paging.cursor || paging.page > 1) params.set('page', String(paging.page));
}

/** The connection arguments: forwards from a cursor, backwards before one, or a jump to a page. */
export function pageVariables(
  paging: Paging,
): { first: number; after?: string; offset?: number } | { last: number; before: string } {
  const { cursor, size, page } = paging;
  if (cursor && 'before' in cursor) return { last: size, before: cursor.before };
  if (cursor) return { first: size, after: cursor.after };
  return page > 1 ? { first: size, offset: (page - 1) * size } : { first: size };
}

/** Turns a list to another page and brings the list's top into view. */
export function pageTurner<V extends Paging>(
  setView: (update: (current: V) => V) => void,
  top: RefObject<HTMLElement | null>,
) {
  return (next: Pick<Paging, 'cursor' | 'page'>) => {
    setView((current) => ({ ...current, ...next }));
    top.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  };
}
