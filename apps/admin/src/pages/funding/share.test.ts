import { formatShare } from './share';

describe('shares', () => {
  it('in per cent with one decimal', () => {
    expect(formatShare(0.4532)).toBe('45.3%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatShare(null)).toBe('—');
  });
});
