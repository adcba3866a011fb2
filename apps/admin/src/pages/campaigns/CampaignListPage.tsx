import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { chinaToday, formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { useCompact } from '../../components/useCompact';
import { useUrlState } from '../../components/useUrlState';
import type { CampaignRowFragment, CampaignStatus } from '../../gql/graphql';
import { CampaignFormModal } from './CampaignFormModal';
import { campaignListCodec, campaignPath, campaignYears } from './campaign-view';
import { CAMPAIGN_STATUSES, CampaignStatusTag, VisitedBar, useOccasionLabel } from './labels';
import { CampaignsDocument } from './campaigns-query';
import './locale';

const campaignLink = (campaign: { id: string }) => campaignPath(campaign.id);

/** 慰问活动: the campaigns of a year, each with its plan and how far the visits have come. */
export default function CampaignListPage() {
  const { t } = useI18n();
  const { access } = useViewer();
  const compact = useCompact();
  const navigate = useNavigate();
  const thisYear = Number(chinaToday().slice(0, 4));
  const codec = useMemo(() => campaignListCodec(thisYear), [thisYear]);
  const [filters, setFilters] = useUrlState(codec);
  const [creating, setCreating] = useState(false);
  const occasionLabel = useOccasionLabel();
  const { data, loading, error, refetch } = useQuery(CampaignsDocument, {
    variables: { filter: { year: filters.year, status: filters.status }, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const campaigns = data?.campaigns.nodes ?? [];

  const scope = (c: CampaignRowFragment) => c.branch?.name ?? t('campaigns.county');
  const period = (c: CampaignRowFragment) =>
    t('campaigns.period', { from: c.startsOn, to: c.endsOn });
  const planned = (c: CampaignRowFragment) =>
    t('campaigns.plannedFigures', {
      count: c.plannedMemberCount,
      amount: formatFen(c.plannedTotalFen),
    });
  const bar = (c: CampaignRowFragment) => (
    <VisitedBar visited={c.progress.visitedCount} total={c.progress.memberCount} name={c.name} />
  );

  const columns: TableColumnsType<CampaignRowFragment> = [
    {
      key: 'name',
      title: t('campaigns.col.name'),
      render: (_, c) => <Link to={campaignLink(c)}>{c.name}</Link>,
    },
    {
      key: 'status',
      title: t('campaigns.filter.status'),
      width: 96,
      render: (_, c) => <CampaignStatusTag status={c.status} />,
    },
    { key: 'occasion', title: t('campaigns.col.occasion'), render: (_, c) => occasionLabel(c) },
    { key: 'period', title: t('campaigns.col.period'), render: (_, c) => period(c) },
    { key: 'scope', title: t('campaigns.col.scope'), render: (_, c) => scope(c) },
    { key: 'planned', title: t('campaigns.col.planned'), render: (_, c) => planned(c) },
    { key: 'progress', title: t('campaigns.col.progress'), width: 200, render: (_, c) => bar(c) },
    {
      key: 'paid',
      title: t('campaigns.col.paid'),
      align: 'right',
      render: (_, c) => formatFen(c.paidFen),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('campaigns.title')} lead={t('campaigns.lead')} />
        {access.canWriteFunding && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('campaigns.new')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={8} wrap>
            <Select<number>
              aria-label={t('campaigns.filter.year')}
              value={filters.year}
              onChange={(year) => setFilters((f) => ({ ...f, year }))}
              options={campaignYears(thisYear).map((year) => ({
                value: year,
                label: t('campaigns.yearOption', { year }),
              }))}
              style={{ width: 112 }}
            />
            <Select<CampaignStatus | ''>
              aria-label={t('campaigns.filter.status')}
              value={filters.status ?? ''}
              onChange={(status) => setFilters((f) => ({ ...f, status: status || null }))}
              options={[
                { value: '', label: t('campaigns.filter.allStatuses') },
                ...CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`campaigns.status.${s}`) })),
              ]}
              style={{ width: 128 }}
            />
          </Flex>
          {error && !data ? (
            <PageState error={error} onRetry={() => void refetch()} />
          ) : compact ? (
            <ListCards
              items={campaigns}
              rowKey={(c) => c.id}
              loading={loading}
              label={t('campaigns.title')}
              empty={<Typography.Text type="secondary">{t('campaigns.empty')}</Typography.Text>}
            >
              {(c) => (
                <ListCard
                  title={
                    <Link to={campaignLink(c)} style={touchLink}>
                      {c.name}
                    </Link>
                  }
                  tags={<CampaignStatusTag status={c.status} />}
                  facts={[
                    { key: 'period', label: t('campaigns.col.period'), value: period(c) },
                    { key: 'scope', label: t('campaigns.col.scope'), value: scope(c) },
                    { key: 'planned', label: t('campaigns.col.planned'), value: planned(c) },
                    { key: 'progress', label: t('campaigns.col.progress'), value: bar(c) },
                    { key: 'paid', label: t('campaigns.col.paid'), value: formatFen(c.paidFen) },
                  ]}
                />
              )}
            </ListCards>
          ) : (
            <Table<CampaignRowFragment>
              rowKey="id"
              size="middle"
              aria-label={t('campaigns.title')}
              columns={columns}
              dataSource={campaigns}
              loading={loading}
              pagination={false}
              locale={{ emptyText: t('campaigns.empty') }}
              scroll={{ x: 'max-content' }}
            />
          )}
        </Flex>
      </Card>
      {creating && (
        <CampaignFormModal
          year={filters.year}
          onClose={(saved) => {
            setCreating(false);
            if (saved) void navigate(campaignLink(saved));
          }}
        />
      )}
    </Flex>
  );
}
