import { Button, DatePicker, Flex, Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import type { BudgetCategory, DisbursementStatus } from '../../gql/graphql';
import { NO_FILTERS, type DisbursementFilters as Filters } from './disbursement-view';
import { CATEGORIES, STATUSES } from './labels';
import { yearOptions } from './lines-view';
import { MemberSelect } from './MemberSelect';
import { FundingLinesDocument } from './queries';
import './locale';

/** The filters of the payments list: year and line, category, branch, status, days, member. */
export function DisbursementFilters({
  filters,
  thisYear,
  onChange,
}: {
  filters: Filters;
  thisYear: number;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const { t } = useI18n();
  // A line belongs to a year: the lines are those of the year chosen.
  const lines = useQuery(FundingLinesDocument, {
    variables: { filter: { year: filters.year ?? thisYear } },
    skip: filters.year === null,
  });
  const any = (Object.keys(NO_FILTERS) as (keyof Filters)[]).some((k) => filters[k] !== null);

  return (
    <Flex wrap gap={8}>
      <Select<number>
        aria-label={t('funding.field.year')}
        placeholder={t('funding.filter.yearAll')}
        value={filters.year ?? undefined}
        onChange={(year) => onChange({ year: year ?? null, budget: null })}
        allowClear
        options={yearOptions(thisYear).map((value) => ({
          value,
          label: t('funding.yearOption', { year: value }),
        }))}
        style={{ width: 120 }}
      />
      <Select<string>
        aria-label={t('funding.field.line')}
        placeholder={t(filters.year ? 'funding.filter.lineAll' : 'funding.filter.lineNeedsYear')}
        disabled={filters.year === null}
        value={filters.budget ?? undefined}
        onChange={(budget) => onChange({ budget: budget ?? null })}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={lines.loading}
        options={(lines.data?.budgets.nodes ?? []).map((line) => ({
          value: line.id,
          label: line.name,
        }))}
        popupMatchSelectWidth={false}
        style={{ width: 220 }}
      />
      <Select<BudgetCategory>
        aria-label={t('funding.field.category')}
        placeholder={t('funding.filter.categoryAll')}
        value={filters.category ?? undefined}
        onChange={(category) => onChange({ category: category ?? null })}
        allowClear
        options={CATEGORIES.map((value) => ({ value, label: t(`enum.BudgetCategory.${value}`) }))}
        style={{ width: 140 }}
      />
      <Select<DisbursementStatus>
        aria-label={t('funding.field.status')}
        placeholder={t('funding.filter.statusAll')}
        value={filters.status ?? undefined}
        onChange={(status) => onChange({ status: status ?? null })}
        allowClear
        options={STATUSES.map((value) => ({ value, label: t(`enum.DisbursementStatus.${value}`) }))}
        style={{ width: 120 }}
      />
      <BranchTreeSelect
        aria-label={t('funding.field.branch')}
        placeholder={t('funding.filter.branchAll')}
        value={filters.branch}
        onChange={(branch) => onChange({ branch })}
        style={{ width: 220 }}
      />
      <DatePicker.RangePicker
        aria-label={t('funding.filter.dates')}
        placeholder={[t('funding.filter.dateFrom'), t('funding.filter.dateTo')]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          onChange({
            from: range?.[0]?.format('YYYY-MM-DD') ?? null,
            to: range?.[1]?.format('YYYY-MM-DD') ?? null,
          })
        }
        style={{ width: 260 }}
      />
      <MemberSelect
        aria-label={t('funding.field.member')}
        placeholder={t('funding.filter.memberAll')}
        value={filters.member}
        onChange={(member) => onChange({ member })}
        style={{ width: 160 }}
      />
      {any && <Button onClick={() => onChange(NO_FILTERS)}>{t('common.reset')}</Button>}
    </Flex>
  );
}
