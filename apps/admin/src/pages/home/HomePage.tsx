import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Col, Flex, Row, Select, Tag, Tooltip, Typography } from 'antd';
import { FileTextOutlined, LockOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n';
import { picksBureau, useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { chinaToday } from '@wanxia/schema';
import { useUrlState } from '../../components/useUrlState';
import { CountyStatsDocument } from '../report/queries';
import { CampaignsDocument } from '../campaigns/queries';
import {
  ageBandLabel,
  formatChinaDateTime,
  partyYearsBandLabel,
  statsYears,
  type Band,
} from '../report/stats';
import { ageBandLink, partyYearsBandLink } from './dashboard-links';
import { dashboardYearCodec } from './dashboard-view';
import { MembersCard, OrganisationCard } from './SummaryCards';
import { BandChartCard } from './BandChartCard';
import { CoverageCard, VisitsCard } from './VisitsCards';
import { FundingCard } from './FundingCard';
import { CampaignDashboardCard } from '../campaigns/CampaignDashboardCard';
import './locale';
import '../report/locale';

/** Only province and city accounts pick a bureau: its code loads when one does. */
const BureauSelect = lazy(() => import('../../components/BureauSelect'));

/**
 * 首页: the county's year at a glance, read like its yearly report: organisation, roster,
 * visits and must-visit coverage, money. Every figure opens the list behind it.
 */
export default function HomePage() {
  const { t, locale } = useI18n();
  const { viewer, access } = useViewer();
  const navigate = useNavigate();
  const today = chinaToday();
  const thisYear = Number(today.slice(0, 4));
  const codec = useMemo(() => dashboardYearCodec(thisYear), [thisYear]);
  const [year, setYear] = useUrlState(codec);
  const [bureauId, setBureauId] = useState<string | null>(null);
  const { data, previousData, error, refetch } = useQuery(CountyStatsDocument, {
    variables: {
      year,
      withVisits: access.canReadVisits,
      withFunding: access.canReadFunding,
      // Left out, not null, for the caller's whole reach.
      bureauId: bureauId ?? undefined,
    },
    skip: !access.canReadMembers,
  });
  // Asked with the figures, not after them: the card above them is in place when they show.
  const campaigns = useQuery(CampaignsDocument, {
    variables: { filter: { active: true }, first: 10 },
    fetchPolicy: 'cache-and-network',
    skip: !access.canReadMembers || !access.canReadVisits,
  });
  // Drawn in a render React may pause (the cards are much to draw): the page answers meanwhile.
  const stats = useDeferredValue((data ?? previousData)?.countyStats);
  const ageLabel = useCallback((band: Band) => ageBandLabel(band, t), [t]);
  const partyYearsLabel = useCallback((band: Band) => partyYearsBandLabel(band, t), [t]);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('home.welcome', { name: viewer.user?.displayName ?? '' })}
          </Typography.Title>
          {stats && (
            <Typography.Text type="secondary">
              {t('home.lead', {
                date: dayjs(today).toDate().toLocaleDateString(locale, { dateStyle: 'full' }),
                scope: viewer.branch?.name ?? viewer.bureau?.name ?? t('home.county'),
                year: stats.year,
                asOf: dayjs(stats.asOf).format(t('report.dateFormat')),
              })}
            </Typography.Text>
          )}
        </div>
        {access.canReadMembers && (
          <Flex gap={8} align="center" wrap>
            {stats?.frozenAt && (
              <Tooltip
                title={t('home.frozenTitle', {
                  at: formatChinaDateTime(stats.frozenAt, locale),
                  by: stats.frozenBy ?? '',
                })}
              >
                <Tag
                  icon={<LockOutlined aria-hidden />}
                  color="blue"
                  style={{ marginInlineEnd: 0 }}
                >
                  {t('home.frozen')}
                </Tag>
              </Tooltip>
            )}
            {picksBureau(viewer) && (
              <Suspense fallback={null}>
                <BureauSelect value={bureauId} onChange={setBureauId} style={{ minWidth: 180 }} />
              </Suspense>
            )}
            <Select<number>
              aria-label={t('home.year')}
              value={year}
              onChange={(next) => setYear(next)}
              options={statsYears(thisYear).map((value) => ({
                value,
                label: t('report.yearOption', { year: value }),
              }))}
              style={{ width: 112 }}
            />
            <Button
              icon={<FileTextOutlined aria-hidden />}
              onClick={() => void navigate(`/reports/${year}`)}
            >
              {t('home.report')}
            </Button>
          </Flex>
        )}
      </Flex>

      {!access.canReadMembers ? null : !stats || (campaigns.loading && !campaigns.data) ? (
        <Card>
          <PageState loading={!error} error={error} onRetry={() => void refetch()} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {campaigns.data && <CampaignDashboardCard campaigns={campaigns.data.campaigns.nodes} />}
          <Col xs={24} xl={12}>
            <OrganisationCard organisation={stats.organisation} />
          </Col>
          <Col xs={24} xl={12}>
            <MembersCard members={stats.members} />
          </Col>
          <Col xs={24} lg={12}>
            <BandChartCard
              title={t('home.section.age')}
              bands={stats.members.byAge}
              label={ageLabel}
              link={ageBandLink}
              color="#fa8c16"
              empty={t('home.empty.age', { year: stats.year })}
            />
          </Col>
          <Col xs={24} lg={12}>
            <BandChartCard
              title={t('home.section.partyYears')}
              bands={stats.members.byPartyYears}
              label={partyYearsLabel}
              link={partyYearsBandLink}
              color="#cf1322"
              empty={t('home.empty.partyYears')}
            />
          </Col>
          {stats.visits && (
            <Col xs={24} xl={14}>
              <VisitsCard year={stats.year} visits={stats.visits} />
            </Col>
          )}
          {stats.coverage && (
            <Col xs={24} xl={10}>
              <CoverageCard year={stats.year} coverage={stats.coverage} />
            </Col>
          )}
          {stats.funding && (
            <Col xs={24}>
              <FundingCard year={stats.year} funding={stats.funding} />
            </Col>
          )}
        </Row>
      )}
    </Flex>
  );
}
