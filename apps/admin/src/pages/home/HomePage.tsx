import { lazy, Suspense, useDeferredValue, useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Button, Col, Flex, Row, Tag, Tooltip } from 'antd';
import { FileTextOutlined, LockOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n';
import { usePrefetched } from '../../app/first-query';
import { useViewer } from '../../app/viewer';
import { BureauPicker } from '../../components/BureauPicker';
import { PageState } from '../../components/PageState';
import { chinaToday } from '@wanxia/schema';
import { useUrlState } from '../../components/useUrlState';
import { useNearScreen } from '../../components/useNearScreen';
import { useCompact } from '../../components/useCompact';
import { CountyStatsDocument } from '../report/queries';
import { CampaignsDocument } from '../campaigns/campaigns-query';
import { formatChinaDateTime, statsYears } from '../report/stats';
import { useBureauScope } from '../../components/useBureauScope';
import { dashboardViewCodec } from './dashboard-view';
import { reportLink } from './dashboard-links';
import { ACTIVE_CAMPAIGNS, statsVariables } from './prefetch';
import { MembersCard, OrganisationCard } from './SummaryCards';
import { CampaignsCard } from './CampaignsCard';
import { Panel } from './Panel';
import styles from './home.module.css';
import './locale';
import '../report/locale';

// The cards below the first figures (charts among them) come in a chunk of their own.
const loadDetails = () => import('./DashboardDetails');
const DashboardDetails = lazy(loadDetails);

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
  const codec = useMemo(() => dashboardViewCodec(thisYear), [thisYear]);
  const [{ year, bureauId }, setView] = useUrlState(codec);
  const setBureauId = (next: string | null, replace = false) =>
    setView((current) => ({ ...current, bureauId: next }), { replace });
  const { bureau, ready } = useBureauScope(bureauId, () => setBureauId(null, true));
  const statsAsked = statsVariables(access, year, bureauId);
  const { data, previousData, error, refetch } = useQuery(CountyStatsDocument, {
    variables: statsAsked,
    skip: !access.canReadMembers || !ready,
    ...usePrefetched(CountyStatsDocument, statsAsked),
  });
  // Asked with the figures, not after them: the card above them is in place when they show.
  const campaigns = useQuery(CampaignsDocument, {
    variables: ACTIVE_CAMPAIGNS,
    ...usePrefetched(CampaignsDocument, ACTIVE_CAMPAIGNS),
    skip: !access.canReadMembers || !access.canReadVisits,
  });
  // Drawn in a render React may pause (the cards are much to draw): the page answers meanwhile.
  // Also when the figures are in the cache at once (the route asked for them): the screen is
  // first drawn without them, so the layout and the cards are two commits, not one long task.
  const stats = useDeferredValue((data ?? previousData)?.countyStats, undefined);
  // On a wider screen they are in reach at once: asked for with the figures, so they are there
  // by the time the figures are. A phone asks when they near the screen, half a screen ahead.
  const compact = useCompact();
  useEffect(() => {
    if (!compact) void loadDetails();
  }, [compact]);
  const [detailsNear, detailsRef] = useNearScreen<HTMLDivElement>();
  const loadingState = (
    <Panel>
      <PageState loading={!error} error={error} onRetry={() => void refetch()} />
    </Panel>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div>
          <h3 className={styles.title}>
            {t('home.welcome', { name: viewer.user?.displayName ?? '' })}
          </h3>
          {/* Drawn with the greeting, before the figures: it says what the page is about. */}
          {access.canReadMembers && ready && (
            <span className={styles.secondary}>
              {t('home.lead', {
                // dayjs, not the browser's full date style, whose first use cost a phone 45 ms.
                date: dayjs(today).format(t('home.todayFormat')),
                scope:
                  viewer.branch?.name ?? bureau?.name ?? viewer.bureau?.name ?? t('home.county'),
                year,
              })}
            </span>
          )}
          {access.canReadMembers && (
            // Its line is kept while the figures load, so nothing below moves when they come.
            <div className={styles.secondary}>
              {stats
                ? t('home.asOf', { asOf: dayjs(stats.asOf).format(t('report.dateFormat')) })
                : '\u00a0'}
            </div>
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
            <BureauPicker value={bureauId} onChange={(next) => setBureauId(next)} />
            <select
              aria-label={t('home.year')}
              className={styles.year}
              value={year}
              onChange={(event) =>
                setView((current) => ({ ...current, year: Number(event.target.value) }))
              }
            >
              {statsYears(thisYear).map((value) => (
                <option key={value} value={value}>
                  {t('report.yearOption', { year: value })}
                </option>
              ))}
            </select>
            <Button
              icon={<FileTextOutlined aria-hidden />}
              onClick={() => void navigate(reportLink(year, bureauId))}
            >
              {t('home.report')}
            </Button>
          </Flex>
        )}
      </Flex>

      {!access.canReadMembers ? null : !stats || (campaigns.loading && !campaigns.data) ? (
        loadingState
      ) : (
        // Campaigns under way bring their own chunk: until it is there the loading state stays.
        <Suspense fallback={loadingState}>
          <Row gutter={[16, 16]}>
            {campaigns.data && <CampaignsCard campaigns={campaigns.data.campaigns.nodes} />}
            <Col xs={24} xl={12}>
              <OrganisationCard organisation={stats.organisation} bureauId={bureauId} />
            </Col>
            <Col xs={24} xl={12}>
              <MembersCard members={stats.members} bureauId={bureauId} />
            </Col>
            {detailsNear ? (
              <Suspense fallback={null}>
                <DashboardDetails stats={stats} bureauId={bureauId} />
              </Suspense>
            ) : (
              // Drawn when it nears the screen: on a phone the figures above fill the first one.
              <Col xs={24} ref={detailsRef} style={{ minHeight: 480 }} data-until-seen />
            )}
          </Row>
        </Suspense>
      )}
    </Flex>
  );
}
