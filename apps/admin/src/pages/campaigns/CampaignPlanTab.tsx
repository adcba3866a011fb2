import { Descriptions, Flex, Table, Typography } from 'antd';
import { formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useCompact } from '../../components/useCompact';
import type { CampaignDetailFragment } from '../../gql/graphql';
import { formatChinaDateTime } from '../report/stats';
import { useOccasionLabel } from './labels';
import { ruleAudience, type Rule } from './rules';
import './locale';

/**
 * 计划: what the campaign is, what it pays from and how much, the standard line by line, and who
 * planned and who approved it.
 */
export function CampaignPlanTab({ campaign }: { campaign: CampaignDetailFragment }) {
  const { t, locale } = useI18n();
  const compact = useCompact();
  const occasionLabel = useOccasionLabel();
  const by = (name: string, at: string) =>
    t('campaigns.plan.by', { name, at: formatChinaDateTime(at, locale) });
  return (
    <Flex vertical gap={16}>
      <Descriptions
        bordered
        size="small"
        column={compact ? 1 : 2}
        items={[
          {
            key: 'occasion',
            label: t('campaigns.plan.occasion'),
            children: occasionLabel(campaign),
          },
          {
            key: 'period',
            label: t('campaigns.plan.period'),
            children: t('campaigns.period', { from: campaign.startsOn, to: campaign.endsOn }),
          },
          {
            key: 'scope',
            label: t('campaigns.plan.scope'),
            children: campaign.branch?.name ?? t('campaigns.county'),
          },
          { key: 'budget', label: t('campaigns.plan.budget'), children: campaign.budget.name },
          {
            key: 'plannedCount',
            label: t('campaigns.plan.plannedCount'),
            children: t('campaigns.people', { count: campaign.plannedMemberCount }),
          },
          {
            key: 'plannedTotal',
            label: t('campaigns.plan.plannedTotal'),
            children: formatFen(campaign.plannedTotalFen),
          },
          {
            key: 'room',
            label: t('campaigns.plan.room'),
            children: formatFen(campaign.budget.remainingFen),
          },
          {
            key: 'committed',
            label: t('campaigns.plan.committed'),
            children: formatFen(campaign.committedFen),
          },
          { key: 'paid', label: t('campaigns.plan.paid'), children: formatFen(campaign.paidFen) },
          {
            key: 'createdBy',
            label: t('campaigns.plan.createdBy'),
            children: by(campaign.createdBy, campaign.createdAt),
          },
          {
            key: 'approvedBy',
            label: t('campaigns.plan.approvedBy'),
            children:
              campaign.approvedBy && campaign.approvedAt
                ? by(campaign.approvedBy, campaign.approvedAt)
                : t('campaigns.plan.notApproved'),
          },
        ]}
      />
      {campaign.status === 'DRAFT' && !campaign.canApprove && (
        <Typography.Text type="secondary">{t('campaigns.plan.selfApproval')}</Typography.Text>
      )}
      <div>
        <Typography.Title level={5}>{t('campaigns.plan.standard')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('campaigns.field.rulesHelp')}
        </Typography.Paragraph>
        <Table<Rule & { index: number }>
          rowKey="index"
          size="small"
          bordered
          pagination={false}
          aria-label={t('campaigns.plan.standard')}
          dataSource={campaign.rules.map((rule, index) => ({ ...rule, index }))}
          columns={[
            {
              key: 'who',
              title: `${t('campaigns.rule.retirementType')} / ${t('campaigns.rule.minAge')} / ${t('campaigns.rule.tag')}`,
              render: (_, rule) => ruleAudience(rule, t),
            },
            { key: 'gift', title: t('campaigns.rule.gift'), dataIndex: 'gift' },
            {
              key: 'amount',
              title: t('campaigns.entries.col.amount'),
              align: 'right',
              render: (_, rule) => formatFen(rule.amountFen),
            },
          ]}
        />
      </div>
    </Flex>
  );
}
