import { useMemo } from 'react';
import { Flex, Select, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import type { BudgetCategory } from '../../gql/graphql';
import { CATEGORIES } from './labels';
import { formatFen } from '@wanxia/schema';
import { FundingLinesDocument } from './queries';
import './locale';

/**
 * Picks a budget line of a year, each shown with what it has left; the lines of `prefer` (the
 * assistance lines for a condolence sum) come first.
 */
export function BudgetLineSelect({
  id,
  year,
  prefer,
  value,
  onChange,
  placeholder,
  status,
  'aria-label': ariaLabel,
}: {
  id?: string;
  year: number;
  prefer?: BudgetCategory;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  status?: 'error' | 'warning';
  'aria-label'?: string;
}) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(FundingLinesDocument, {
    variables: { filter: { year } },
    fetchPolicy: 'cache-and-network',
  });
  const options = useMemo(() => {
    const rank = (category: BudgetCategory) =>
      category === prefer ? -1 : CATEGORIES.indexOf(category);
    return [...(data?.budgets.nodes ?? [])]
      .sort(
        (a, b) => rank(a.category) - rank(b.category) || Number(!!a.branch) - Number(!!b.branch),
      )
      .map((line) => ({
        value: line.id,
        label: line.name,
        remaining: t('funding.lineOption.remaining', { amount: formatFen(line.remainingFen) }),
        owner: line.branch?.name ?? t('funding.lines.county'),
      }));
  }, [data, prefer, t]);

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      status={status}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      placeholder={placeholder}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={error ? error.message : t('funding.lineOption.none', { year })}
      options={options}
      optionRender={(option) => (
        <Flex justify="space-between" gap={16}>
          <span>
            {option.data.label}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {option.data.owner}
            </Typography.Text>
          </span>
          <Typography.Text type="secondary">{option.data.remaining}</Typography.Text>
        </Flex>
      )}
      // The chosen line keeps showing what it has left.
      labelRender={({ value: id, label }) => {
        const option = options.find((o) => o.value === id);
        return option ? (
          <span>
            {label}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {option.remaining}
            </Typography.Text>
          </span>
        ) : (
          label
        );
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 420 } } }}
    />
  );
}
