import type { ApolloCache } from '@apollo/client';

/**
 * A recorded visit, a reported event or a waiver changes lists the cache holds under many
 * filters (the board's sections, the member's tabs, coverage). Dropping them makes every screen
 * that shows one ask the server again, instead of each screen naming the queries to refetch.
 */
export function forgetVisitLists(cache: ApolloCache, memberId: string): void {
  for (const fieldName of ['visitTasks', 'visits', 'visitCoverage']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  const member = cache.identify({ __typename: 'Member', id: memberId });
  if (member) {
    for (const fieldName of ['visitTasks', 'visits', 'lifeEvents']) {
      cache.evict({ id: member, fieldName });
    }
  }
  cache.gc();
}
