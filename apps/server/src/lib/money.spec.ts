import { formatYuan, yuanCell } from './money';

describe('money for people', () => {
  it('formats fen as yuan exactly', () => {
    expect(formatYuan(30)).toBe('0.30');
    expect(formatYuan(12_345)).toBe('123.45');
    expect(formatYuan(99_999)).toBe('999.99');
    expect(formatYuan(100_000)).toBe('1,000.00');
    expect(formatYuan(1_185_900)).toBe('11,859.00');
    expect(formatYuan(128_000_000)).toBe('1,280,000.00');
    expect(formatYuan(-123_456_78)).toBe('-123,456.78');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(formatYuan(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91');
    expect(() => formatYuan(0.5)).toThrow(RangeError);
  });

  it('gives spreadsheets the yuan value of the exact text', () => {
    expect(yuanCell(10 + 20)).toBe(0.3);
    expect(yuanCell(58_000_000)).toBe(580_000);
    expect(yuanCell(Number.MAX_SAFE_INTEGER)).toBe(90_071_992_547_409.91);
  });
});
