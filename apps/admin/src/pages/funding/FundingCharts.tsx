import { useMemo } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import { useI18n } from '../../app/i18n';
import { EChart } from '../../components/EChart';
import type { BudgetCategory } from '../../gql/graphql';
import {
  categoryChartOption,
  monthlyChartOption,
  type CategoryRow,
  type MonthRow,
} from './funding-chart';
import './locale';

/**
 * The year's execution month by month, and each category's amount by what became of it. A
 * click on a category narrows the page to it.
 */
export function FundingCharts({
  year,
  amountFen,
  months,
  categories,
  lastMonth,
  onCategory,
}: {
  year: number;
  /** The year's budget, for the cumulative execution rate. */
  amountFen: number;
  months: readonly MonthRow[];
  categories: readonly CategoryRow[];
  /** The last month that has passed (12 for past years). */
  lastMonth: number;
  onCategory: (category: BudgetCategory) => void;
}) {
  const { t, locale } = useI18n();
  const monthly = useMemo(
    () => monthlyChartOption(months, amountFen, lastMonth, t, locale),
    [months, amountFen, lastMonth, t, locale],
  );
  const shown = useMemo(() => categories.filter((row) => row.amountFen > 0), [categories]);
  const byCategory = useMemo(() => categoryChartOption(shown, t, locale), [shown, t, locale]);
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('funding.chart.empty', { year })}
      style={{ minHeight: 240, paddingTop: 48 }}
    />
  );
  const monthlyTitle = t('funding.chart.monthlyTitle', { year });
  const categoryTitle = t('funding.chart.categoryTitle', { year });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={monthlyTitle} style={{ height: '100%' }}>
          {amountFen > 0 ? <EChart option={monthly} height={320} label={monthlyTitle} /> : empty}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={categoryTitle} style={{ height: '100%' }}>
          {shown.length ? (
            <EChart
              option={byCategory}
              height={320}
              label={categoryTitle}
              // The chart lists the categories bottom-up.
              onItemClick={(index) => onCategory(shown[shown.length - 1 - index].category)}
            />
          ) : (
            empty
          )}
        </Card>
      </Col>
    </Row>
  );
}
