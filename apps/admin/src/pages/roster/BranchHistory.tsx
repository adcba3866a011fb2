import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import type { MembershipReason } from '../../gql/graphql';
import './locale';

export interface Membership {
  startedOn: string;
  endedOn: string | null;
  reason: MembershipReason;
  note: string | null;
  branch: { id: string; name: string } | null;
}

/**
 * The branches a member has belonged to, the current one first. A branch outside the reader's
 * reach comes back as null: the period is still shown, without saying where.
 */
export function BranchHistory({ history }: { history: readonly Membership[] }) {
  const { t } = useI18n();
  if (!history.length) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('roster.show.noHistory')} />;
  }
  const newestFirst = [...history].reverse();
  return (
    <Timeline
      mode="start"
      style={{ paddingTop: 8, maxWidth: 720 }}
      items={newestFirst.map((period, index) => ({
        key: `${period.startedOn}-${index}`,
        color: period.endedOn ? 'gray' : 'green',
        content: (
          <Flex vertical gap={4}>
            <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {period.endedOn
                ? t('roster.show.period', { from: period.startedOn, to: period.endedOn })
                : t('roster.show.since', { date: period.startedOn })}
            </Typography.Text>
            <Flex gap={8} align="center" wrap>
              {period.branch ? (
                <Typography.Text strong>{period.branch.name}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">{t('roster.show.outOfReach')}</Typography.Text>
              )}
              <Tag>{t(`roster.reason.${period.reason}`)}</Tag>
              {!period.endedOn && <Tag color="green">{t('roster.show.current')}</Tag>}
            </Flex>
            {period.note && <Typography.Text type="secondary">{period.note}</Typography.Text>}
          </Flex>
        ),
      }))}
    />
  );
}
