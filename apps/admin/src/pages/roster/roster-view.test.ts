import {
  DEFAULT_VIEW,
  filterCount,
  formatRosterView,
  NO_FILTERS,
  parseRosterView,
  toRosterVariables,
  withFilters,
} from './roster-view';

const parse = (query: string) => parseRosterView(new URLSearchParams(query));

describe('the roster view in the URL', () => {
  it('reads the links of the home page', () => {
    expect(toRosterVariables(parse('status=ACTIVE&retirementType=LIXIU'), '2026-11-29')).toEqual({
      filter: { status: ['ACTIVE'], retirementType: 'LIXIU' },
      first: 20,
    });
    expect(toRosterVariables(parse('medal=1'), '2026-11-29').filter).toEqual({
      status: ['ACTIVE'],
      eligibleForMedal: 'PARTY_50_YEARS',
    });
    expect(toRosterVariables(parse('status=ACTIVE&birthdays=month'), '2026-02-10').filter).toEqual({
      status: ['ACTIVE'],
      birthdayFrom: '02-01',
      birthdayTo: '02-28',
    });
  });

  it('shows current members unless asked, and every status with ALL', () => {
    expect(parse('').status).toBe('ACTIVE');
    expect(toRosterVariables(parse('status=ALL'), '2026-11-29').filter).toEqual({});
    expect(parse('status=NONSENSE').status).toBe('ACTIVE');
  });

  it('reads a yearly report cell’s list: a past day or a period, every status unless asked', () => {
    const asOf = parse(
      'asOf=2024-12-31&retirementType=TUIXIU&rank=正科级&party=0&residence=CHANGSHA',
    );
    expect(asOf.status).toBe('ALL');
    expect(toRosterVariables(asOf, '2026-11-29').filter).toEqual({
      retirementType: 'TUIXIU',
      asOf: '2024-12-31',
      rank: '正科级',
      partyMember: false,
      residenceArea: 'CHANGSHA',
    });
    expect(parse(formatRosterView(asOf).toString())).toEqual(asOf);
    const moved = parse('movement=DIED&from=2025-01-01&to=2025-12-31&status=ACTIVE');
    expect(toRosterVariables(moved, '2026-11-29').filter).toEqual({
      status: ['ACTIVE'],
      movement: { kind: 'DIED', from: '2025-01-01', to: '2025-12-31' },
    });
    expect(parse(formatRosterView(moved).toString())).toEqual(moved);
    // A period without both ends, or a malformed day, is no filter.
    expect(parse('movement=DIED&from=2025-01-01').report.movement).toBeNull();
    expect(parse('asOf=yesterday').report.asOf).toBeNull();
    expect(parse('asOf=yesterday').status).toBe('ACTIVE');
  });

  it('writes back only what differs from the defaults', () => {
    expect(formatRosterView(DEFAULT_VIEW).toString()).toBe('');
    const view = { ...DEFAULT_VIEW, search: 'zjg', ageMin: 80, medal: true, size: 50 as const };
    expect(formatRosterView(view).toString()).toBe('q=zjg&ageMin=80&medal=1&size=50');
    expect(parse(formatRosterView(view).toString())).toEqual(view);
  });

  it('pages forwards and backwards with the cursors, and starts over on a new filter', () => {
    const next = { ...DEFAULT_VIEW, cursor: { after: 'abc' }, page: 2 };
    expect(toRosterVariables(next, '2026-11-29')).toMatchObject({ first: 20, after: 'abc' });
    const back = { ...DEFAULT_VIEW, cursor: { before: 'xyz' }, page: 3 };
    expect(toRosterVariables(back, '2026-11-29')).toMatchObject({ last: 20, before: 'xyz' });
    expect(parse(formatRosterView(back).toString())).toEqual(back);
    expect(withFilters(back, { search: '张' })).toMatchObject({ cursor: null, page: 1 });
  });

  it('asks for a band of party years, as the dashboard’s figures count them', () => {
    expect(toRosterVariables(parse('partyYears=30&partyYearsMax=39'), '2026-11-29').filter).toEqual(
      { status: ['ACTIVE'], partyYearsAtLeast: 30, partyYearsAtMost: 39 },
    );
  });

  it('counts the filters set beside the search, a range once, and clears them all', () => {
    expect(filterCount(parse('q=zjg'))).toBe(0);
    const set = parse(
      'q=zjg&branch=B1&status=ALL&retirementType=LIXIU&ageMin=80&ageMax=89&partyYears=30&birthdays=month&medal=1',
    );
    expect(filterCount(set)).toBe(7);
    expect(filterCount(parse('ageMax=89'))).toBe(1);
    expect([...formatRosterView(withFilters(set, NO_FILTERS)).keys()]).toEqual([]);
  });

  it('ignores ages the API would refuse', () => {
    expect(parse('ageMin=-3&ageMax=200&partyYears=abc')).toMatchObject({
      ageMin: null,
      ageMax: null,
      partyYearsAtLeast: null,
      partyYearsAtMost: null,
    });
  });
});
