import { useCallback, useEffect, useRef } from 'react';

/**
 * `callback`, called only once the calls have paused for `delay` ms: a search box asks the
 * server once per word, not once per keystroke. A pending call is dropped on unmount.
 */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delay: number,
): { call: (...args: A) => void; cancel: () => void } {
  const latest = useRef(callback);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  const call = useCallback(
    (...args: A) => {
      cancel();
      timer.current = setTimeout(() => {
        timer.current = null;
        latest.current(...args);
      }, delay);
    },
    [cancel, delay],
  );
  useEffect(() => cancel, [cancel]);
  return { call, cancel };
}
