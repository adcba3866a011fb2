import type { UrlCodec } from '../../components/useUrlState';
import { readBureau, writeBureau } from '../../components/useBureauScope';

/** What the dashboard shows: a year, and the viewer's whole reach (null) or one bureau in it. */
export interface DashboardView {
  year: number;
  bureauId: string | null;
}

/** The year and bureau in the query string (`?year=2025&bureau=…`); this year is left out. */
export function dashboardViewCodec(thisYear: number): UrlCodec<DashboardView> {
  return {
    parse(params) {
      const year = Number(params.get('year'));
      return {
        year: Number.isInteger(year) && year >= 2000 && year <= thisYear ? year : thisYear,
        bureauId: readBureau(params),
      };
    },
    format({ year, bureauId }) {
      const params = new URLSearchParams();
      if (year !== thisYear) params.set('year', String(year));
      return writeBureau(params, bureauId);
    },
  };
}
