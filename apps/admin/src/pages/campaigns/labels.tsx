import { Progress, Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type { CampaignRowFragment, CampaignStatus } from '../../gql/graphql';
import { PAID_COLOR } from '../funding/ExecutionBar';
import './locale';
import '../visits/locale';

export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['DRAFT', 'APPROVED', 'CLOSED'];

const STATUS_COLORS: Record<CampaignStatus, string> = {
  DRAFT: 'gold',
  APPROVED: 'green',
  CLOSED: 'default',
};

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`campaigns.status.${status}`)}
    </Tag>
  );
}

/** The occasion, and the holiday for a holiday campaign: 节日慰问 · 春节. */
export function useOccasionLabel() {
  const { t } = useI18n();
  return (campaign: Pick<CampaignRowFragment, 'occasion' | 'holiday'>) =>
    [
      t(`enum.VisitOccasion.${campaign.occasion}`),
      campaign.holiday && t(`visits.holiday.${campaign.holiday}`),
    ]
      .filter(Boolean)
      .join(' · ');
}

/** Visited of a count, as a bar with the figures beside it. */
export function VisitedBar({
  visited,
  total,
  name,
}: {
  visited: number;
  total: number;
  /** What the bar is of, for screen readers. */
  name: string;
}) {
  const { t } = useI18n();
  const text = t('campaigns.progressText', { visited, total });
  return (
    <Progress
      percent={total > 0 ? Math.round((visited / total) * 1000) / 10 : 0}
      strokeColor={PAID_COLOR}
      status="normal"
      size="small"
      format={() => `${visited}/${total}`}
      aria-label={t('campaigns.progressOf', { name })}
      aria-valuetext={text}
      style={{ minWidth: 120, marginBottom: 0 }}
    />
  );
}
