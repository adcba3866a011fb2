import { useMemo, useState } from 'react';
import { Card, Empty, Flex, Select, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { VolunteerRankingQuery } from '../../gql/graphql';
import { VolunteerRankingDocument } from './queries';
import { formatHours } from './volunteers-view';
import './locale';

type Standing = VolunteerRankingQuery['volunteerRanking']['nodes'][number];

/** 志愿积分排行: a year's volunteers by hours given, with their points and teams. */
export default function RankingPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const thisYear = Number(chinaToday().slice(0, 4));
  const [year, setYear] = useState(thisYear - 1);
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const variables = useMemo(() => ({ year, ...pageVariables(paging) }), [year, paging]);
  const { data, previousData, loading, error, refetch } = useQuery(VolunteerRankingDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const answer = data ?? previousData;
  const connection = answer?.volunteerRanking;
  const teams = (s: Standing) =>
    s.volunteer?.memberships
      .filter((m) => m.leftOn === null && m.team)
      .map((m) => m.team!.name)
      .join('、') || '—';
  const name = (s: Standing) => (
    <Flex gap={6} wrap>
      {s.volunteer?.name ?? '—'}
      {s.volunteer && !s.volunteer.onRoster && <Tag>{t('volunteers.ranking.offRoster')}</Tag>}
    </Flex>
  );
  const empty = <Empty description={t('volunteers.ranking.empty')} />;
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);

  return (
    <Flex vertical gap={16}>
      <PageTitle
        title={t('volunteers.ranking.title')}
        lead={t('volunteers.ranking.lead', {
          points: answer?.volunteerSettings.pointsPerHour ?? 1,
        })}
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('volunteers.ranking.year')}
            value={year}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y) => {
              setYear(y);
              setPaging((p) => ({ ...p, ...FIRST_PAGE }));
            }}
            style={{ width: 120 }}
          />
        </Flex>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {compact ? (
              <ListCards
                items={connection?.nodes ?? []}
                rowKey={(s) => s.volunteer?.id ?? String(s.rank)}
                loading={loading}
                empty={empty}
                label={t('volunteers.ranking.table')}
              >
                {(s) => (
                  <ListCard
                    title={name(s)}
                    tags={<Tag color="gold">{`#${s.rank}`}</Tag>}
                    facts={[
                      {
                        key: 'hours',
                        label: t('volunteers.ranking.hours'),
                        value: formatHours(s.hours),
                      },
                      {
                        key: 'points',
                        label: t('volunteers.ranking.points'),
                        value: formatHours(s.points),
                      },
                      { key: 'team', label: t('volunteers.ranking.team'), value: teams(s) },
                    ]}
                  />
                )}
              </ListCards>
            ) : (
              <Table<Standing>
                rowKey={(s) => s.volunteer?.id ?? String(s.rank)}
                size="middle"
                aria-label={t('volunteers.ranking.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  {
                    key: 'rank',
                    title: t('volunteers.ranking.rank'),
                    dataIndex: 'rank',
                    width: 80,
                  },
                  { key: 'name', title: t('volunteers.ranking.name'), render: (_, s) => name(s) },
                  { key: 'team', title: t('volunteers.ranking.team'), render: (_, s) => teams(s) },
                  {
                    key: 'hours',
                    title: t('volunteers.ranking.hours'),
                    align: 'right',
                    render: (_, s) => formatHours(s.hours),
                  },
                  {
                    key: 'points',
                    title: t('volunteers.ranking.points'),
                    align: 'right',
                    render: (_, s) => formatHours(s.points),
                  },
                  {
                    key: 'activities',
                    title: t('volunteers.ranking.activities'),
                    dataIndex: 'activities',
                    align: 'right',
                  },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('volunteers.ranking.count', { count: connection.totalCount })}
                paging={paging}
                pageInfo={connection.pageInfo}
                disabled={loading}
                onTurn={(next) => setPaging((p) => ({ ...p, ...next }))}
                onSize={(size) => setPaging({ size, ...FIRST_PAGE })}
              />
            )}
          </>
        )}
      </Card>
    </Flex>
  );
}
