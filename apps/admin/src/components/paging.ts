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
  /** The page's number, for display only: cursors do not carry it. */
  page: number;
}

/** Back to the top: a change of what is shown starts again from the first page. */
export const FIRST_PAGE = { cursor: null, page: 1 } as const;

/** Reads where a list stands; anything malformed falls back to the first page of 20. */
export function readPaging(params: URLSearchParams): Paging {
  const size = PAGE_SIZES.find((s) => s === Number(params.get('size')));
  const after = params.get('after');
  const before = params.get('before');
  const page = Number(params.get('page'));
  return {
    size: size ?? DEFAULT_PAGE_SIZE,
    cursor: after ? { after } : before ? { before } : null,
    page: after || before ? (Number.isInteger(page) && page > 1 ? page : 2) : 1,
  };
}

/** Writes where a list stands into `params`, leaving the defaults out. */
export function writePaging(paging: Paging, params: URLSearchParams): void {
  if (paging.size !== DEFAULT_PAGE_SIZE) params.set('size', String(paging.size));
  if (!paging.cursor) return;
  if ('after' in paging.cursor) params.set('after', paging.cursor.after);
  else params.set('before', paging.cursor.before);
  params.set('page', String(paging.page));
}

/** The connection arguments: forwards from a cursor, or backwards before one. */
export function pageVariables(
  paging: Paging,
): { first: number; after?: string } | { last: number; before: string } {
  const { cursor, size } = paging;
  if (cursor && 'before' in cursor) return { last: size, before: cursor.before };
  return { first: size, ...(cursor ? { after: cursor.after } : {}) };
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
