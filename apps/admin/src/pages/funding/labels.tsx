import { Tag } from 'antd';
import { enumValues } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import type { BudgetCategory, DisbursementStatus } from '../../gql/graphql';

/** The values in the bureau's order: running costs first, one-off items last. */
export const CATEGORIES = enumValues('BudgetCategory');
export const STATUSES = enumValues('DisbursementStatus');
export const PAYEE_KINDS = enumValues('PayeeKind');

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
      {t(`enum.BudgetCategory.${category}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: DisbursementStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`enum.DisbursementStatus.${status}`)}
    </Tag>
  );
}
