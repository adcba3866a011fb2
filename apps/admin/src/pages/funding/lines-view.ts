import type { UrlCodec } from '../../components/useUrlState';
import type { BudgetCategory } from '../../gql/graphql';
import { CATEGORIES } from './labels';

/** The lines page's view: a year (this one unless said) and a category. */
export interface LinesView {
  year: number;
  category: BudgetCategory | null;
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
    }),
    format: ({ year, category }) => {
      const params = new URLSearchParams();
      if (year !== thisYear) params.set('year', String(year));
      if (category) params.set('category', category);
      return params;
    },
  };
}

/** The years one may look at: the next (its lines are drawn up in advance) and seven back. */
export function yearOptions(thisYear: number): number[] {
  return Array.from({ length: 9 }, (_, i) => thisYear + 1 - i);
}
