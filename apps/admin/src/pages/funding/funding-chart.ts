import type { ChartOption } from '../../components/EChart';
import type { BudgetCategory, BudgetExecutionFieldsFragment } from '../../gql/graphql';
import type { Locale, MessageKey } from '../../locales';
import { APPROVED_COLOR, PAID_COLOR } from './ExecutionBar';
import { formatShare } from './share';
import { formatFen } from '@wanxia/schema';
import './locale';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const REMAINING_COLOR = '#d9d9d9';
const RATE_COLOR = '#1d39c4';
const AXIS_TEXT = 'rgba(0, 0, 0, 0.75)';

export interface MonthRow {
  month: number;
  paidFen: number;
  approvedFen: number;
}

/** A category's execution, as the year's summary gives it. */
export type CategoryRow = BudgetExecutionFieldsFragment & { category: BudgetCategory };

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const tooltipLine = (color: string | null, label: string, value: string) =>
  `<div style="display:flex;justify-content:space-between;gap:24px"><span>` +
  (color
    ? `<span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:${color};margin-right:6px"></span>`
    : '') +
  `${escapeHtml(label)}</span><strong>${escapeHtml(value)}</strong></div>`;

const tooltipTitle = (title: string) =>
  `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>`;

/** Axis labels in 万 (or thousands in English): yuan are drawn, fen are written in tooltips. */
function yuanAxisLabel(locale: Locale) {
  return (yuan: number) =>
    locale === 'zh-CN' ? `${Math.round(yuan / 1000) / 10}万` : `${Math.round(yuan / 100) / 10}k`;
}

/**
 * Execution rate of the year at the end of each month: paid up to then ÷ the year's amount.
 * Months still to come (after `lastMonth`) have none.
 */
export function cumulativeRates(
  months: readonly MonthRow[],
  amountFen: number,
  lastMonth: number,
): (number | null)[] {
  let paid = 0;
  return months.map((row) => {
    paid += row.paidFen;
    if (row.month > lastMonth || amountFen <= 0) return null;
    return Math.round((paid / amountFen) * 1000) / 10;
  });
}

/**
 * Paid and approved (not yet paid) per month as stacked bars, with the cumulative execution
 * rate as a line on a per-cent axis.
 */
export function monthlyChartOption(
  months: readonly MonthRow[],
  amountFen: number,
  lastMonth: number,
  t: Translate,
  locale: Locale,
): ChartOption {
  const rates = cumulativeRates(months, amountFen, lastMonth);
  return {
    color: [PAID_COLOR, APPROVED_COLOR, RATE_COLOR],
    grid: { left: 16, right: 16, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0, itemGap: 14, textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1;
        const row = months[index];
        if (!row) return '';
        return [
          tooltipTitle(t('funding.chart.monthTitle', { month: row.month })),
          tooltipLine(PAID_COLOR, t('funding.chart.paid'), formatFen(row.paidFen)),
          tooltipLine(APPROVED_COLOR, t('funding.chart.approved'), formatFen(row.approvedFen)),
          tooltipLine(
            RATE_COLOR,
            t('funding.chart.cumulativeRate'),
            rates[index] === null ? '—' : `${rates[index]}%`,
          ),
        ].join('');
      },
    },
    xAxis: {
      type: 'category',
      data: months.map((row) => t('funding.chart.month', { month: row.month })),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: AXIS_TEXT },
    },
    yAxis: [
      {
        type: 'value',
        name: t('funding.chart.yuanAxis'),
        axisLabel: { color: AXIS_TEXT, formatter: yuanAxisLabel(locale) },
      },
      {
        type: 'value',
        name: t('funding.chart.rateAxis'),
        min: 0,
        max: (extent) => Math.max(100, Math.ceil(extent.max)),
        splitLine: { show: false },
        axisLabel: { formatter: '{value}%', color: AXIS_TEXT },
      },
    ],
    series: [
      {
        type: 'bar',
        name: t('funding.chart.paid'),
        stack: 'month',
        barMaxWidth: 32,
        data: months.map((row) => row.paidFen / 100),
      },
      {
        type: 'bar',
        name: t('funding.chart.approved'),
        stack: 'month',
        barMaxWidth: 32,
        data: months.map((row) => row.approvedFen / 100),
      },
      {
        type: 'line',
        name: t('funding.chart.cumulativeRate'),
        yAxisIndex: 1,
        symbolSize: 6,
        lineStyle: { width: 2 },
        data: rates,
      },
    ],
  };
}

/**
 * Each category's amount as one horizontal bar: paid, approved but not paid, and what is left.
 */
export function categoryChartOption(
  rows: readonly CategoryRow[],
  t: Translate,
  locale: Locale,
): ChartOption {
  // The first category on top, as in the table.
  const ordered = [...rows].reverse();
  const parts = [
    { key: 'funding.chart.paid', color: PAID_COLOR, fen: (r: CategoryRow) => r.paidFen },
    {
      key: 'funding.chart.approved',
      color: APPROVED_COLOR,
      fen: (r: CategoryRow) => r.committedFen - r.paidFen,
    },
    {
      key: 'funding.chart.remaining',
      color: REMAINING_COLOR,
      fen: (r: CategoryRow) => r.amountFen - r.committedFen,
    },
  ] as const;
  return {
    color: parts.map((p) => p.color),
    grid: { left: 16, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, itemGap: 14, textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const row = ordered[(Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1];
        if (!row) return '';
        return [
          tooltipTitle(t(`enum.BudgetCategory.${row.category}`)),
          tooltipLine(null, t('funding.figure.amount'), formatFen(row.amountFen)),
          ...parts.map((p) => tooltipLine(p.color, t(p.key), formatFen(p.fen(row)))),
          tooltipLine(null, t('funding.figure.rate'), formatShare(row.executionRate)),
        ].join('');
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { color: AXIS_TEXT, formatter: yuanAxisLabel(locale) },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((row) => t(`enum.BudgetCategory.${row.category}`)),
      axisLabel: { color: AXIS_TEXT },
    },
    series: parts.map((p) => ({
      type: 'bar' as const,
      name: t(p.key),
      stack: 'amount',
      barMaxWidth: 22,
      data: ordered.map((row) => p.fen(row) / 100),
    })),
  };
}
