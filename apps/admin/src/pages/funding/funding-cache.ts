import type { ApolloCache } from '@apollo/client';

/**
 * A payment or a changed line moves figures that the cache holds under many filters (the lines
 * and their sums, the year's summary, the payment lists, a member's payments). Dropping them
 * makes every screen showing one ask the server again.
 */
export function forgetFunding(cache: ApolloCache, memberId?: string | null): void {
  for (const fieldName of ['budgets', 'disbursements', 'fundingSummary']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  const member = memberId ? cache.identify({ __typename: 'Member', id: memberId }) : undefined;
  if (member) cache.evict({ id: member, fieldName: 'payments' });
  cache.gc();
}
