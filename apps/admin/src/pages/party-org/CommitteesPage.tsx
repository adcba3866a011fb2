import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Segmented, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { CommitteeTermRowFragment, CommitteeTermStatus } from '../../gql/graphql';
import { AssessmentsTab } from './AssessmentsTab';
import { ElectionFormModal } from './ElectionFormModal';
import { CommitteeTermsDocument } from './queries';
import { STATUS_TEXT, secretaryOf } from './party-org-view';
import './locale';

type StatusFilter = 'ALL' | CommitteeTermStatus;

/** 组织建设: the branch committees in office with their elections due, and the yearly assessments. */
export default function CommitteesPage() {
  const { t } = useI18n();
  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('partyOrg.title')} lead={t('partyOrg.lead')} />
      <Tabs
        items={[
          { key: 'committees', label: t('partyOrg.tab.committees'), children: <CommitteesTab /> },
          {
            key: 'assessments',
            label: t('partyOrg.tab.assessments'),
            children: <AssessmentsTab />,
          },
        ]}
      />
    </Flex>
  );
}

function CommitteesTab() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const [electing, setElecting] = useState<{ branchId: string | null } | null>(null);
  const variables = useMemo(
    () => ({
      filter: status === 'ALL' ? {} : { status: [status] },
      ...pageVariables(paging),
    }),
    [status, paging],
  );
  const { data, previousData, loading, error, refetch } = useQuery(CommitteeTermsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.committeeTerms;
  const statusTag = (term: CommitteeTermRowFragment) => (
    <Tag style={{ color: STATUS_TEXT[term.status] }}>{t(`partyOrg.status.${term.status}`)}</Tag>
  );
  const committee = (term: CommitteeTermRowFragment) =>
    term.seats
      .filter((s) => s.position !== 'SECRETARY')
      .map((s) => `${t(`partyOrg.position.${s.position}`)} ${s.name}`)
      .join('、');
  const elect = (term: CommitteeTermRowFragment) =>
    access.canWriteMembers && term.status !== 'IN_OFFICE' ? (
      <Button size="small" onClick={() => setElecting({ branchId: term.branch?.id ?? null })}>
        {t('partyOrg.election.new')}
      </Button>
    ) : null;
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyOrg.committees.empty')} />
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" wrap gap={12}>
        <Segmented<StatusFilter>
          aria-label={t('partyOrg.filter.status')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPaging((p) => ({ ...p, ...FIRST_PAGE }));
          }}
          options={[
            { value: 'ALL', label: t('partyOrg.filter.all') },
            { value: 'DUE', label: t('partyOrg.status.DUE') },
            { value: 'OVERDUE', label: t('partyOrg.status.OVERDUE') },
          ]}
        />
        {access.canWriteMembers && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setElecting({ branchId: null })}
          >
            {t('partyOrg.election.new')}
          </Button>
        )}
      </Flex>
      <Card>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {compact ? (
              <ListCards
                items={connection?.nodes ?? []}
                rowKey={(term) => term.id}
                loading={loading}
                empty={empty}
                label={t('partyOrg.committees.table')}
              >
                {(term) => (
                  <ListCard
                    title={term.branch?.name ?? ''}
                    tags={statusTag(term)}
                    facts={[
                      {
                        key: 'secretary',
                        label: t('partyOrg.field.secretary'),
                        value: secretaryOf(term.seats),
                      },
                      {
                        key: 'electedOn',
                        label: t('partyOrg.field.electedOn'),
                        value: term.electedOn,
                      },
                      { key: 'endsOn', label: t('partyOrg.field.endsOn'), value: term.endsOn },
                    ]}
                    actions={elect(term)}
                  />
                )}
              </ListCards>
            ) : (
              <Table<CommitteeTermRowFragment>
                rowKey="id"
                size="middle"
                aria-label={t('partyOrg.committees.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  {
                    key: 'branch',
                    title: t('partyOrg.field.branch'),
                    render: (_, term) => term.branch?.name,
                  },
                  {
                    key: 'secretary',
                    title: t('partyOrg.field.secretary'),
                    width: 100,
                    render: (_, term) => secretaryOf(term.seats),
                  },
                  {
                    key: 'committee',
                    title: t('partyOrg.field.committee'),
                    render: (_, term) => committee(term),
                  },
                  {
                    key: 'electedOn',
                    title: t('partyOrg.field.electedOn'),
                    dataIndex: 'electedOn',
                    width: 120,
                  },
                  {
                    key: 'endsOn',
                    title: t('partyOrg.field.endsOn'),
                    dataIndex: 'endsOn',
                    width: 120,
                  },
                  {
                    key: 'status',
                    title: t('partyOrg.field.status'),
                    width: 120,
                    render: (_, term) => statusTag(term),
                  },
                  { key: 'actions', width: 120, render: (_, term) => elect(term) },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('partyOrg.committees.count', { count: connection.totalCount })}
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
      {electing && (
        <ElectionFormModal
          branchId={electing.branchId}
          onClose={() => setElecting(null)}
          onSaved={() => void refetch()}
        />
      )}
    </Flex>
  );
}
