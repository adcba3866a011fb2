import {
  fenToCapital,
  formatFen,
  formatLargeFen,
  formatYuan,
  plainYuan,
  sumFen,
  voucherTotal,
  yuanCell,
  yuanToFen,
} from './money';

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

describe('yuan typed in a form become whole fen', () => {
  it('reads the decimal text, so 0.10 + 0.20 yuan is exactly 30 fen', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(yuanToFen('0.10')! + yuanToFen('0.20')!).toBe(30);
    expect(yuanToFen('0.1')! + yuanToFen('0.2')!).toBe(30);
    expect(sumFen([yuanToFen('0.1')!, yuanToFen('0.2')!])).toBe(30);
  });

  it('takes whole yuan, one or two decimals, separators and the yuan sign', () => {
    expect(yuanToFen('500')).toBe(50_000);
    expect(yuanToFen('500.5')).toBe(50_050);
    expect(yuanToFen('1,280,000.00')).toBe(128_000_000);
    expect(yuanToFen(' ¥12345.67 ')).toBe(1_234_567);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('1.')).toBe(100);
    expect(yuanToFen('0')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', '.5', '1.234', '-5', 'abc', '1e3', '12,3.4.5', '99999999999999999']) {
      expect(yuanToFen(text)).toBeNull();
    }
  });

  it('writes fen back as yuan for an input', () => {
    expect(plainYuan(128_000_000)).toBe('1280000.00');
    expect(plainYuan(5)).toBe('0.05');
    expect(plainYuan(-1999)).toBe('-19.99');
  });
});

describe('amounts as people read them', () => {
  it('in yuan with two decimals and thousands separators', () => {
    expect(formatFen(128_000_000)).toBe('¥1,280,000.00');
    expect(formatFen(30)).toBe('¥0.30');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(-50_000)).toBe('-¥500.00');
    expect(formatFen(123_456_789)).toBe('¥1,234,567.89');
    expect(formatYuan(123_456_789)).toBe('1,234,567.89');
  });

  it('in 万元 for summaries, in full below ten thousand yuan', () => {
    expect(formatLargeFen(128_000_000, 'zh-CN')).toBe('128 万元');
    expect(formatLargeFen(70_600_000, 'zh-CN')).toBe('70.6 万元');
    expect(formatLargeFen(123_456_789, 'zh-CN')).toBe('123.46 万元');
    expect(formatLargeFen(12_345_600_000_00, 'zh-CN')).toBe('1,234,560 万元');
    expect(formatLargeFen(999_999, 'zh-CN')).toBe('¥9,999.99');
    expect(formatLargeFen(128_000_000, 'en-US')).toBe('1.28 million yuan');
  });
});

describe('amounts in capital numerals (大写)', () => {
  it.each([
    [1_234_567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    [50_000, '伍佰元整'],
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [30, '叁角'],
    [105, '壹元零伍分'],
    [1050, '壹拾元伍角'],
    [1000, '壹拾元整'],
    [100_500, '壹仟零伍元整'],
    [10_000_000, '壹拾万元整'],
    [100_000_100, '壹佰万零壹元整'],
    [101_000_000, '壹佰零壹万元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [10_000_100_000, '壹亿零壹仟元整'],
    [20_010_000_000, '贰亿零壹拾万元整'],
    [10_000_000_000, '壹亿元整'],
    [128_000_000, '壹佰贰拾捌万元整'],
    [70_600_000, '柒拾万陆仟元整'],
    [30_000_000_000_000, '叁仟亿元整'],
    [100_000_000_000_000, '壹万亿元整'],
  ])('%i fen → %s', (fen, capital) => {
    expect(fenToCapital(fen)).toBe(capital);
  });

  it('puts 人民币 before the capitals on a voucher, as the People’s Bank requires', () => {
    expect(voucherTotal(1_234_567)).toBe('人民币壹万贰仟叁佰肆拾伍元陆角柒分');
    expect(voucherTotal(50_000)).toBe('人民币伍佰元整');
  });

  it('refuses what is not a whole, non-negative number of fen', () => {
    expect(() => fenToCapital(-1)).toThrow(RangeError);
    expect(() => fenToCapital(0.5)).toThrow(RangeError);
  });
});
