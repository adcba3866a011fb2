import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';

/** A connection page, as the screens select it: its items and where the next page starts. */
export interface PageLike<T> {
  nodes: readonly T[];
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface WholeList<T> {
  /** Every record, or null before the first load (and while skipped). */
  nodes: T[] | null;
  loading: boolean;
  error: Error | null;
  /** Loads the list again; the previous one stays on screen until the new one is whole. */
  reload: () => Promise<void>;
}

/**
 * Every page of a connection, asked for one after another. The server caps a page at 100
 * (API.md); the screens using this show all records at once (≈150 branches, a few dozen
 * accounts or tokens) so that the tree, sorting and filtering see every one of them.
 *
 * Pages come from the network each time: after a change the list must be the server's, not the
 * cache's. A newer load (or `key` change) discards the answers of an older one.
 */
export function useWholeList<TData, TVariables extends OperationVariables, TNode>({
  query,
  variables,
  connection,
  key = '',
  skip = false,
}: {
  query: TypedDocumentNode<TData, TVariables>;
  /** The variables for the page that starts after `after` (null: the first page). */
  variables: (after: string | null) => TVariables;
  connection: (data: TData) => PageLike<TNode>;
  /** Loading starts over when this changes: put the filters here. */
  key?: string;
  skip?: boolean;
}): WholeList<TNode> {
  const client = useApolloClient();
  const generation = useRef(0);
  const latest = useRef({ query, variables, connection });
  const [state, setState] = useState<Omit<WholeList<TNode>, 'reload'>>({
    nodes: null,
    loading: !skip,
    error: null,
  });

  useEffect(() => {
    latest.current = { query, variables, connection };
  });

  const load = useCallback(async () => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    try {
      const all: TNode[] = [];
      let after: string | null = null;
      for (;;) {
        const { query, variables, connection } = latest.current;
        const { data } = await client.query({
          query,
          variables: variables(after),
          fetchPolicy: 'network-only',
        });
        if (mine !== generation.current) return;
        if (!data) throw new Error('No data');
        const page = connection(data);
        all.push(...page.nodes);
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
      setState({ nodes: all, loading: false, error: null });
    } catch (e: unknown) {
      if (mine !== generation.current) return;
      const error = e instanceof Error ? e : new Error(String(e));
      setState((previous) => ({ ...previous, loading: false, error }));
    }
  }, [client]);

  useEffect(() => {
    if (skip) {
      generation.current += 1;
      setState({ nodes: null, loading: false, error: null });
      return;
    }
    void load();
  }, [skip, key, load]);

  return { ...state, reload: load };
}
