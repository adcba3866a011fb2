import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { useCompact } from '../../components/useCompact';
import type {
  CampaignDetailFragment,
  CampaignEntryFilter,
  CampaignEntryRowFragment,
} from '../../gql/graphql';
import { PhoneLink } from '../roster/PhoneLink';
import { CampaignEntriesDocument } from './queries';
import './locale';

const PAGE = 50;

/** The list's filters, from the query string: `group` (an id, or `none` for the uncovered), `visited`, `branch`, `q`. */
export function entryFilter(params: URLSearchParams): CampaignEntryFilter {
  const group = params.get('group');
  const visited = params.get('visited');
  return {
    workGroupId: group && group !== 'none' ? group : null,
    uncovered: group === 'none' ? true : null,
    visited: visited === 'yes' ? true : visited === 'no' ? false : null,
    branchId: params.get('branch') || null,
    search: params.get('q') || null,
  };
}

export function EntryStatusTag({ entry }: { entry: CampaignEntryRowFragment }) {
  const { t } = useI18n();
  return entry.status === 'VISITED' ? (
    <Tag color="green" style={{ marginInlineEnd: 0 }}>
      {entry.visit
        ? t('campaigns.entries.visitedOn', { date: entry.visit.visitedOn })
        : t('campaigns.entries.status.VISITED')}
    </Tag>
  ) : (
    <Tag style={{ marginInlineEnd: 0 }}>{t('campaigns.entries.status.PENDING')}</Tag>
  );
}

/** Where a member lives, for a route: the township or city, then the address. */
export const residence = (entry: CampaignEntryRowFragment) =>
  [entry.member.residencePlace, entry.member.address].filter(Boolean).join(' ');

/**
 * 名单: the campaign's members in route order, filtered by group (or the uncovered), visited or
 * not, branch and name; a page at a time. Cards on a phone.
 */
export function CampaignEntriesTab({ campaign }: { campaign: CampaignDetailFragment }) {
  const { t } = useI18n();
  const compact = useCompact();
  const [params, setParams] = useSearchParams();
  const filter = entryFilter(params);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, previousData, loading, error, refetch } = useQuery(CampaignEntriesDocument, {
    variables: { campaignId: campaign.id, filter, first: PAGE, after },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.campaignEntries;
  const entries = page?.nodes ?? [];

  const setParam = (name: string, value: string | null) => {
    setCursors([null]);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name === 'q' },
    );
  };

  const memberLink = (entry: CampaignEntryRowFragment) => (
    <Link
      to={`/roster/${encodeURIComponent(entry.member.id)}`}
      style={compact ? touchLink : undefined}
    >
      {entry.member.name}
    </Link>
  );

  const columns: TableColumnsType<CampaignEntryRowFragment> = [
    { key: 'name', title: t('campaigns.entries.col.name'), render: (_, e) => memberLink(e) },
    {
      key: 'branch',
      title: t('campaigns.entries.col.branch'),
      render: (_, e) => e.member.branch.name,
    },
    {
      key: 'residence',
      title: t('campaigns.entries.col.residence'),
      render: (_, e) => residence(e),
    },
    {
      key: 'phone',
      title: t('campaigns.entries.col.phone'),
      render: (_, e) => e.member.phone ?? '—',
    },
    {
      key: 'group',
      title: t('campaigns.entries.col.group'),
      render: (_, e) =>
        e.workGroup?.name ?? <Tag color="orange">{t('campaigns.entries.uncovered')}</Tag>,
    },
    { key: 'gift', title: t('campaigns.entries.col.gift'), render: (_, e) => e.gift ?? '—' },
    {
      key: 'amount',
      title: t('campaigns.entries.col.amount'),
      align: 'right',
      render: (_, e) => formatFen(e.amountFen),
    },
    {
      key: 'status',
      title: t('campaigns.entries.col.status'),
      render: (_, e) => <EntryStatusTag entry={e} />,
    },
  ];

  const groupValue = params.get('group') ?? '';
  const visitedValue = params.get('visited') ?? '';

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <Select
          aria-label={t('campaigns.entries.group')}
          value={groupValue}
          onChange={(v) => setParam('group', v || null)}
          options={[
            { value: '', label: t('campaigns.entries.allGroups') },
            ...campaign.groups.map((g) => ({ value: g.id, label: g.name })),
            { value: 'none', label: t('campaigns.entries.uncovered') },
          ]}
          style={{ minWidth: 160 }}
        />
        <Select
          aria-label={t('campaigns.entries.visited')}
          value={visitedValue}
          onChange={(v) => setParam('visited', v || null)}
          options={[
            { value: '', label: t('campaigns.entries.visitedAll') },
            { value: 'no', label: t('campaigns.entries.visitedNo') },
            { value: 'yes', label: t('campaigns.entries.visitedYes') },
          ]}
          style={{ width: 120 }}
        />
        <BranchTreeSelect
          aria-label={t('campaigns.entries.branch')}
          placeholder={t('campaigns.entries.branch')}
          value={params.get('branch')}
          onChange={(v) => setParam('branch', v)}
          style={{ minWidth: 200 }}
        />
        <Input.Search
          aria-label={t('campaigns.entries.search')}
          placeholder={t('campaigns.entries.search')}
          defaultValue={params.get('q') ?? ''}
          allowClear
          onSearch={(v) => setParam('q', v.trim() || null)}
          style={{ width: 200 }}
        />
      </Flex>
      {error && !page ? (
        <PageState error={error} onRetry={() => void refetch()} />
      ) : compact ? (
        <ListCards
          items={entries}
          rowKey={(e) => e.id}
          loading={loading}
          label={t('campaigns.tab.entries')}
          empty={<Typography.Text type="secondary">{t('campaigns.entries.empty')}</Typography.Text>}
        >
          {(e) => (
            <ListCard
              title={memberLink(e)}
              tags={<EntryStatusTag entry={e} />}
              facts={[
                {
                  key: 'branch',
                  label: t('campaigns.entries.col.branch'),
                  value: e.member.branch.name,
                },
                {
                  key: 'residence',
                  label: t('campaigns.entries.col.residence'),
                  value: residence(e),
                },
                {
                  key: 'phone',
                  label: t('campaigns.entries.col.phone'),
                  value: <PhoneLink memberId={e.member.id} masked={e.member.phone ?? null} />,
                },
                {
                  key: 'group',
                  label: t('campaigns.entries.col.group'),
                  value: e.workGroup?.name ?? t('campaigns.entries.uncovered'),
                },
                {
                  key: 'gift',
                  label: t('campaigns.entries.col.gift'),
                  value: `${e.gift ?? '—'}，${formatFen(e.amountFen)}`,
                },
              ]}
            />
          )}
        </ListCards>
      ) : (
        <Table<CampaignEntryRowFragment>
          rowKey="id"
          size="small"
          aria-label={t('campaigns.tab.entries')}
          columns={columns}
          dataSource={entries}
          loading={loading}
          pagination={false}
          locale={{ emptyText: t('campaigns.entries.empty') }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          {t('campaigns.entries.total', { count: page?.totalCount ?? 0 })}
        </Typography.Text>
        <Flex gap={8}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('campaigns.entries.previous')}
          </Button>
          <Button
            disabled={!page?.pageInfo.hasNextPage}
            onClick={() => {
              const end = page?.pageInfo.endCursor;
              if (end) setCursors((c) => [...c, end]);
            }}
          >
            {t('campaigns.entries.next')}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}
