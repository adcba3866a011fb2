import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useQuery } from '@apollo/client/react';
import { chinaToday, formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { ListCard, ListCards } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { useCompact } from '../../components/useCompact';
import { useWholeList } from '../../components/useWholeList';
import type { CampaignDetailFragment, CampaignEntryRowFragment } from '../../gql/graphql';
import { BatchRecordModal } from './BatchRecordModal';
import { campaignPath } from './campaign-view';
import { groupVisitors } from './CampaignGroupsTab';
import { residence } from './CampaignEntriesTab';
import { CampaignDocument, CampaignEntriesDocument } from './queries';
import './locale';

/**
 * 批量登记: a group's (`?group=`) or the caller's own (`?mine=1`) members not yet visited, to
 * tick those visited today and record them in one batch. On a phone the list is cards with a
 * tick each and the 记录 N 人 button stays at the bottom of the screen.
 */
export default function BatchRecordPage() {
  const { t } = useI18n();
  const compact = useCompact();
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
      filter: groupId ? { workGroupId: groupId, visited: false } : { mine: true, visited: false },
      first: 100,
      after,
    }),
    connection: (data) => data.campaignEntries,
    key: `${id}:${groupId ?? 'mine'}`,
  });
  const entries = list.nodes ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [recording, setRecording] = useState(false);
  const chosen = useMemo(() => entries.filter((e) => selected.has(e.id)), [entries, selected]);

  if (!campaign) {
    return (
      <PageState
        loading={campaignQuery.loading}
        error={campaignQuery.error}
        onRetry={() => void campaignQuery.refetch()}
      />
    );
  }
  const paying = campaign.status === 'APPROVED' && campaign.startsOn <= chinaToday();
  const toggle = (entryId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(entryId);
      else next.delete(entryId);
      return next;
    });
  const groupOfVisit = group ?? campaign.groups.find((g) => chosen[0]?.workGroup?.id === g.id);
  const defaultVisitors = groupOfVisit
    ? [groupOfVisit.leader, ...groupVisitors(groupOfVisit)]
        .filter((v, i, all) => all.indexOf(v) === i)
        .join('、')
    : '';

  const columns: TableColumnsType<CampaignEntryRowFragment> = [
    { key: 'name', title: t('campaigns.entries.col.name'), render: (_, e) => e.member.name },
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
    { key: 'gift', title: t('campaigns.entries.col.gift'), render: (_, e) => e.gift ?? '—' },
    {
      key: 'amount',
      title: t('campaigns.entries.col.amount'),
      align: 'right',
      render: (_, e) => formatFen(e.amountFen),
    },
  ];

  const title = group
    ? t('campaigns.record.titleGroup', { group: group.name })
    : t('campaigns.record.titleMine');

  return (
    <Flex vertical gap={16} style={{ paddingBottom: compact ? 72 : 0 }}>
      <PageTitle
        title={title}
        lead={
          <>
            <Link to={campaignPath(campaign.id)}>{campaign.name}</Link> ·{' '}
            {t('campaigns.record.lead')}
          </>
        }
      />
      {!paying && <Alert type="warning" showIcon title={t('campaigns.record.notPaying')} />}
      <Card>
        {list.error && !list.nodes ? (
          <PageState error={list.error} onRetry={() => void list.reload()} />
        ) : compact ? (
          <Flex vertical gap={8}>
            <Checkbox
              checked={entries.length > 0 && selected.size === entries.length}
              indeterminate={selected.size > 0 && selected.size < entries.length}
              onChange={(e) =>
                setSelected(e.target.checked ? new Set(entries.map((x) => x.id)) : new Set())
              }
              style={{ minHeight: 44, alignItems: 'center' }}
            >
              {t('campaigns.record.selectAll')}
            </Checkbox>
            <ListCards
              items={entries}
              rowKey={(e) => e.id}
              loading={list.loading}
              label={title}
              empty={
                <Typography.Text type="secondary">{t('campaigns.record.none')}</Typography.Text>
              }
            >
              {(e) => (
                <ListCard
                  title={
                    <Checkbox
                      checked={selected.has(e.id)}
                      onChange={(event) => toggle(e.id, event.target.checked)}
                      style={{ minHeight: 44, alignItems: 'center', fontSize: 16 }}
                    >
                      {e.member.name}
                    </Checkbox>
                  }
                  facts={[
                    {
                      key: 'residence',
                      label: t('campaigns.entries.col.residence'),
                      value: residence(e),
                    },
                    {
                      key: 'branch',
                      label: t('campaigns.entries.col.branch'),
                      value: e.member.branch.name,
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
          </Flex>
        ) : (
          <Table<CampaignEntryRowFragment>
            rowKey="id"
            size="small"
            aria-label={title}
            columns={columns}
            dataSource={entries}
            loading={list.loading}
            pagination={false}
            locale={{ emptyText: t('campaigns.record.none') }}
            rowSelection={{
              selectedRowKeys: [...selected],
              onChange: (keys) => setSelected(new Set(keys.map(String))),
              getCheckboxProps: (e) => ({
                'aria-label': t('campaigns.record.tick', { name: e.member.name }),
              }),
            }}
          />
        )}
      </Card>
      <div
        style={
          compact
            ? {
                position: 'fixed',
                insetInline: 0,
                bottom: 0,
                padding: 12,
                background: '#fff',
                boxShadow: '0 -2px 8px rgba(0,0,0,0.12)',
                zIndex: 10,
              }
            : { position: 'sticky', bottom: 16 }
        }
      >
        <Button
          type="primary"
          size="large"
          block={compact}
          disabled={!paying || chosen.length === 0}
          onClick={() => setRecording(true)}
        >
          {t('campaigns.record.submit', { count: chosen.length })}
        </Button>
      </div>
      {recording && (
        <BatchRecordModal
          campaignId={campaign.id}
          entries={chosen}
          visitors={defaultVisitors}
          onClose={(recorded) => {
            setRecording(false);
            if (recorded) {
              setSelected(new Set());
              void list.reload();
            }
          }}
        />
      )}
    </Flex>
  );
}
