import {
  compareDates,
  addYears,
  anniversaryIn,
  isCalendarDate,
  latestStartFor,
  nextAnniversary,
  yearsBetween,
  monthDayRange,
} from './calendar-date';

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-1-01')).toBe(false);
  });

  it('counts whole years, turning on the birthday itself', () => {
    expect(yearsBetween('1950-06-15', '2026-06-14')).toBe(75);
    expect(yearsBetween('1950-06-15', '2026-06-15')).toBe(76);
  });

  it('puts a 29 February birthday on 28 February in common years', () => {
    expect(anniversaryIn('1952-02-29', 2026)).toBe('2026-02-28');
    expect(anniversaryIn('1952-02-29', 2028)).toBe('2028-02-29');
    expect(yearsBetween('1952-02-29', '2026-02-27')).toBe(73);
    expect(yearsBetween('1952-02-29', '2026-02-28')).toBe(74);
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });

  it('finds the next anniversary, today included, across the year end', () => {
    expect(nextAnniversary('1950-06-15', '2026-06-15')).toBe('2026-06-15');
    expect(nextAnniversary('1950-01-03', '2026-12-30')).toBe('2027-01-03');
  });

  it('finds the latest start for whole years exactly as yearsBetween counts them', () => {
    expect(latestStartFor(70, '2026-02-28')).toBe('1956-02-29');
    expect(latestStartFor(70, '2026-03-01')).toBe('1956-03-01');
    expect(latestStartFor(50, '2028-02-29')).toBe('1978-02-28');
    // Every day of 2024–2027 against every start in two leap-year windows.
    const day = (base: string, offset: number) =>
      new Date(Date.parse(`${base}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    const disagreements: string[] = [];
    for (let d = 0; d < 4 * 366; d += 1) {
      const on = day('2024-01-01', d);
      for (const years of [0, 1, 49, 50, 70]) {
        const bound = latestStartFor(years, on);
        for (const start of [day(bound, -1), bound, day(bound, 1)]) {
          if (yearsBetween(start, on) >= years !== start <= bound)
            disagreements.push(`${start} ${years} ${on}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('compares dates as dates, also past the year 9999 that a computation can reach', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBeLessThan(0);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(compareDates('10000-01-01', '9999-12-31')).toBeGreaterThan(0);
    expect(addYears('9990-01-01', 10)).toBe('10000-01-01');
    expect(compareDates('9999-12-31', addYears('9990-01-01', 10))).toBeLessThan(0);
  });

  it('refuses dates before 1800, as ID numbers do', () => {
    expect(isCalendarDate('1800-01-01')).toBe(true);
    expect(isCalendarDate('1799-12-31')).toBe(false);
  });

  it('gives a month as the first and last day, for birthday ranges', () => {
    expect(monthDayRange('2026-02-14')).toEqual({ from: '02-01', to: '02-28' });
    expect(monthDayRange('2028-02-14')).toEqual({ from: '02-01', to: '02-29' });
    expect(monthDayRange('2026-12-31')).toEqual({ from: '12-01', to: '12-31' });
  });
});
