import { useCallback } from 'react';
import { Col } from 'antd';
import { useI18n } from '../../app/i18n';
import { ageBandLabel, partyYearsBandLabel, type Band, type CountyStats } from '../report/stats';
import { ageBandLink, partyYearsBandLink } from './dashboard-links';
import { BandChartCard } from './BandChartCard';
import { CoverageCard, VisitsCard } from './VisitsCards';
import { FundingCard } from './FundingCard';
import './locale';

/**
 * The dashboard below its first figures: the bands, visits, coverage and money, with their
 * charts. A chunk of its own, loaded while the figures are asked for; drawn under them, so
 * nothing already shown moves. The coverage and money open the lists of the bureau picked.
 */
export default function DashboardDetails({
  stats,
  bureauId,
}: {
  stats: CountyStats;
  bureauId: string | null;
}) {
  const { t } = useI18n();
  const ageLabel = useCallback((band: Band) => ageBandLabel(band, t), [t]);
  const partyYearsLabel = useCallback((band: Band) => partyYearsBandLabel(band, t), [t]);
  const ageLink = useCallback((band: Band) => ageBandLink(band, bureauId), [bureauId]);
  const partyYearsLink = useCallback(
    (band: Band) => partyYearsBandLink(band, bureauId),
    [bureauId],
  );
  return (
    <>
      <Col xs={24} lg={12}>
        <BandChartCard
          title={t('home.section.age')}
          bands={stats.members.byAge}
          label={ageLabel}
          link={ageLink}
          color="#fa8c16"
          empty={t('home.empty.age', { year: stats.year })}
        />
      </Col>
      <Col xs={24} lg={12}>
        <BandChartCard
          title={t('home.section.partyYears')}
          bands={stats.members.byPartyYears}
          label={partyYearsLabel}
          link={partyYearsLink}
          color="#cf1322"
          empty={t('home.empty.partyYears')}
        />
      </Col>
      {stats.visits && (
        <Col xs={24} xl={14}>
          <VisitsCard year={stats.year} visits={stats.visits} bureauId={bureauId} />
        </Col>
      )}
      {stats.coverage && (
        <Col xs={24} xl={10}>
          <CoverageCard year={stats.year} coverage={stats.coverage} bureauId={bureauId} />
        </Col>
      )}
      {stats.funding && (
        <Col xs={24}>
          <FundingCard year={stats.year} funding={stats.funding} bureauId={bureauId} />
        </Col>
      )}
    </>
  );
}
