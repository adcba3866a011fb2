import type { Locale, MessageKey } from '../../locales';
import type { ChartOption } from '../../components/EChart';
import { formatRate, type Figures } from './coverage-figures';
import './locale';

/** One bar of a chart: a branch, an occasion or a month. */
export interface ChartRow {
  /** On the axis. */
  label: string;
  /** In the tooltip. */
  title: string;
  figures: Figures;
}

type Translate = (key: MessageKey) => string;

/**
 * The parts a bar is stacked from: they add up to the tasks counted. "Open" tasks are split
 * into those past their window (overdue) and those still in it.
 */
const PARTS: { key: MessageKey; color: string; value: (f: Figures) => number }[] = [
  { key: 'coverage.figure.doneOnTime', color: '#389e0d', value: (f) => f.doneOnTime },
  { key: 'coverage.figure.doneLate', color: '#faad14', value: (f) => f.doneLate },
  { key: 'coverage.figure.overdue', color: '#fa541c', value: (f) => f.overdue },
  { key: 'coverage.figure.missed', color: '#a8071a', value: (f) => f.missed },
  { key: 'coverage.figure.pending', color: '#91caff', value: (f) => f.open - f.overdue },
  { key: 'coverage.figure.waived', color: '#bfbfbf', value: (f) => f.waived },
];
const RATE_COLOR = '#1d39c4';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const dot = (color: string) =>
  `<span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:${color};margin-right:6px"></span>`;

/** The tooltip of one bar: every figure, the total and the rate, in the reader's language. */
function tooltip(row: ChartRow, t: Translate, locale: Locale): string {
  const line = (marker: string, label: string, value: string) =>
    `<div style="display:flex;justify-content:space-between;gap:24px">` +
    `<span>${marker}${escapeHtml(label)}</span><strong>${value}</strong></div>`;
  return [
    `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(row.title)}</div>`,
    ...PARTS.map((part) => line(dot(part.color), t(part.key), String(part.value(row.figures)))),
    line('', t('coverage.figure.tasks'), String(row.figures.tasks)),
    line(dot(RATE_COLOR), t('coverage.figure.rate'), formatRate(row.figures.rate, locale)),
  ].join('');
}

/**
 * A stacked bar per row (how its tasks were kept) with the coverage rate as a line on a second
 * axis in per cent.
 */
export function coverageChartOption(
  rows: readonly ChartRow[],
  t: Translate,
  locale: Locale,
): ChartOption {
  // Long names (branches) turn sideways when many; months and occasions fit as they are.
  const crowded = rows.length * Math.max(0, ...rows.map((r) => r.label.length)) > 48;
  const few = rows.length <= 8;
  return {
    color: [...PARTS.map((p) => p.color), RATE_COLOR],
    // Room for the legend on two lines when the chart is narrow.
    grid: { left: 16, right: 16, top: 84, bottom: 8 },
    legend: { top: 0, itemGap: 14, textStyle: { color: 'rgba(0, 0, 0, 0.75)' } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const row = rows[first?.dataIndex ?? -1];
        return row ? tooltip(row, t, locale) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisTick: { alignWithLabel: true },
      axisLabel: {
        interval: 0,
        color: 'rgba(0, 0, 0, 0.75)',
        rotate: crowded ? 35 : 0,
        width: crowded ? 110 : 90,
        overflow: crowded ? 'truncate' : 'break',
      },
    },
    yAxis: [
      {
        type: 'value',
        name: t('coverage.chart.tasksAxis'),
        minInterval: 1,
        axisLabel: { color: 'rgba(0, 0, 0, 0.75)' },
      },
      {
        type: 'value',
        name: t('coverage.chart.rateAxis'),
        min: 0,
        max: 100,
        splitLine: { show: false },
        axisLabel: { formatter: '{value}%', color: 'rgba(0, 0, 0, 0.75)' },
      },
    ],
    series: [
      ...PARTS.map((part): ChartOption['series'] => ({
        type: 'bar',
        name: t(part.key),
        stack: 'tasks',
        barMaxWidth: 36,
        emphasis: { focus: 'series' },
        data: rows.map((r) => part.value(r.figures)),
      })),
      {
        type: 'line',
        name: t('coverage.figure.rate'),
        yAxisIndex: 1,
        symbolSize: 7,
        lineStyle: { width: 2 },
        label: {
          show: few,
          position: 'top',
          color: RATE_COLOR,
          formatter: ({ value }) => formatRate(Number(value) / 100, locale),
        },
        data: rows.map((r) =>
          r.figures.rate === null ? null : Math.round(r.figures.rate * 1000) / 10,
        ),
      },
    ] as ChartOption['series'],
  };
}
