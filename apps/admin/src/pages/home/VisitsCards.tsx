import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Col, Empty, Flex, Row, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import { Panel } from './Panel';
import { EChart } from '../../components/EChart';
import { OccasionTag } from '../visits/labels';
import { OCCASIONS } from '../visits/occasions';
import { RateProgress } from '../coverage/RateProgress';
import { allZero, formatCount, type CountyStats } from '../report/stats';
import { countBarOption } from './dashboard-charts';
import { coverageLink, visitBoardLink, visitsMadeLink } from './dashboard-links';
import { FigureGrid, FigureTile } from './FigureTile';
import styles from './home.module.css';
import '../coverage/locale';
import './locale';
import '../report/locale';

type Visits = NonNullable<CountyStats['visits']>;
type Coverage = NonNullable<CountyStats['coverage']>;

const VISIT_COLOR = '#d4380d';

/**
 * 走访慰问: the year's visits, by occasion and by month; each figure, bar and month opens the
 * visit records behind it.
 */
export function VisitsCard({
  year,
  visits,
  bureauId,
}: {
  year: number;
  visits: Visits;
  /** The bureau picked, which the visit records keep. */
  bureauId: string | null;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const byOccasion = new Map(visits.byOccasion.map((row) => [row.occasion, row.count]));
  const monthTitle = t('home.byMonth');
  const option = useMemo(
    () =>
      countBarOption({
        labels: visits.byMonth.map((row) => t('home.monthAxis', { month: row.month })),
        values: visits.byMonth.map((row) => row.count),
        name: monthTitle,
        color: VISIT_COLOR,
        format: (count) => formatCount(count, locale),
      }),
    [visits, monthTitle, t, locale],
  );
  return (
    <Panel title={t('home.section.visits')}>
      <Row gutter={[24, 16]}>
        <Col xs={24} md={9}>
          <FigureTile
            label={t('home.visitsTotal')}
            value={formatCount(visits.total, locale)}
            unit={t('report.unit.visit')}
            to={visitsMadeLink(year, {}, bureauId)}
            color={VISIT_COLOR}
          />
          <Typography.Title level={4} style={{ margin: '16px 0 8px', fontSize: 16 }}>
            {t('home.byOccasion')}
          </Typography.Title>
          <Flex
            vertical
            gap={6}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {OCCASIONS.map((occasion) => {
              const count = t('home.visitCount', {
                count: formatCount(byOccasion.get(occasion) ?? 0, locale),
              });
              return (
                <li key={occasion}>
                  <Flex justify="space-between" align="center" gap={8}>
                    <OccasionTag occasion={occasion} />
                    <Link
                      to={visitsMadeLink(year, { occasion }, bureauId)}
                      aria-label={`${t(`enum.VisitOccasion.${occasion}`)} ${count}`}
                    >
                      {count}
                    </Link>
                  </Flex>
                </li>
              );
            })}
          </Flex>
        </Col>
        <Col xs={24} md={15}>
          <Typography.Title level={4} style={{ marginTop: 0, fontSize: 16 }}>
            {monthTitle}
          </Typography.Title>
          {allZero(visits.byMonth.map((row) => row.count)) ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('home.empty.visits', { year })}
            />
          ) : (
            <>
              <EChart
                option={option}
                height={300}
                label={monthTitle}
                onItemClick={(index) =>
                  void navigate(
                    visitsMadeLink(year, { month: visits.byMonth[index].month }, bureauId),
                  )
                }
              />
              <nav className={styles.legend} aria-label={monthTitle}>
                {visits.byMonth.map((row) => (
                  <Link key={row.month} to={visitsMadeLink(year, { month: row.month }, bureauId)}>
                    {t('home.monthAxis', { month: row.month })}{' '}
                    {t('home.visitCount', { count: formatCount(row.count, locale) })}
                  </Link>
                ))}
              </nav>
            </>
          )}
        </Col>
      </Row>
    </Panel>
  );
}

/**
 * 六个必访: the coverage rate as a dial, and how the tasks were kept, each a way in (the
 * coverage of the bureau picked, if one is).
 */
export function CoverageCard({
  year,
  coverage,
  bureauId,
}: {
  year: number;
  coverage: Coverage;
  bureauId: string | null;
}) {
  const { t, locale } = useI18n();
  const total = coverage.total;
  const count = (value: number) => formatCount(value, locale);
  const link = coverageLink(year, bureauId);
  const rateLabel = t('home.coverageRate', { year });
  return (
    <Panel title={t('home.section.coverage')} extra={<Link to={link}>{t('home.more')}</Link>}>
      {total.tasks === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('home.empty.coverage', { year })}
        />
      ) : (
        <Flex vertical gap={16}>
          <Link to={link} style={{ alignSelf: 'center', textAlign: 'center' }}>
            <RateProgress rate={total.rate} label={rateLabel} dashboard />
            <Typography.Text strong style={{ display: 'block' }}>
              {t('coverage.figure.rate')}
            </Typography.Text>
          </Link>
          <FigureGrid
            figures={[
              { label: t('coverage.figure.tasks'), value: count(total.tasks), to: link },
              {
                label: t('coverage.figure.doneOnTime'),
                value: count(total.doneOnTime),
                to: link,
                color: '#237804',
              },
              {
                label: t('coverage.figure.doneLate'),
                value: count(total.doneLate),
                to: link,
                color: '#874d00',
              },
              {
                label: t('coverage.figure.missed'),
                value: count(total.missed),
                to: link,
                color: '#a8071a',
              },
              {
                label: t('coverage.figure.overdue'),
                value: count(total.overdue),
                to: visitBoardLink({ section: 'overdue' }, bureauId),
                color: '#ad2102',
              },
              { label: t('coverage.figure.waived'), value: count(total.waived), to: link },
            ]}
          />
        </Flex>
      )}
    </Panel>
  );
}
