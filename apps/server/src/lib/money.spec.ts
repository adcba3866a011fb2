import { formatYuan, yuanCell } from './money';

describe('money for people', () => {
  it('formats fen as yuan exactly', () => {
    expect(formatYuan(30)).toBe('0.30');
    expect(formatYuan(12_345)).toBe('123.45');
    expect(formatYuan(128_000_000)).toBe('1280000.00');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(formatYuan(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(() => formatYuan(0.5)).toThrow(RangeError);
  });

  it('gives spreadsheets the yuan value of the exact text', () => {
    expect(yuanCell(10 + 20)).toBe(0.3);
    expect(yuanCell(58_000_000)).toBe(580_000);
  });
});
