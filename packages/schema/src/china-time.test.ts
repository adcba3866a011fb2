import { chinaDate, chinaDateTime } from './china-time';

describe('instants in China time, whatever the zone of the machine', () => {
  // 2025-12-31T23:30Z is 07:30 on 1 January 2026 in China.
  const newYearMorning = '2025-12-31T23:30:00.000Z';

  it('takes the date from China’s calendar', () => {
    expect(chinaDate(new Date(newYearMorning))).toBe('2026-01-01');
    expect(chinaDate(newYearMorning)).toBe('2026-01-01');
    expect(chinaDate('2026-06-15T15:59:59.999Z')).toBe('2026-06-15');
    expect(chinaDate('2026-06-15T16:00:00.000Z')).toBe('2026-06-16');
  });

  it('shows an instant as the date and time in China', () => {
    expect(chinaDateTime(newYearMorning)).toBe('2026-01-01 07:30');
    expect(chinaDateTime(new Date('2026-06-15T16:05:00+00:00'))).toBe('2026-06-16 00:05');
  });

  it('gives the same answer under any zone of the process', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(chinaDateTime(newYearMorning)).toBe('2026-01-01 07:30');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
