import { reportFigure, reportYuan } from './report-figure';

describe('reportFigure', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [35, '35'],
    [99, '99'],
    [100, '100'],
    [140, '140'],
    [220, '220'],
    [227, '220余'],
    [1_812, '1800余'],
    [1_200, '1200'],
    [1_209, '1200余'],
    [12_000, '12000'],
    [12_345, '12000余'],
    [99_999, '99000余'],
    [100_000, '10万'],
    [350_000, '35万'],
    [351_200, '35万余'],
    [706_000, '70万余'],
    [1_280_000, '128万'],
  ])('%i → %s', (n, text) => {
    expect(reportFigure(n)).toBe(text);
  });

  it('writes yuan from fen, cents dropped', () => {
    expect(reportYuan(58_000_000)).toBe('58万');
    expect(reportYuan(70_600_000)).toBe('70万余');
    expect(reportYuan(12_345)).toBe('120余');
  });

  it('refuses what is not a count', () => {
    expect(() => reportFigure(-1)).toThrow(RangeError);
    expect(() => reportFigure(1.5)).toThrow(RangeError);
  });
});
