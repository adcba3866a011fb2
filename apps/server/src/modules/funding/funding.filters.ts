import { badInput } from '../../kernel/errors';
import { requireKey } from '../../kernel/global-id';
import type { BudgetCriteria, DisbursementCriteria } from './funding.repository';
import type { BudgetFilter, DisbursementFilter } from './funding.types';

const FIRST_YEAR = 1949;

/** A year the funding records can have; otherwise a BAD_USER_INPUT error naming the argument. */
export function checkYear(year: number | null | undefined, argument: string) {
  if (year != null && (year < FIRST_YEAR || year > 9999)) {
    throw badInput(`${argument} must be between ${FIRST_YEAR} and 9999`, { argument });
  }
}

/**
 * The filters of the funding lists as the API receives them (GraphQL and the spreadsheet
 * export) turned into the repository's criteria: a bad year or id is a BAD_USER_INPUT error.
 */
export function budgetCriteria(filter: BudgetFilter | null | undefined): BudgetCriteria | null {
  if (!filter) return null;
  checkYear(filter.year, 'filter.year');
  const { branchId, ...rest } = filter;
  return {
    ...rest,
    branchKey: branchId == null ? null : requireKey(branchId, 'Branch', 'filter.branchId'),
  };
}

export function disbursementCriteria(
  filter: DisbursementFilter | null | undefined,
): DisbursementCriteria | null {
  if (!filter) return null;
  checkYear(filter.year, 'filter.year');
  const { budgetId, branchId, bureauId, memberId, ...rest } = filter;
  return {
    ...rest,
    budgetKey: budgetId == null ? null : requireKey(budgetId, 'Budget', 'filter.budgetId'),
    subtreeKey: branchId == null ? null : requireKey(branchId, 'Branch', 'filter.branchId'),
    bureauKey: bureauId == null ? null : requireKey(bureauId, 'Bureau', 'filter.bureauId'),
    memberKey: memberId == null ? null : requireKey(memberId, 'Member', 'filter.memberId'),
  };
}
