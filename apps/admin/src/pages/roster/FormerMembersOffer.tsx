import { Button, Empty } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import './locale';

const FormerMatchesDocument = graphql(`
  query FormerMatches($search: String!) {
    members(first: 0, filter: { search: $search, status: [DECEASED, TRANSFERRED_OUT] }) {
      totalCount
    }
  }
`);

/**
 * The roster shows members on the roll unless asked. A search that finds nobody there may
 * still match former members (deceased or transferred out): say so, and offer to show them.
 */
export function FormerMembersOffer({
  search,
  fallback,
  onShow,
}: {
  search: string;
  fallback: React.ReactNode;
  onShow: () => void;
}) {
  const { t } = useI18n();
  const { data } = useQuery(FormerMatchesDocument, { variables: { search } });
  const former = data?.members.totalCount ?? 0;
  if (!former) return <>{fallback}</>;
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('roster.list.formerOnly', { count: former })}
    >
      <Button type="primary" onClick={onShow}>
        {t('roster.list.showFormer')}
      </Button>
    </Empty>
  );
}
