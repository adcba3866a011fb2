import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** How a screen's state is read from and written to the query string. */
export interface UrlCodec<T> {
  parse(params: URLSearchParams): T;
  /** Leave defaults out, so that shared links stay short and readable. */
  format(state: T): URLSearchParams;
}

export interface SetUrlStateOptions {
  /** Replace the history entry instead of adding one (typing in a search box, say). */
  replace?: boolean;
}

/**
 * A screen's state kept in the query string, so that a view can be bookmarked, shared and
 * restored with the Back button. The URL is the only source of truth: nothing is copied into
 * React state that could drift from it.
 */
export function useUrlState<T>(
  codec: UrlCodec<T>,
): [T, (next: T | ((previous: T) => T), options?: SetUrlStateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Parsed once per distinct query string, so the value is stable between renders.
  const state = useMemo(() => codec.parse(new URLSearchParams(search)), [codec, search]);
  const setState = useCallback(
    (next: T | ((previous: T) => T), options: SetUrlStateOptions = {}) => {
      setParams(
        (current) => {
          const previous = codec.parse(current);
          const value = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
          return codec.format(value);
        },
        { replace: options.replace },
      );
    },
    [codec, setParams],
  );
  return [state, setState];
}
