import Nzh from 'nzh';
import type { Locale } from './locale.js';

/**
 * Money is whole fen (分, 1/100 yuan) everywhere. These turn it into yuan for people and
 * spreadsheets, and yuan typed in a form back into fen, by integer arithmetic and the decimal
 * text: never by dividing into a float and rounding (0.1 + 0.2 yuan is 30 fen, not
 * 30.000000000000004).
 */

function wholeFen(fen: number): number {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  return fen;
}

/** `128000000` → `"1280000.00"`, `-5` → `"-0.05"`: digits only, for an input or a parser. */
export function plainYuan(fen: number): string {
  const sign = wholeFen(fen) < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * For people to read, thousands grouped: `1185900` → `"11,859.00"`, `-5` → `"-0.05"`; where
 * the column or the sentence says 元.
 */
export function formatYuan(fen: number): string {
  const [yuan, cents] = plainYuan(fen).split('.');
  return `${groupThousands(yuan)}.${cents}`;
}

/** With the yuan sign, where nothing else says 元: `¥1,280,000.00`, `-¥500.00`. */
export function formatFen(fen: number): string {
  return fen < 0 ? `-¥${formatYuan(-fen)}` : `¥${formatYuan(fen)}`;
}

/**
 * Yuan as a spreadsheet number (shown with two decimals): parsed from the exact text, so the cell
 * holds the nearest value to the true amount; sums stay in fen in the database.
 */
export function yuanCell(fen: number): number {
  return Number(plainYuan(fen));
}

const YUAN_TEXT = /^(\d+)(?:\.(\d{0,2}))?$/;

/** "1,280,000.5", "¥0.10" or "12" → fen; null when it is not an amount of yuan with ≤ 2 decimals. */
export function yuanToFen(text: string): number | null {
  const match = YUAN_TEXT.exec(text.trim().replace(/^¥/, '').replace(/[,\s]/g, ''));
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** The sum of amounts in fen (integers, so exact). */
export function sumFen(amounts: readonly number[]): number {
  return amounts.reduce((total, fen) => total + fen, 0);
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

/**
 * An amount in Chinese capital numerals (大写金额), as written on vouchers under the People's
 * Bank's rules: 1234567 fen → 壹万贰仟叁佰肆拾伍元陆角柒分; 整 after 元 when there are no jiao or
 * fen; 零 for a gap before the fen (壹元零伍分). nzh reads the exact decimal text, without the
 * zero decimals that would cost the 整.
 */
export function fenToCapital(fen: number): string {
  if (wholeFen(fen) < 0) throw new RangeError(`not an amount of fen: ${fen}`);
  const text = plainYuan(fen).replace(/\.?0+$/, '');
  return Nzh.cn.toMoney(text, { outSymbol: false });
}

/**
 * The total on a payment voucher (发放表): the People's Bank's rules put 人民币 before the
 * capitals, so that nothing can be written in front of them.
 */
export function voucherTotal(fen: number): string {
  return `人民币${fenToCapital(fen)}`;
}
