import type { ApolloCache } from '@apollo/client';
import { forgetVisitLists } from '../../visits/visit-cache';

/**
 * A death, a transfer or an undo changes who is on which list: the roster's pages, the board
 * and the member's own tabs are asked again rather than patched.
 */
export function forgetRosterLists(cache: ApolloCache, memberId: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'members' });
  forgetVisitLists(cache, memberId);
}
