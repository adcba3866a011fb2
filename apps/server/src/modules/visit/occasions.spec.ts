import {
  DEFAULT_WINDOWS,
  Holiday,
  VisitOccasion,
  decadeBirthdayIn,
  holidayDate,
  holidaysBetween,
  windowAround,
} from './occasions';

describe('the six must-visits: dates and windows', () => {
  it('computes the lunar holidays for any year', () => {
    expect(holidayDate(Holiday.SPRING_FESTIVAL, 2027)).toBe('2027-02-06');
    expect(holidayDate(Holiday.SPRING_FESTIVAL, 2022)).toBe('2022-02-01');
    expect(holidayDate(Holiday.DOUBLE_NINTH, 2026)).toBe('2026-10-18');
    expect(holidayDate(Holiday.DOUBLE_NINTH, 2022)).toBe('2022-10-04');
    // Far from any table a person would keep: the rule still holds.
    expect(holidayDate(Holiday.SPRING_FESTIVAL, 2050)).toBe('2050-01-23');
  });

  it('puts the Spring Festival 2027 visit in the 30 days before it: 7 January to 6 February', () => {
    expect(windowAround('2027-02-06', DEFAULT_WINDOWS[VisitOccasion.HOLIDAY])).toEqual({
      dueFrom: '2027-01-07',
      dueBy: '2027-02-06',
    });
  });

  it('finds the holidays of a range, across the year end', () => {
    expect(holidaysBetween('2026-10-01', '2027-03-01').map((h) => [h.key, h.date])).toEqual([
      ['DOUBLE_NINTH:2026', '2026-10-18'],
      ['SPRING_FESTIVAL:2027', '2027-02-06'],
    ]);
  });

  it('gives decade birthdays from 60 on, with windows across the year end', () => {
    expect(decadeBirthdayIn('1967-01-03', 2027)).toEqual({
      occasion: 'DECADE_BIRTHDAY',
      key: '2027',
      date: '2027-01-03',
    });
    expect(windowAround('2027-01-03', DEFAULT_WINDOWS[VisitOccasion.DECADE_BIRTHDAY])).toEqual({
      dueFrom: '2026-12-27',
      dueBy: '2027-01-10',
    });
    expect(decadeBirthdayIn('1977-05-05', 2027)).toBeNull(); // 50: not yet
    expect(decadeBirthdayIn('1956-05-05', 2027)).toBeNull(); // 71
    expect(decadeBirthdayIn('1927-05-05', 2027)?.key).toBe('2027'); // 100
  });

  it('celebrates a 29 February birthday on 28 February in a common year', () => {
    expect(decadeBirthdayIn('1956-02-29', 2026)?.date).toBe('2026-02-28');
    expect(decadeBirthdayIn('1948-02-29', 2028)?.date).toBe('2028-02-29');
  });

  it('opens event windows on the report: hospital 3 days, dispute 7 days', () => {
    expect(windowAround('2026-12-30', DEFAULT_WINDOWS[VisitOccasion.HOSPITALIZATION])).toEqual({
      dueFrom: '2026-12-30',
      dueBy: '2027-01-02',
    });
    expect(windowAround('2028-02-25', DEFAULT_WINDOWS[VisitOccasion.DISPUTE]).dueBy).toBe(
      '2028-03-03',
    );
  });
});
