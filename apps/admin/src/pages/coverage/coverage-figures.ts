import type { Locale } from '../../locales';
import type { CoverageCountsFieldsFragment, VisitOccasion } from '../../gql/graphql';
import { MUST_VISITS } from '../visits/occasions';
import { numberFormat } from '../../locales/number-format';

/** How the visits owed in a period were kept, as every part of a coverage counts them. */
export type Figures = CoverageCountsFieldsFragment;

/** The six must-visits (六个必访): every occasion but those that oblige no visit. */
export type MustVisitOccasion = Exclude<VisitOccasion, 'ROUTINE' | 'ONE_ON_ONE'>;

export const isMustVisit = (occasion: VisitOccasion): occasion is MustVisitOccasion =>
  MUST_VISITS.includes(occasion);

/** `0.853` → `85.3%`; no rate (nothing came due) → `—`, never NaN. */
export function formatRate(rate: number | null, locale: Locale): string {
  if (rate === null || !Number.isFinite(rate)) return '—';
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

/** Green from 90 %, amber from 70 %, red below: the bureau's reading of a coverage rate. */
export function rateColor(rate: number | null): string {
  if (rate === null) return '#8c8c8c';
  if (rate >= 0.9) return '#389e0d';
  if (rate >= 0.7) return '#d48806';
  return '#cf1322';
}

/** Highest rate first; branches with nothing due yet last, bigger ones first among equals. */
export function byRate(a: Figures, b: Figures): number {
  if (a.rate === null || b.rate === null) {
    if (a.rate !== b.rate) return a.rate === null ? 1 : -1;
  } else if (a.rate !== b.rate) {
    return b.rate - a.rate;
  }
  return b.tasks - a.tasks;
}

/**
 * A branch name short enough for a chart axis: every branch is "…离退休干部…党支部/党总支", so
 * those words say nothing there (the tooltip shows the full name).
 */
export function shortBranchName(name: string): string {
  const short = name.replace('离退休干部', '').replace(/党总支$/, '');
  return short || name;
}
