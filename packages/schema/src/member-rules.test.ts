import {
  ageOf,
  earliestPartyJoinDate,
  eligibleMedalsOf,
  nextDecadeBirthdayOf,
  partyStandingEstimatedOf,
  partyStandingFromOf,
  partyYearsOf,
  PHONE_PATTERN,
  type DatedMember,
} from './member-rules';

const member = (over: Partial<DatedMember> = {}): DatedMember => ({
  birthDate: '1950-06-15',
  deathDate: null,
  status: 'ACTIVE',
  partyMember: true,
  partyJoinDate: '1975-07-01',
  fullMembershipDate: null,
  ...over,
});

describe('the roster’s rules', () => {
  it('counts age to today, or to death', () => {
    expect(ageOf(member(), '2026-06-14')).toBe(75);
    expect(ageOf(member({ deathDate: '2020-06-15', status: 'DECEASED' }), '2026-06-15')).toBe(70);
  });

  it('counts 党龄 from full membership, else from joining + 1 year and says so', () => {
    expect(partyStandingFromOf(member())).toBe('1976-07-01');
    expect(partyStandingEstimatedOf(member())).toBe(true);
    const full = member({ fullMembershipDate: '1977-03-01' });
    expect(partyStandingFromOf(full)).toBe('1977-03-01');
    expect(partyStandingEstimatedOf(full)).toBe(false);
    expect(partyYearsOf(full, '2027-02-28')).toBe(49);
    expect(partyYearsOf(member({ partyJoinDate: '2026-01-01' }), '2026-06-01')).toBe(0);
    expect(partyYearsOf(member({ partyMember: false }), '2026-06-01')).toBeNull();
  });

  it('awards the 50-year medal in the year 党龄 reaches 50 by the cut-off day', () => {
    const joined1975 = member({ fullMembershipDate: '1976-07-01' });
    expect(eligibleMedalsOf(joined1975, '2026-01-10', { month: 12, day: 31 })).toEqual([
      'PARTY_50_YEARS',
    ]);
    expect(eligibleMedalsOf(joined1975, '2026-01-10', { month: 7, day: 1 })).toEqual([
      'PARTY_50_YEARS',
    ]);
    expect(eligibleMedalsOf(joined1975, '2026-01-10', { month: 6, day: 30 })).toEqual([]);
    expect(
      eligibleMedalsOf({ ...joined1975, status: 'DECEASED' }, '2026-01-10', { month: 12, day: 31 }),
    ).toEqual([]);
  });

  it('finds the next decade birthday from 60 on', () => {
    expect(nextDecadeBirthdayOf(member(), '2026-06-16')).toEqual({ date: '2030-06-15', age: 80 });
    expect(nextDecadeBirthdayOf(member({ birthDate: '1990-01-01' }), '2026-06-16')).toEqual({
      date: '2050-01-01',
      age: 60,
    });
  });

  it('takes a party joining date from the 14th birthday on', () => {
    expect(earliestPartyJoinDate('1952-02-29')).toBe('1966-02-28');
  });

  it('knows a phone number', () => {
    for (const phone of ['13812345678', '0739-1234567', '07391234567']) {
      expect(PHONE_PATTERN.test(phone)).toBe(true);
    }
    for (const phone of ['1381234567', '23812345678', '0739-123456']) {
      expect(PHONE_PATTERN.test(phone)).toBe(false);
    }
  });
});
