import { parseRosterView, toMemberFilter } from '../roster/roster-view';
import type { RosterListFilterFieldsFragment } from '../../gql/graphql';
import { rosterHref } from './roster-href';

const NONE: RosterListFilterFieldsFragment = {
  branchSubtree: null,
  asOf: null,
  movement: null,
  retirementType: null,
  rank: null,
  gender: null,
  partyMember: null,
  ageMin: null,
  ageMax: null,
  residenceArea: null,
  healthStatus: null,
};

/** The members filter the roster page sends for a link. */
function listedBy(href: string) {
  const url = new URL(href, 'http://localhost');
  expect(url.pathname).toBe('/roster');
  return toMemberFilter(parseRosterView(url.searchParams), '2026-11-29');
}

describe('a yearly report cell’s link to the roster', () => {
  it('lists exactly the cell’s filter: a past day, every status', () => {
    const filter = {
      ...NONE,
      branchSubtree: 'QnJhbmNoOjM',
      asOf: '2024-12-31',
      retirementType: 'TUIXIU' as const,
      rank: '正科级',
      ageMin: 70,
      ageMax: 79,
      partyMember: true,
      residenceArea: 'YIYANG' as const,
    };
    expect(listedBy(rosterHref(filter))).toEqual({
      branchSubtree: 'QnJhbmNoOjM',
      asOf: '2024-12-31',
      retirementType: 'TUIXIU',
      rank: '正科级',
      ageMin: 70,
      ageMax: 79,
      partyMember: true,
      residenceArea: 'YIYANG',
    });
  });

  it('lists a movement of the year, and a gender or health group', () => {
    const movement = { kind: 'DIED' as const, from: '2025-01-01', to: '2025-12-31' };
    expect(listedBy(rosterHref({ ...NONE, movement, gender: 'FEMALE' }))).toEqual({
      movement,
      gender: 'FEMALE',
    });
    expect(
      listedBy(rosterHref({ ...NONE, asOf: '2025-12-31', healthStatus: 'BEDRIDDEN' })),
    ).toEqual({ asOf: '2025-12-31', healthStatus: 'BEDRIDDEN' });
  });

  it('stays within the bureau the report was drawn up for', () => {
    expect(listedBy(rosterHref({ ...NONE, asOf: '2025-12-31' }, 'QnVyZWF1OjM'))).toEqual({
      asOf: '2025-12-31',
      bureauId: 'QnVyZWF1OjM',
    });
  });
});
