import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { chinaToday, formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ExportButton } from '../../components/ExportButton';
import { ListCard, ListCards } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { VolunteerActivityRowFragment } from '../../gql/graphql';
import { timeRange } from '../party-life/party-life-view';
import { VolunteerActivityForm } from './VolunteerActivityForm';
import { VolunteerActivitiesDocument } from './queries';
import { formatHours } from './volunteers-view';
import '../party-life/locale';
import './locale';

/** 志愿活动: the volunteer teams' activities, latest first, by year, with what came of them. */
export default function VolunteerActivitiesPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const thisYear = Number(chinaToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const [recording, setRecording] = useState(false);
  const variables = useMemo(
    () => ({
      filter: { organiserKind: 'TEAM' as const, from: `${year}-01-01`, to: `${year}-12-31` },
      ...pageVariables(paging),
    }),
    [year, paging],
  );
  const { data, previousData, loading, error, refetch } = useQuery(VolunteerActivitiesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.activities;
  const result = (a: VolunteerActivityRowFragment) =>
    a.volunteerService
      ? t('volunteers.result', {
          hours: formatHours(a.volunteerService.hours),
          couplets: a.volunteerService.couplets,
          amount: formatFen(a.volunteerService.donationsFen),
        })
      : t('volunteers.result.none');
  const category = (a: VolunteerActivityRowFragment) =>
    a.volunteerService ? t(`volunteers.category.${a.volunteerService.category}`) : '—';
  const empty = <Empty description={t('volunteers.activities.empty')} />;
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle
          title={t('volunteers.activities.title')}
          lead={t('volunteers.activities.lead')}
        />
        <Flex gap={8} wrap>
          {/* The activity record's export, filtered to the teams' activities of the year. */}
          <ExportButton list="activities" filter={variables.filter} />
          {access.canWriteMembers && access.canAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('volunteers.activities.new')}
            </Button>
          )}
        </Flex>
      </Flex>
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
                rowKey={(a) => a.id}
                loading={loading}
                empty={empty}
                label={t('volunteers.activities.table')}
              >
                {(a) => (
                  <ListCard
                    title={a.title}
                    tags={<Tag>{t(`partyLife.kind.${a.kind}`)}</Tag>}
                    facts={[
                      {
                        key: 'time',
                        label: t('volunteers.field.date'),
                        value: timeRange(a.startsAt, a.endsAt),
                      },
                      {
                        key: 'team',
                        label: t('volunteers.field.team'),
                        value: a.organiser.team?.name ?? '—',
                      },
                      {
                        key: 'category',
                        label: t('volunteers.field.category'),
                        value: category(a),
                      },
                      { key: 'result', label: t('volunteers.field.result'), value: result(a) },
                    ]}
                  />
                )}
              </ListCards>
            ) : (
              <Table<VolunteerActivityRowFragment>
                rowKey="id"
                size="middle"
                aria-label={t('volunteers.activities.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  {
                    key: 'time',
                    title: t('volunteers.field.date'),
                    width: 200,
                    render: (_, a) => timeRange(a.startsAt, a.endsAt),
                  },
                  {
                    key: 'kind',
                    title: t('volunteers.field.kind'),
                    width: 130,
                    render: (_, a) => <Tag>{t(`partyLife.kind.${a.kind}`)}</Tag>,
                  },
                  { key: 'title', title: t('volunteers.field.title'), dataIndex: 'title' },
                  {
                    key: 'team',
                    title: t('volunteers.field.team'),
                    render: (_, a) => a.organiser.team?.name ?? '—',
                  },
                  {
                    key: 'category',
                    title: t('volunteers.field.category'),
                    render: (_, a) => category(a),
                  },
                  {
                    key: 'beneficiaries',
                    title: t('volunteers.field.beneficiaries'),
                    dataIndex: 'beneficiaries',
                    align: 'right',
                  },
                  {
                    key: 'result',
                    title: t('volunteers.field.result'),
                    render: (_, a) => result(a),
                  },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('volunteers.activities.count', { count: connection.totalCount })}
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
      {recording && (
        <VolunteerActivityForm onClose={() => setRecording(false)} onSaved={() => void refetch()} />
      )}
    </Flex>
  );
}
