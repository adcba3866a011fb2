import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Segmented, Select, Table, Tabs } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { Medal } from '../../gql/graphql';
import { IssueMedalsModal } from './IssueMedalsModal';
import { RepresentativesTab } from './RepresentativesTab';
import { MedalAwardsDocument, MedalCandidatesDocument } from './queries';
import { MEDALS } from './party-org-view';
import './locale';
import '../roster/locale';

/** 荣誉: the medals to issue and issued, and the members serving as representatives. */
export default function HonoursPage() {
  const { t } = useI18n();
  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('honours.title')} lead={t('honours.lead')} />
      <Tabs
        items={[
          { key: 'medals', label: t('honours.tab.medals'), children: <MedalsTab /> },
          {
            key: 'representatives',
            label: t('honours.tab.representatives'),
            children: <RepresentativesTab />,
          },
        ]}
      />
    </Flex>
  );
}

type View = 'TO_ISSUE' | 'ISSUED';

function MedalsTab() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const [medal, setMedal] = useState<Medal>('PARTY_50_YEARS');
  const [view, setView] = useState<View>('TO_ISSUE');
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const [selected, setSelected] = useState<string[]>([]);
  const [issuing, setIssuing] = useState<string[] | null>(null);
  const page = useMemo(() => pageVariables(paging), [paging]);
  const candidates = useQuery(MedalCandidatesDocument, {
    variables: { medal, ...page },
    skip: view !== 'TO_ISSUE',
    fetchPolicy: 'cache-and-network',
  });
  const awards = useQuery(MedalAwardsDocument, {
    variables: { filter: { medal }, ...page },
    skip: view !== 'ISSUED',
    fetchPolicy: 'cache-and-network',
  });
  const reset = () => {
    setPaging((p) => ({ ...p, ...FIRST_PAGE }));
    setSelected([]);
  };
  const toIssue = (candidates.data ?? candidates.previousData)?.medalCandidates;
  const issued = (awards.data ?? awards.previousData)?.medalAwards;
  const connection = view === 'TO_ISSUE' ? toIssue : issued;
  const query = view === 'TO_ISSUE' ? candidates : awards;
  const member = (m: { id: string; name: string } | null | undefined) =>
    m ? (
      <Link to={`/roster/${m.id}`} style={touchLink}>
        {m.name}
      </Link>
    ) : null;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('honours.empty')} />;

  const list =
    view === 'TO_ISSUE' ? (
      compact ? (
        <ListCards
          items={toIssue?.nodes ?? []}
          rowKey={(m) => m.id}
          loading={candidates.loading}
          empty={empty}
          label={t('honours.toIssue.table')}
        >
          {(m) => (
            <ListCard
              title={member(m)}
              facts={[
                { key: 'branch', label: t('honours.field.branch'), value: m.branch.name },
                {
                  key: 'partyYears',
                  label: t('honours.field.partyYears'),
                  value: m.partyYears ?? '—',
                },
              ]}
              actions={
                access.canWriteMembers ? (
                  <Button size="small" onClick={() => setIssuing([m.id])}>
                    {t('honours.issue')}
                  </Button>
                ) : null
              }
            />
          )}
        </ListCards>
      ) : (
        <Table
          rowKey="id"
          size="middle"
          aria-label={t('honours.toIssue.table')}
          dataSource={toIssue?.nodes ?? []}
          loading={candidates.loading}
          pagination={false}
          locale={{ emptyText: empty }}
          rowSelection={
            access.canWriteMembers
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(String)),
                  getCheckboxProps: (m) => ({ 'aria-label': m.name }),
                }
              : undefined
          }
          columns={[
            { key: 'name', title: t('honours.field.name'), render: (_, m) => member(m) },
            { key: 'branch', title: t('honours.field.branch'), render: (_, m) => m.branch.name },
            { key: 'partyYears', title: t('honours.field.partyYears'), dataIndex: 'partyYears' },
            {
              key: 'retirementDate',
              title: t('honours.field.retirementDate'),
              dataIndex: 'retirementDate',
            },
          ]}
        />
      )
    ) : compact ? (
      <ListCards
        items={issued?.nodes ?? []}
        rowKey={(a) => a.id}
        loading={awards.loading}
        empty={empty}
        label={t('honours.issued.table')}
      >
        {(a) => (
          <ListCard
            title={member(a.member)}
            facts={[
              { key: 'issuedOn', label: t('honours.field.issuedOn'), value: a.issuedOn },
              { key: 'ceremony', label: t('honours.field.ceremony'), value: a.ceremony ?? '—' },
              { key: 'issuedBy', label: t('honours.field.issuedBy'), value: a.issuedBy },
            ]}
          />
        )}
      </ListCards>
    ) : (
      <Table
        rowKey="id"
        size="middle"
        aria-label={t('honours.issued.table')}
        dataSource={issued?.nodes ?? []}
        loading={awards.loading}
        pagination={false}
        locale={{ emptyText: empty }}
        columns={[
          { key: 'name', title: t('honours.field.name'), render: (_, a) => member(a.member) },
          {
            key: 'issuedOn',
            title: t('honours.field.issuedOn'),
            dataIndex: 'issuedOn',
            width: 120,
          },
          { key: 'ceremony', title: t('honours.field.ceremony'), dataIndex: 'ceremony' },
          { key: 'issuedBy', title: t('honours.field.issuedBy'), dataIndex: 'issuedBy' },
        ]}
      />
    );

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <Select<Medal>
          aria-label={t('honours.medal')}
          style={{ width: compact ? '100%' : 260 }}
          value={medal}
          onChange={(value) => {
            setMedal(value);
            reset();
          }}
          options={MEDALS.map((m) => ({ value: m, label: t(`roster.medal.${m}`) }))}
        />
        <Segmented<View>
          value={view}
          onChange={(value) => {
            setView(value);
            reset();
          }}
          options={[
            { value: 'TO_ISSUE', label: t('honours.toIssue') },
            { value: 'ISSUED', label: t('honours.issued') },
          ]}
        />
        {view === 'TO_ISSUE' && access.canWriteMembers && !compact && (
          <Button type="primary" disabled={!selected.length} onClick={() => setIssuing(selected)}>
            {t('honours.issueSelected', { count: selected.length })}
          </Button>
        )}
      </Flex>
      <Card>
        {query.error && !connection ? (
          <PageState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            {list}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('honours.count', { count: connection.totalCount })}
                paging={paging}
                pageInfo={connection.pageInfo}
                disabled={query.loading}
                onTurn={(next) => setPaging((p) => ({ ...p, ...next }))}
                onSize={(size) => setPaging({ size, ...FIRST_PAGE })}
              />
            )}
          </>
        )}
      </Card>
      {issuing && (
        <IssueMedalsModal
          medal={medal}
          memberIds={issuing}
          onClose={() => setIssuing(null)}
          onIssued={() => {
            setSelected([]);
            void candidates.refetch();
          }}
        />
      )}
    </Flex>
  );
}
