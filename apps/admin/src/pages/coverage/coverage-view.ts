import type { UrlCodec } from '../../components/useUrlState';
import { readBureau, writeBureau } from '../../components/useBureauScope';

/**
 * What the coverage page shows: a year, the viewer's whole reach or one bureau in it, and all of
 * it (null) or one branch and those below.
 */
export interface CoverageView {
  year: number;
  bureauId: string | null;
  branchId: string | null;
}

/**
 * The year, bureau and branch in the query string (`?year=2025&bureau=…&branch=…`); this year
 * is left out.
 */
export function coverageViewCodec(thisYear: number): UrlCodec<CoverageView> {
  return {
    parse(params) {
      const year = Number(params.get('year'));
      return {
        year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear,
        bureauId: readBureau(params),
        branchId: params.get('branch') || null,
      };
    },
    format({ year, bureauId, branchId }) {
      const params = new URLSearchParams();
      if (year !== thisYear) params.set('year', String(year));
      writeBureau(params, bureauId);
      if (branchId) params.set('branch', branchId);
      return params;
    },
  };
}
