import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Empty, Flex, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { AssociationRowFragment } from '../../gql/graphql';
import { CreateAssociationModal } from './CreateAssociationModal';
import { AssociationsDocument } from './queries';
import { leadersOf } from './associations-view';
import './locale';

/** 老年社会团体: the associations by name, their leaders and members, and a year's doings. */
export default function AssociationsPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const thisYear = Number(chinaToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const [creating, setCreating] = useState(false);
  const variables = useMemo(() => ({ year, ...pageVariables(paging) }), [year, paging]);
  const { data, previousData, loading, error, refetch } = useQuery(AssociationsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.associations;
  const name = (a: AssociationRowFragment) => (
    <Link to={`/associations/${encodeURIComponent(a.id)}`} style={touchLink}>
      {a.name}
    </Link>
  );
  const leaders = (a: AssociationRowFragment) =>
    leadersOf(a.current)
      .map((m) => `${t(`associations.role.${m.role}`)} ${m.member!.name}`)
      .join('、') || '—';
  const empty = <Empty description={t('associations.list.empty')} />;
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('associations.list.title')} lead={t('associations.list.lead')} />
        {access.canWriteMembers && access.canAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('associations.new')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('associations.year')}
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
                rowKey={(a) => a.id}
                loading={loading}
                empty={empty}
                label={t('associations.list.table')}
              >
                {(a) => (
                  <ListCard
                    title={name(a)}
                    facts={[
                      {
                        key: 'foundedOn',
                        label: t('associations.field.foundedOn'),
                        value: a.foundedOn ?? '—',
                      },
                      { key: 'leaders', label: t('associations.field.leaders'), value: leaders(a) },
                      {
                        key: 'members',
                        label: t('associations.field.memberCount'),
                        value: a.memberCount,
                      },
                      {
                        key: 'year',
                        label: t('associations.field.year', { year }),
                        value: t('associations.yearText', {
                          activities: a.year.activities,
                          awards: a.year.awards,
                        }),
                      },
                    ]}
                  />
                )}
              </ListCards>
            ) : (
              <Table<AssociationRowFragment>
                rowKey="id"
                size="middle"
                aria-label={t('associations.list.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  { key: 'name', title: t('associations.field.name'), render: (_, a) => name(a) },
                  {
                    key: 'foundedOn',
                    title: t('associations.field.foundedOn'),
                    width: 120,
                    render: (_, a) => a.foundedOn ?? '—',
                  },
                  {
                    key: 'leaders',
                    title: t('associations.field.leaders'),
                    render: (_, a) => leaders(a),
                  },
                  {
                    key: 'members',
                    title: t('associations.field.memberCount'),
                    dataIndex: 'memberCount',
                    align: 'right',
                    width: 100,
                  },
                  {
                    key: 'activities',
                    title: t('associations.field.activities', { year }),
                    align: 'right',
                    width: 130,
                    render: (_, a) => a.year.activities,
                  },
                  {
                    key: 'awards',
                    title: t('associations.field.awards', { year }),
                    align: 'right',
                    width: 130,
                    render: (_, a) => a.year.awards,
                  },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('associations.list.count', { count: connection.totalCount })}
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
      {creating && (
        <CreateAssociationModal onClose={() => setCreating(false)} onSaved={() => void refetch()} />
      )}
    </Flex>
  );
}
