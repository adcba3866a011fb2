import { useEffect, useRef, useState } from 'react';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';

/**
 * A text or number box that keeps what is being typed to itself and hands it on once typing
 * pauses (or at once on Enter or leaving the box). It follows the URL when that changes from
 * elsewhere (Back, "clear filters"), but not when the URL merely echoes its own value.
 */
export function useCommittedInput<T>(value: T, onCommit: (value: T) => void, delay: number) {
  const [draft, setDraft] = useState<T>(value);
  const committed = useRef<T>(value);
  const { call, cancel } = useDebouncedCallback((next: T) => commit(next), delay);
  const commit = (next: T) => {
    cancel();
    if (Object.is(next, committed.current)) return;
    committed.current = next;
    onCommit(next);
  };
  useEffect(() => {
    if (Object.is(value, committed.current)) return;
    committed.current = value;
    setDraft(value);
  }, [value]);
  return {
    draft,
    change: (next: T) => {
      setDraft(next);
      call(next);
    },
    commitNow: () => commit(draft),
  };
}
