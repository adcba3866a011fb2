import type { Locale } from '../../locales';

/**
 * Money as the API speaks it: whole fen (分, 1/100 yuan). Yuan typed in a form become fen by
 * reading the decimal text, never by multiplying a float (0.1 + 0.2 yuan is 30 fen, not
 * 30.000000000000004); sums are sums of integers.
 */

const YUAN_TEXT = /^(\d+)(?:\.(\d{0,2}))?$/;

/** "1,280,000.5", "¥0.10" or "12" → fen; null when it is not an amount of yuan with ≤ 2 decimals. */
export function yuanToFen(text: string): number | null {
  const match = YUAN_TEXT.exec(text.trim().replace(/^¥/, '').replace(/[,\s]/g, ''));
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Fen as plain yuan text for an input: 128000000 → "1280000.00". */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * ¥1,280,000.00: yuan with two decimals and thousands separators; without the sign where a
 * column is headed 金额（元）.
 */
export function formatFen(fen: number, { sign = true }: { sign?: boolean } = {}): string {
  const [yuan, cents] = fenToYuanText(Math.abs(fen)).split('.');
  return `${fen < 0 ? '-' : ''}${sign ? '¥' : ''}${groupThousands(yuan)}.${cents}`;
}

/** Hundredths of a unit as text with the trailing zeros dropped: 12800 → "128", 7060 → "70.6". */
function hundredths(value: number): string {
  const whole = groupThousands(String(Math.floor(value / 100)));
  const rest = String(value % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/**
 * A large sum for a summary, rounded for reading: "128 万元" (in English "1.28 million yuan").
 * Below ten thousand yuan it is written in full. Display only: never computed with.
 */
export function formatLargeFen(fen: number, locale: Locale): string {
  const abs = Math.abs(fen);
  const sign = fen < 0 ? '-' : '';
  if (abs < 1_000_000) return formatFen(fen);
  if (locale === 'zh-CN') return `${sign}${hundredths(Math.round(abs / 10_000))} 万元`;
  return `${sign}${hundredths(Math.round(abs / 1_000_000))} million yuan`;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];

/** A group of four digits (1–9999) in capitals: 1005 → 壹仟零伍, 10 → 壹拾. */
function section(value: number): string {
  let text = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(value / 10 ** place) % 10;
    if (digit === 0) {
      zero = text !== '';
      continue;
    }
    if (zero) text += '零';
    text += DIGITS[digit] + PLACES[place];
    zero = false;
  }
  return text;
}

/** Whole yuan in capitals, by groups of four digits: 100000001 → 壹亿零壹. */
function wholeYuan(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let text = '';
  let zero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) {
      zero = text !== '';
      continue;
    }
    // A gap of zeros before this group, inside it or in the groups skipped, is read as one 零.
    if (text && (zero || groups[i] < 1000)) text += '零';
    text += section(groups[i]) + SECTIONS[i];
    zero = false;
  }
  return text;
}

/**
 * An amount in Chinese capital numerals (大写金额), as written on vouchers under the People's
 * Bank's rules: 1234567 fen → 壹万贰仟叁佰肆拾伍元陆角柒分; 整 after 元 when there are no jiao or
 * fen; 零 for a gap before the fen (壹元零伍分).
 */
export function fenToCapital(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`Not an amount of fen: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (jiao === 0 && cents === 0) return `${yuan > 0 ? wholeYuan(yuan) : '零'}元整`;
  let text = yuan > 0 ? `${wholeYuan(yuan)}元` : '';
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  else if (yuan > 0) text += '零';
  if (cents > 0) text += `${DIGITS[cents]}分`;
  return text;
}

/**
 * The total on a payment voucher (发放表): the People's Bank's rules put 人民币 before the
 * capitals, so that nothing can be written in front of them.
 */
export function voucherTotal(fen: number): string {
  return `人民币${fenToCapital(fen)}`;
}

/** The sum of amounts in fen (integers, so exact). */
export function sumFen(amounts: readonly number[]): number {
  return amounts.reduce((total, fen) => total + fen, 0);
}

/** A share as a percentage with one decimal ("45.3%"); "—" when there is nothing to share. */
export function formatShare(rate: number | null | undefined): string {
  return rate == null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
