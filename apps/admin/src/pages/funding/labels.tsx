import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type { BudgetCategory, DisbursementStatus, PayeeKind } from '../../gql/graphql';

/** The categories in the bureau's order: running costs first, one-off items last. */
export const CATEGORIES: readonly BudgetCategory[] = [
  'CENTRE_OPERATIONS',
  'ASSISTANCE',
  'BRANCH_BUILDING',
  'FACILITIES',
  'ACTIVITIES',
  'OTHER',
];

export const STATUSES: readonly DisbursementStatus[] = ['DRAFT', 'APPROVED', 'PAID', 'VOID'];

export const PAYEE_KINDS: readonly PayeeKind[] = ['MEMBER', 'BRANCH', 'OTHER'];

const CATEGORY_COLORS: Record<BudgetCategory, string> = {
  CENTRE_OPERATIONS: 'geekblue',
  ASSISTANCE: 'volcano',
  BRANCH_BUILDING: 'red',
  FACILITIES: 'cyan',
  ACTIVITIES: 'purple',
  OTHER: 'default',
};

/** A draft waits for someone's approval, an approved sum for paying; paid is done, void is out. */
const STATUS_COLORS: Record<DisbursementStatus, string> = {
  DRAFT: 'gold',
  APPROVED: 'blue',
  PAID: 'green',
  VOID: 'default',
};

export function CategoryTag({ category }: { category: BudgetCategory }) {
  const { t } = useI18n();
  return (
    <Tag color={CATEGORY_COLORS[category]} style={{ marginInlineEnd: 0 }}>
      {t(`funding.category.${category}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: DisbursementStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`funding.status.${status}`)}
    </Tag>
  );
}
