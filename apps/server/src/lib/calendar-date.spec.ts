import {
  compareDates,
  addYears,
  anniversaryIn,
  isCalendarDate,
  nextAnniversary,
  yearsBetween,
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

  it('compares dates as dates, also past the year 9999 that a computation can reach', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBeLessThan(0);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(compareDates('10000-01-01', '9999-12-31')).toBeGreaterThan(0);
    expect(addYears('9990-01-01', 10)).toBe('10000-01-01');
    expect(compareDates('9999-12-31', addYears('9990-01-01', 10))).toBeLessThan(0);
  });
});
