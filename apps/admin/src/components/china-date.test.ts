import { chinaDateTime, chinaToday } from './china-date';

describe('dates in China time, whatever the browser’s zone', () => {
  // 2025-12-31T23:30Z is 07:30 on 1 January 2026 in China.
  const newYearMorning = '2025-12-31T23:30:00.000Z';

  it('takes today from China’s calendar', () => {
    expect(chinaToday(new Date(newYearMorning))).toBe('2026-01-01');
  });

  it('shows an instant as the date and time in China', () => {
    expect(chinaDateTime(newYearMorning)).toBe('2026-01-01 07:30');
    expect(chinaDateTime('2026-06-15T16:05:00+00:00')).toBe('2026-06-16 00:05');
  });
});
