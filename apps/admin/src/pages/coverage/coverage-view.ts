import type { UrlCodec } from '../../components/useUrlState';

/** What the coverage page shows: a year, and the county (null) or one branch and those below. */
export interface CoverageView {
  year: number;
  branchId: string | null;
}

/** The year and branch in the query string (`?year=2025&branch=…`); this year is left out. */
export function coverageViewCodec(thisYear: number): UrlCodec<CoverageView> {
  return {
    parse(params) {
      const year = Number(params.get('year'));
      return {
        year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear,
        branchId: params.get('branch') || null,
      };
    },
    format({ year, branchId }) {
      const params = new URLSearchParams();
      if (year !== thisYear) params.set('year', String(year));
      if (branchId) params.set('branch', branchId);
      return params;
    },
  };
}
