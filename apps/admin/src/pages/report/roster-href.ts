import type { RosterListFilterFieldsFragment } from '../../gql/graphql';
import { DEFAULT_VIEW, formatRosterView } from '../roster/roster-view';

/**
 * The roster list behind a figure: its filter as the roster page reads it from the URL, within
 * the bureau the report was drawn up for (`bureauId`, when one was picked).
 */
export function rosterHref(
  filter: RosterListFilterFieldsFragment,
  bureauId: string | null = null,
): string {
  const params = formatRosterView({
    ...DEFAULT_VIEW,
    branch: filter.branchSubtree,
    bureau: bureauId,
    status: filter.asOf || filter.movement ? 'ALL' : 'ACTIVE',
    retirementType: filter.retirementType,
    ageMin: filter.ageMin,
    ageMax: filter.ageMax,
    report: {
      asOf: filter.asOf,
      movement: filter.movement,
      gender: filter.gender,
      rank: filter.rank,
      partyMember: filter.partyMember,
      residenceArea: filter.residenceArea,
      healthStatus: filter.healthStatus,
    },
  });
  return `/roster?${params.toString()}`;
}
