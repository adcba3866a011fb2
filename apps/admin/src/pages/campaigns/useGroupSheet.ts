import { useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useWholeList } from '../../components/useWholeList';
import type { CampaignDetailFragment } from '../../gql/graphql';
import { CampaignDocument, CampaignEntriesDocument } from './queries';

/**
 * A group's whole list for a printed sheet (`/campaigns/:id/…?group=`), in route order; with
 * `full`, phones and addresses in full for those who may read them (each read audited).
 */
export function useGroupSheet(full = false) {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const groupId = params.get('group');
  const campaignQuery = useQuery(CampaignDocument, { variables: { id } });
  const node = campaignQuery.data?.node;
  const campaign = node?.__typename === 'Campaign' ? (node as CampaignDetailFragment) : null;
  const group = campaign?.groups.find((g) => g.id === groupId) ?? null;
  const list = useWholeList({
    query: CampaignEntriesDocument,
    variables: (after) => ({
      campaignId: id,
      filter: { workGroupId: groupId },
      first: 100,
      after,
      full,
    }),
    connection: (data) => data.campaignEntries,
    key: `${id}:${groupId}`,
    skip: !groupId,
  });
  return { campaign, group, groupId, campaignQuery, list };
}

export type GroupSheetData = ReturnType<typeof useGroupSheet>;
