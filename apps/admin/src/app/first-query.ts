import { useEffect, useState } from 'react';
import type {
  ApolloClient,
  DocumentNode,
  OperationVariables,
  TypedDocumentNode,
  WatchQueryFetchPolicy,
} from '@apollo/client';

/** The questions a route asked ahead of its screen (see Prefetch), by query and variables. */
const started = new WeakMap<DocumentNode, Set<string>>();

/** Starts a screen's first query before the screen is drawn; the screen shows any failure. */
export function prefetchQuery<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const asked = started.get(query) ?? new Set();
  started.set(query, asked.add(JSON.stringify(variables)));
  client
    .query({ query, variables } as ApolloClient.QueryOptions<TData, TVariables>)
    .catch(() => undefined);
}

interface FetchOptions {
  fetchPolicy: WatchQueryFetchPolicy;
  nextFetchPolicy?: () => WatchQueryFetchPolicy;
}

const ASK: FetchOptions = { fetchPolicy: 'cache-and-network' };
// A function, so that it also decides when the variables change (a policy given as a value
// would then keep 'cache-first'); one function, so the options stay equal between renders.
const FROM_PREFETCH: FetchOptions = {
  fetchPolicy: 'cache-first',
  nextFetchPolicy: () => 'cache-and-network',
};

/**
 * How a screen's query fetches: an answer its route asked for ahead of it is taken from the
 * cache (or the request still under way is joined), once, instead of being asked for again;
 * after that, and for other variables, the cache's answer shows while the network's is asked.
 */
export function usePrefetched(query: DocumentNode, variables: object): FetchOptions {
  const key = JSON.stringify(variables);
  const [prefetched] = useState(() => started.get(query)?.has(key) ?? false);
  useEffect(() => void started.get(query)?.delete(key), [query, key]);
  return prefetched ? FROM_PREFETCH : ASK;
}
