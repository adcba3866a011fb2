import { useSyncExternalStore } from 'react';

/**
 * Phones and tablets held upright (below Ant Design's `lg`, 992 px): the menu becomes a
 * drawer, lists become cards and dialogs fill the screen. Read synchronously, so a desktop
 * never renders the phone layout for a moment first.
 */
export const COMPACT_QUERY = '(max-width: 991.98px)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(COMPACT_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function useCompact(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(COMPACT_QUERY).matches,
    () => false,
  );
}
