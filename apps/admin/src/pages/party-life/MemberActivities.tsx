import { useState } from 'react';
import { Empty, List, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { CursorPager } from '../../components/CursorPager';
import { PageState } from '../../components/PageState';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { ActivitiesDocument } from './queries';
import { organiserName, timeRange } from './party-life-view';
import './locale';

/** The member page's 活动 tab: the activities they took part in, latest first. */
export function MemberActivities({ memberId }: { memberId: string }) {
  const { t } = useI18n();
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const { data, previousData, loading, error, refetch } = useQuery(ActivitiesDocument, {
    variables: { filter: { participantId: memberId }, ...pageVariables(paging) },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.activities;
  if (error && !connection) return <PageState error={error} onRetry={() => void refetch()} />;
  return (
    <section aria-label={t('partyLife.member.list')}>
      <List
        size="small"
        loading={loading && !connection}
        dataSource={connection?.nodes ?? []}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyLife.member.empty')} />
          ),
        }}
        renderItem={(a) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  <Tag>{t(`partyLife.kind.${a.kind}`)}</Tag>
                  {a.title}
                </>
              }
              description={[
                timeRange(a.startsAt, a.endsAt),
                organiserName(a.organiser) ?? t('partyLife.bureau'),
                a.place,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </List.Item>
        )}
      />
      {connection && connection.totalCount > 0 && (
        <CursorPager
          total={connection.totalCount}
          totalText={t('partyLife.activities.count', { count: connection.totalCount })}
          paging={paging}
          pageInfo={connection.pageInfo}
          disabled={loading}
          onTurn={(next) => setPaging((p) => ({ ...p, ...next }))}
          onSize={(size) => setPaging({ size, ...FIRST_PAGE })}
        />
      )}
    </section>
  );
}
