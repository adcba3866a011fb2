import type { UrlCodec } from '../../components/useUrlState';

/** The year the dashboard shows (`?year=2025`); this year is left out of the address. */
export function dashboardYearCodec(thisYear: number): UrlCodec<number> {
  return {
    parse(params) {
      const year = Number(params.get('year'));
      return Number.isInteger(year) && year >= 2000 && year <= thisYear ? year : thisYear;
    },
    format(year) {
      const params = new URLSearchParams();
      if (year !== thisYear) params.set('year', String(year));
      return params;
    },
  };
}
