import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Col, Empty, Flex, Row, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import { Panel } from './Panel';
import { EChart } from '../../components/EChart';
import { CATEGORIES, CategoryTag } from '../funding/labels';
import { categoryChartOption } from '../funding/funding-chart';
import { disbursementsLink } from '../funding/disbursement-view';
import { formatShare } from '../funding/share';
import { formatLargeFen } from '@wanxia/schema';
import type { CountyStats } from '../report/stats';
import { fundingLinesLink } from './dashboard-links';
import { FigureGrid } from './FigureTile';
import '../funding/locale';
import './locale';

type Funding = NonNullable<CountyStats['funding']>;

/**
 * 经费使用: the year's budget, what is approved and paid of it, and each category's execution;
 * a category (bar or link) opens its budget lines (the picked bureau's, if one is).
 */
export function FundingCard({
  year,
  funding,
  bureauId,
}: {
  year: number;
  funding: Funding;
  bureauId: string | null;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const total = funding.total;
  const categories = useMemo(
    () =>
      CATEGORIES.map((category) => funding.byCategory.find((row) => row.category === category))
        .filter((row) => row !== undefined)
        .filter((row) => row.amountFen > 0),
    [funding],
  );
  const option = useMemo(() => categoryChartOption(categories, t, locale), [categories, t, locale]);
  const chartTitle = t('home.fundingChart', { year });
  const money = (fen: number) => formatLargeFen(fen, locale);
  return (
    <Panel title={t('home.section.funding')}>
      {total.amountFen === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('home.empty.funding', { year })}
        />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={10}>
            <FigureGrid
              perRow={2}
              figures={[
                {
                  label: t('funding.figure.amount'),
                  value: money(total.amountFen),
                  to: fundingLinesLink(year, undefined, bureauId),
                },
                {
                  label: t('funding.figure.committed'),
                  value: money(total.committedFen),
                  to: disbursementsLink({ year, bureau: bureauId }),
                },
                {
                  label: t('funding.figure.paid'),
                  value: money(total.paidFen),
                  to: disbursementsLink({ year, status: 'PAID', bureau: bureauId }),
                  color: '#237804',
                },
                {
                  label: t('home.fundingRate'),
                  value: formatShare(total.executionRate),
                  to: fundingLinesLink(year, undefined, bureauId),
                },
              ]}
            />
            <Flex
              vertical
              gap={6}
              component="ul"
              style={{ listStyle: 'none', padding: 0, marginTop: 16 }}
            >
              {categories.map((row) => (
                <li key={row.category}>
                  <Link to={fundingLinesLink(year, row.category, bureauId)}>
                    <Flex justify="space-between" align="center" gap={8}>
                      <CategoryTag category={row.category} />
                      <span>
                        {money(row.amountFen)}
                        <Typography.Text type="secondary">
                          {' · '}
                          {t('home.fundingRate')} {formatShare(row.executionRate)}
                        </Typography.Text>
                      </span>
                    </Flex>
                  </Link>
                </li>
              ))}
            </Flex>
          </Col>
          <Col xs={24} lg={14}>
            <Typography.Title level={4} style={{ marginTop: 0, fontSize: 16 }}>
              {chartTitle}
            </Typography.Title>
            <EChart
              option={option}
              height={Math.max(240, 56 * categories.length + 64)}
              label={chartTitle}
              // The chart lists the categories bottom-up.
              onItemClick={(index) =>
                void navigate(
                  fundingLinesLink(
                    year,
                    categories[categories.length - 1 - index].category,
                    bureauId,
                  ),
                )
              }
            />
          </Col>
        </Row>
      )}
    </Panel>
  );
}
