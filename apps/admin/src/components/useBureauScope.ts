import { useEffect, useEffectEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../app/i18n';
import { useFeedback } from './feedback';
import type { UrlCodec } from './useUrlState';
import type { ScopeBureauQuery } from '../gql/graphql';

/** The bureau a county-level page is narrowed to, in its address: `?bureau=<id>`. */
export function readBureau(params: URLSearchParams): string | null {
  return params.get('bureau') || null;
}

/** Adds the bureau to a page's query string (left out for the viewer's whole reach). */
export function writeBureau(params: URLSearchParams, bureauId: string | null): URLSearchParams {
  if (bureauId) params.set('bureau', bureauId);
  return params;
}

/** A page whose only state in the query string is the bureau. */
export const bureauCodec: UrlCodec<string | null> = {
  parse: readBureau,
  format: (bureauId) => writeBureau(new URLSearchParams(), bureauId),
};

export const ScopeBureauDocument = graphql(`
  query ScopeBureau($id: ID!) {
    node(id: $id) {
      __typename
      ... on Bureau {
        id
        name
        level
      }
    }
  }
`);

export type ScopeBureau = Extract<NonNullable<ScopeBureauQuery['node']>, { __typename: 'Bureau' }>;

/**
 * A bureau by id, as far as it lies within the viewer's reach: null while unknown, for no id,
 * or when the id names nothing the viewer reaches (`missing`).
 */
export function useBureau(bureauId: string | null): {
  bureau: ScopeBureau | null;
  missing: boolean;
  settled: boolean;
} {
  const { data, error } = useQuery(ScopeBureauDocument, {
    variables: { id: bureauId ?? '' },
    skip: !bureauId,
  });
  const node = data?.node;
  const bureau = node?.__typename === 'Bureau' && node.id === bureauId ? node : null;
  const missing = Boolean(bureauId) && data !== undefined && !bureau;
  // On a failed look-up the page asks anyway: its own query then shows the error.
  return { bureau, missing, settled: !bureauId || Boolean(bureau) || missing || Boolean(error) };
}

/**
 * The bureau the address narrows a page to, checked before the page asks for figures with it
 * (`ready`). One that is unknown or outside the reach is taken out of the address by `drop`, so
 * the viewer's own scope shows, and a notice says so.
 */
export function useBureauScope(
  bureauId: string | null,
  drop: () => void,
): { bureau: ScopeBureau | null; ready: boolean } {
  const { t } = useI18n();
  const { message } = useFeedback();
  const { bureau, missing, settled } = useBureau(bureauId);
  const fallBack = useEffectEvent(() => {
    message.warning(t('bureau.outOfReach'));
    drop();
  });
  useEffect(() => {
    if (missing) fallBack();
  }, [missing]);
  return { bureau, ready: settled && !missing };
}
