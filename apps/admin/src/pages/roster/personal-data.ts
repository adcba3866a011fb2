import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import type { MemberPersonalDataQuery } from '../../gql/graphql';
import { MemberPersonalDataDocument } from './queries';

type MemberNode = Extract<NonNullable<MemberPersonalDataQuery['node']>, { __typename: 'Member' }>;
export type PersonalData = NonNullable<MemberNode['personalData']>;

/** The fields the API masks unless the caller may see them (and then only through personalData). */
export const PERSONAL_FIELDS = [
  'idCardNumber',
  'phone',
  'address',
  'healthNotes',
  'emergencyContactPhone',
] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

export function personalDataOf(data: MemberPersonalDataQuery | undefined): PersonalData | null {
  return data?.node?.__typename === 'Member' ? data.node.personalData : null;
}

/**
 * Shows a member's personal data in full on request. Each look is a deliberate act that the
 * server writes to the audit trail, so it is asked for every time (`no-cache`) and hidden
 * again on request.
 */
export function usePersonalDataReveal(id: string) {
  const [load, { loading, error }] = useLazyQuery(MemberPersonalDataDocument, {
    fetchPolicy: 'no-cache',
  });
  const [shown, setShown] = useState<PersonalData | null>(null);
  const reveal = async () => {
    try {
      const data = personalDataOf((await load({ variables: { id } })).data);
      setShown(data);
      return data;
    } catch {
      // The hook's `error` tells the person what went wrong.
      return null;
    }
  };
  return { shown, reveal, hide: () => setShown(null), loading, error };
}
