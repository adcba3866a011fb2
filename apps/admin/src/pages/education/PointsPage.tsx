import { useMemo, useState } from 'react';
import { Card, Empty, Flex, Select, Table } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { LearningRankingQuery } from '../../gql/graphql';
import { recordYears } from './education-view';
import { PointsImport } from './PointsImport';
import { LearningRankingDocument } from './queries';
import './locale';

type Rank = LearningRankingQuery['learningRanking']['nodes'][number];

/** 学习积分: the county's ranking of a month or a year, and (for the bureau) the import. */
export default function PointsPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const years = recordYears();
  const [year, setYear] = useState(years[0]);
  // 0: the whole year.
  const [month, setMonth] = useState(0);
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const variables = useMemo(
    () => ({ year, month: month || null, ...pageVariables(paging) }),
    [year, month, paging],
  );
  const { data, previousData, loading, error, refetch } = useQuery(LearningRankingDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.learningRanking;
  const turn =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPaging((p) => ({ ...p, ...FIRST_PAGE }));
    };
  const name = (r: Rank) =>
    r.member ? (
      <Link to={`/roster/${r.member.id}`} style={touchLink}>
        {r.member.name}
      </Link>
    ) : (
      '—'
    );
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('education.points.empty')} />
  );

  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('education.points.title')} lead={t('education.points.lead')} />
      {access.canAdmin && <PointsImport onImported={() => void refetch()} />}
      <Card size="small">
        <Flex gap={8} wrap>
          <Select<number>
            aria-label={t('education.field.year')}
            style={{ width: compact ? '100%' : 120 }}
            value={year}
            onChange={turn((v: number) => setYear(v))}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
          <Select<number>
            aria-label={t('education.points.month')}
            style={{ width: compact ? '100%' : 140 }}
            value={month}
            onChange={turn((v: number) => setMonth(v))}
            options={[
              { value: 0, label: t('education.points.wholeYear') },
              ...Array.from({ length: 12 }, (_, i) => ({
                value: i + 1,
                label: t('education.points.monthValue', { month: i + 1 }),
              })),
            ]}
          />
        </Flex>
      </Card>
      <Card>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {compact ? (
              <ListCards
                items={connection?.nodes ?? []}
                rowKey={(r) => r.member?.id ?? String(r.countyRank)}
                loading={loading}
                empty={empty}
                label={t('education.points.table')}
              >
                {(r) => (
                  <ListCard
                    title={name(r)}
                    facts={[
                      { key: 'rank', label: t('education.points.rank'), value: r.countyRank },
                      { key: 'points', label: t('education.points.points'), value: r.points },
                      {
                        key: 'province',
                        label: t('education.points.provinceRank'),
                        value: r.provinceRank ?? '—',
                      },
                      {
                        key: 'branch',
                        label: t('education.points.branch'),
                        value: r.member?.branch.name ?? '—',
                      },
                    ]}
                  />
                )}
              </ListCards>
            ) : (
              <Table<Rank>
                rowKey={(r) => r.member?.id ?? String(r.countyRank)}
                size="middle"
                aria-label={t('education.points.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  {
                    key: 'rank',
                    title: t('education.points.rank'),
                    dataIndex: 'countyRank',
                    width: 100,
                  },
                  { key: 'name', title: t('education.points.member'), render: (_, r) => name(r) },
                  {
                    key: 'branch',
                    title: t('education.points.branch'),
                    render: (_, r) => r.member?.branch.name ?? '—',
                  },
                  { key: 'points', title: t('education.points.points'), dataIndex: 'points' },
                  {
                    key: 'province',
                    title: t('education.points.provinceRank'),
                    render: (_, r) => r.provinceRank ?? '—',
                  },
                  ...(month === 0
                    ? [{ key: 'months', title: t('education.points.months'), dataIndex: 'months' }]
                    : []),
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('education.points.count', { count: connection.totalCount })}
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
