import { useContext } from 'react';
import { ViewerContext } from '../../app/viewer';

/** How many recent 走访人员 entries the visit form offers. */
const KEPT = 5;
const keyOf = (userId: string) => `wanxia.visitors.${userId}`;

/** The visitors this person wrote last, newest first (this browser only). */
export function lastVisitors(userId: string | null): string[] {
  if (!userId) return [];
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(keyOf(userId)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    // A damaged entry is as good as none.
    return [];
  }
}

/** Keeps a saved visit's visitors first in the person's list. */
export function rememberVisitors(userId: string | null, visitors: string): void {
  if (!userId || !visitors) return;
  const next = [visitors, ...lastVisitors(userId).filter((v) => v !== visitors)].slice(0, KEPT);
  localStorage.setItem(keyOf(userId), JSON.stringify(next));
}

/** The signed-in person's id, when there is one (an API token has none). */
export function useSignedInUserId(): string | null {
  return useContext(ViewerContext)?.viewer.user?.id ?? null;
}
