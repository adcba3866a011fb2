import { Flex, Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import { NO_REPORT_FILTER, type ReportListFilter } from './roster-view';
import './locale';

/**
 * The yearly report's part of a roster view, as tags: the day or period of the list and its
 * groups. Closing one removes the whole report filter and goes back to today's roster.
 */
export function ReportListTags({
  filter,
  onClear,
}: {
  filter: ReportListFilter;
  onClear: (cleared: ReportListFilter) => void;
}) {
  const { t } = useI18n();
  const parts: string[] = [];
  if (filter.asOf) parts.push(t('roster.report.asOf', { date: filter.asOf }));
  if (filter.movement) {
    const { kind, from, to } = filter.movement;
    parts.push(t('roster.report.movement', { kind: t(`enum.RosterMovement.${kind}`), from, to }));
  }
  if (filter.gender) parts.push(t(`enum.Gender.${filter.gender}`));
  if (filter.rank) parts.push(filter.rank);
  if (filter.partyMember !== null)
    parts.push(t(filter.partyMember ? 'roster.report.party' : 'roster.report.notParty'));
  if (filter.residenceArea) parts.push(t(`enum.ResidenceArea.${filter.residenceArea}`));
  if (filter.healthStatus) parts.push(t(`enum.HealthStatus.${filter.healthStatus}`));
  if (!parts.length) return null;
  return (
    <Flex align="center" gap={8} wrap>
      <span>{t('roster.report.from')}</span>
      <Tag
        color="gold"
        closable
        closeIcon
        onClose={(e) => {
          e.preventDefault();
          onClear(NO_REPORT_FILTER);
        }}
        style={{ whiteSpace: 'normal' }}
      >
        {parts.join(' · ')}
      </Tag>
    </Flex>
  );
}
