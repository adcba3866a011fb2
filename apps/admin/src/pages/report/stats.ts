import type { CountyStatsQuery } from '../../gql/graphql';
import type { Locale, MessageKey } from '../../locales';
import './locale';
import { numberFormat } from '../../locales/number-format';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export type CountyStats = CountyStatsQuery['countyStats'];

/** A band of members [from, to] (to null: and above), as countyStats counts them. */
export interface Band {
  from: number;
  to: number | null;
  count: number;
}

/** A whole number as a Chinese (or English) reader writes it: 6,000. */
export function formatCount(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** An age band in words: 60岁以下, 60–69岁, 90岁及以上. */
export function ageBandLabel(band: Pick<Band, 'from' | 'to'>, t: Translate): string {
  if (band.to === null) return t('report.band.ageFrom', { from: band.from });
  if (band.from === 0) return t('report.band.ageBelow', { below: band.to + 1 });
  return t('report.band.age', { from: band.from, to: band.to });
}

/** A band of party years in words: 不满30年, 30–39年, 50年及以上. */
export function partyYearsBandLabel(band: Pick<Band, 'from' | 'to'>, t: Translate): string {
  if (band.to === null) return t('report.band.yearsFrom', { from: band.from });
  if (band.from === 0) return t('report.band.yearsBelow', { below: band.to + 1 });
  return t('report.band.years', { from: band.from, to: band.to });
}

/** True when every figure is zero: a chart of it would be an empty frame. */
export function allZero(values: readonly number[]): boolean {
  return values.every((value) => value === 0);
}

/** A part of a whole as a percentage with one decimal; "—" when the whole is zero. */
export function formatPart(part: number, whole: number, locale: Locale): string {
  if (whole === 0) return '—';
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(part / whole);
}

/** The years one may look at: this one and six before it. */
export function statsYears(thisYear: number): number[] {
  return Array.from({ length: 7 }, (_, i) => thisYear - i);
}

const CHINA_TIME = { timeZone: 'Asia/Shanghai' } as const;

/** A moment (ISO 8601) as a day and time in China: 2026年11月29日 09:30. */
export function formatChinaDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    ...CHINA_TIME,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
