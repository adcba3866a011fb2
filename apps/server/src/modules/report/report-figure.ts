/**
 * A count or amount as the bureau's reports write it: exact below 100; then cut to its two
 * leading digits with 余 ("more than") when something was cut (1,812 → "1800余", 220 → "220",
 * 12,345 → "12000余"); from 100,000 on in whole 万 (350,000 → "35万", 706,000 → "70万余",
 * 1,280,000 → "128万"). Never rounds up: a report does not claim more than was done.
 */
export function reportFigure(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
  if (n < 100) return String(n);
  if (n < 100_000) {
    const unit = 10 ** (String(n).length - 2);
    const kept = Math.floor(n / unit) * unit;
    return `${kept}${kept < n ? '余' : ''}`;
  }
  const wan = Math.floor(n / 10_000);
  return `${wan}万${wan * 10_000 < n ? '余' : ''}`;
}

/** An amount in fen as reportFigure writes its whole yuan: 58,000,000 fen → "58万". */
export function reportYuan(fen: number): string {
  return reportFigure(Math.floor(fen / 100));
}
