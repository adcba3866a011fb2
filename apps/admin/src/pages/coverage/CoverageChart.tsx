import { useMemo } from 'react';
import { Card, Empty } from 'antd';
import { useI18n } from '../../app/i18n';
import { EChart } from '../../components/EChart';
import { coverageChartOption, type ChartRow } from './coverage-chart';

/**
 * A card with one coverage chart, or an Empty state saying why there is nothing to draw: a
 * chart of zeros reads as broken.
 */
export function CoverageChart({
  title,
  rows,
  empty,
  height = 320,
  onItemClick,
}: {
  title: string;
  rows: readonly ChartRow[];
  /** Shown instead of the chart when no row has a task. */
  empty: string;
  height?: number;
  onItemClick?: (index: number) => void;
}) {
  const { t, locale } = useI18n();
  const option = useMemo(() => coverageChartOption(rows, t, locale), [rows, t, locale]);
  const hasTasks = rows.some((row) => row.figures.tasks > 0);
  return (
    <Card title={title} style={{ height: '100%' }}>
      {hasTasks ? (
        <EChart option={option} height={height} label={title} onItemClick={onItemClick} />
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={empty}
          style={{ minHeight: height - 80, paddingTop: 48 }}
        />
      )}
    </Card>
  );
}
