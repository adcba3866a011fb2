import type {
  BudgetCategory,
  DemonstrationLevel,
  MemberStatus,
  RetirementType,
  VisitOccasion,
} from '../../gql/graphql';
import { periodOf, visitRecordsLink } from '../visits/records/records-view';

/**
 * Where each figure of the dashboard leads: the list behind it, filtered with the keys its page
 * reads from the address (roster-view, branch-view, coverage-view, board-view, lines-view; the
 * payments page and the visit records have their own builders in funding/disbursement-view and
 * visits/records/records-view). Where a list has no filter for exactly the figure, the link goes
 * to the closest one. The bureau picked on the dashboard goes on to every list (`bureau`).
 */

const withParams = (path: string, params: Record<string, string | number | null | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
};

/** The roster, current members unless another status is asked for. */
export function rosterLink(
  filters: {
    status?: MemberStatus;
    retirementType?: RetirementType;
    ageMin?: number;
    ageMax?: number;
    /** Years in the party: at least `partyYears`, at most `partyYearsMax`. */
    partyYears?: number;
    partyYearsMax?: number;
    medal?: boolean;
    /** The bureau picked on the dashboard. */
    bureauId?: string | null;
  } = {},
): string {
  return withParams('/roster', {
    bureau: filters.bureauId,
    status: filters.status ?? 'ACTIVE',
    retirementType: filters.retirementType,
    ageMin: filters.ageMin || undefined,
    ageMax: filters.ageMax,
    partyYears: filters.partyYears,
    partyYearsMax: filters.partyYearsMax,
    medal: filters.medal ? 1 : undefined,
  });
}

/** A band [from, to] of ages (to null: and above) as roster filters. */
export function ageBandLink(
  band: { from: number; to: number | null },
  bureauId: string | null = null,
): string {
  return rosterLink({ ageMin: band.from, ageMax: band.to ?? undefined, bureauId });
}

/** A band [from, to] of party years (to null: and above) as roster filters: the same members. */
export function partyYearsBandLink(
  band: { from: number; to: number | null },
  bureauId: string | null = null,
): string {
  return rosterLink({ partyYears: band.from, partyYearsMax: band.to ?? undefined, bureauId });
}

/** The branch tree, narrowed to a demonstration level or to the branches with a home. */
export function branchesLink(
  filters: { level?: DemonstrationLevel; home?: boolean } = {},
  bureauId: string | null = null,
): string {
  return withParams('/branches', {
    bureau: bureauId,
    level: filters.level,
    home: filters.home ? 1 : undefined,
  });
}

export function coverageLink(year: number, bureauId: string | null = null): string {
  return withParams('/visits/coverage', { year, bureau: bureauId });
}

/** The 待访 board: open tasks of a must-visit occasion, or those past their window. */
export function visitBoardLink(
  filters: { occasion?: VisitOccasion; section?: 'overdue' } = {},
  bureauId: string | null = null,
): string {
  return withParams('/visits', {
    section: filters.section,
    occasion: filters.occasion,
    bureau: bureauId,
  });
}

/** The visits made in a year, or in one of its months (1–12), of one occasion if asked. */
export function visitsMadeLink(
  year: number,
  filters: { month?: number; occasion?: VisitOccasion } = {},
  bureauId: string | null = null,
): string {
  return visitRecordsLink({
    ...periodOf(year, filters.month),
    occasions: filters.occasion ? [filters.occasion] : [],
    bureau: bureauId,
  });
}

/** The budget lines of a year, of one category if asked. */
export function fundingLinesLink(
  year: number,
  category?: BudgetCategory,
  bureauId: string | null = null,
): string {
  return withParams('/funding', { year, category, bureau: bureauId });
}

/** The yearly report of a year. */
export function reportLink(year: number, bureauId: string | null = null): string {
  return withParams(`/reports/${year}`, { bureau: bureauId });
}
