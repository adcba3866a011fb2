import type { ChartOption } from '../../components/EChart';

const AXIS_TEXT = 'rgba(0, 0, 0, 0.75)';

/** One bar per band or month, each with its number on top. */
export function countBarOption({
  labels,
  values,
  name,
  color,
  format,
}: {
  labels: readonly string[];
  values: readonly number[];
  /** What is counted, for the tooltip. */
  name: string;
  color: string;
  format: (value: number) => string;
}): ChartOption {
  return {
    color: [color],
    grid: { left: 8, right: 8, top: 28, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (value) => format(Number(value)),
    },
    xAxis: {
      type: 'category',
      data: [...labels],
      axisTick: { alignWithLabel: true },
      axisLabel: { color: AXIS_TEXT, interval: 0 },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: AXIS_TEXT } },
    series: [
      {
        type: 'bar',
        name,
        data: [...values],
        barMaxWidth: 44,
        cursor: 'pointer',
        label: {
          show: true,
          position: 'top',
          color: AXIS_TEXT,
          formatter: (params) => format(Number(params.value)),
        },
      },
    ],
  };
}
