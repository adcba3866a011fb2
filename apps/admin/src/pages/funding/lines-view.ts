import type { UrlCodec } from '../../components/useUrlState';
import { readBureau, writeBureau } from '../../components/useBureauScope';
import type { BudgetCategory } from '../../gql/graphql';
import { CATEGORIES } from './labels';

/** The lines page's view: a year (this one unless said), a category and a bureau. */
export interface LinesView {
  year: number;
  category: BudgetCategory | null;
  bureauId: string | null;
}

/** A four-digit year the API accepts, else `fallback`. */
export function readYear(value: string | null, fallback: number): number {
  return value !== null && /^\d{4}$/.test(value) && Number(value) >= 2000
    ? Number(value)
    : fallback;
}

export function readCategory(value: string | null): BudgetCategory | null {
  return CATEGORIES.find((c) => c === value) ?? null;
}

export function linesViewCodec(thisYear: number): UrlCodec<LinesView> {
  return {
    parse: (params) => ({
      year: readYear(params.get('year'), thisYear),
      category: readCategory(params.get('category')),
      bureauId: readBureau(params),
    }),
    format: ({ year, category, bureauId }) => {
      const params = new URLSearchParams();
      if (year !== thisYear) params.set('year', String(year));
      if (category) params.set('category', category);
      return writeBureau(params, bureauId);
    },
  };
}

/** The years one may look at: the next (its lines are drawn up in advance) and seven back. */
export function yearOptions(thisYear: number): number[] {
  return Array.from({ length: 9 }, (_, i) => thisYear + 1 - i);
}
