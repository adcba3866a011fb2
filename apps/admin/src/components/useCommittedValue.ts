import { useEffect, useState } from 'react';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `value` as of the last committed render. React Router 7 applies navigations inside a
 * transition, and Apollo's `useQuery` starts its request from within the render when its
 * variables change. When Apollo's own loading update interrupts that transition render, React
 * renders the old URL again and the query flips back and forth between the old and the new
 * variables. Giving `useQuery` only committed values (one render later) avoids that.
 */
export function useCommittedValue<T>(value: T, isEqual: (a: T, b: T) => boolean = sameJson): T {
  const [committed, setCommitted] = useState(value);
  useEffect(() => {
    setCommitted((previous) => (isEqual(previous, value) ? previous : value));
  }, [value, isEqual]);
  return committed;
}
