/**
 * Answers of the API as the funding tests need them, with `__typename`s as the server sends
 * them (Apollo's cache relies on them). Names follow the demo data.
 */
import { chinaToday } from '@wanxia/schema';
import type { BudgetLineFragment, DisbursementRowFragment, UserErrorCode } from '../../gql/graphql';

export const THIS_YEAR = Number(chinaToday().slice(0, 4));

/** Overrides of a fixture; nested records may carry the `__typename` the server sends. */
type Overrides<T> = { [K in keyof T]?: unknown };

export function budgetLine(
  overrides: Overrides<BudgetLineFragment> & Pick<BudgetLineFragment, 'id' | 'name'>,
): BudgetLineFragment {
  return {
    __typename: 'Budget',
    year: THIS_YEAR,
    category: 'ASSISTANCE',
    amountFen: 30_000_000,
    committedFen: 0,
    paidFen: 0,
    remainingFen: 30_000_000,
    executionRate: 0,
    note: null,
    version: 1,
    branch: null,
    ...overrides,
  } as BudgetLineFragment;
}

export function disbursementRow(
  overrides: Overrides<DisbursementRowFragment> & Pick<DisbursementRowFragment, 'id'>,
): DisbursementRowFragment {
  return {
    __typename: 'Disbursement',
    amountFen: 50_000,
    purpose: '慰问金（生病住院）',
    payeeKind: 'MEMBER',
    payeeName: '陈菊平',
    date: `${THIS_YEAR}-11-20`,
    status: 'DRAFT',
    voidReason: null,
    note: null,
    createdAt: `${THIS_YEAR}-11-18T01:30:00.000Z`,
    createdBy: '局办公室 刘会计',
    approvedAt: null,
    approvedBy: null,
    paidAt: null,
    paidBy: null,
    voidedAt: null,
    voidedBy: null,
    version: 1,
    budget: {
      __typename: 'Budget',
      id: 'QnVkZ2V0OjI',
      name: '帮扶慰问经费',
      year: THIS_YEAR,
      category: 'ASSISTANCE',
    },
    member: { __typename: 'Member', id: 'TWVtYmVyOjIyNzM', name: '陈菊平' },
    branch: null,
    visit: null,
    ...overrides,
  } as DisbursementRowFragment;
}

/** A mutation's answer with the given user error and nothing written. */
export function userErrors(field: string[], code: UserErrorCode, message: string) {
  return [{ __typename: 'UserError' as const, field, code, message }];
}
