import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../../app/i18n';
import { BranchTreeSelect } from '../../../components/BranchTreeSelect';
import type { VisitOccasion } from '../../../gql/graphql';
import { OCCASIONS } from '../occasions';
import type { RecordsFilters as Filters } from './records-view';
import './locale';

type YesNo = 'yes' | 'no';
const toYesNo = (value: boolean | null): YesNo | undefined =>
  value === null ? undefined : value ? 'yes' : 'no';
const fromYesNo = (value: YesNo | undefined): boolean | null =>
  value === undefined ? null : value === 'yes';

/** The records' filters: dates, occasions, branch, late or not, follow-up or not, a member. */
export function RecordsFilters({
  filters,
  filtered,
  onChange,
  onReset,
}: {
  filters: Filters;
  /** Whether anything differs from the default view (this year, everything). */
  filtered: boolean;
  onChange: (patch: Partial<Filters>) => void;
  onReset: () => void;
}) {
  const { t } = useI18n();
  return (
    <Flex wrap gap={8} align="center">
      <DatePicker.RangePicker
        aria-label={t('visitRecords.filter.dates')}
        placeholder={[t('visitRecords.filter.dateFrom'), t('visitRecords.filter.dateTo')]}
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
      <Select<VisitOccasion[]>
        mode="multiple"
        aria-label={t('visitRecords.filter.occasion')}
        placeholder={t('visitRecords.filter.occasionAll')}
        allowClear
        maxTagCount="responsive"
        value={filters.occasions}
        onChange={(occasions) => onChange({ occasions })}
        options={OCCASIONS.map((o) => ({ value: o, label: t(`enum.VisitOccasion.${o}`) }))}
        style={{ width: 240 }}
      />
      <BranchTreeSelect
        aria-label={t('visitRecords.filter.branch')}
        placeholder={t('visitRecords.filter.branchAll')}
        value={filters.branch}
        onChange={(branch) => onChange({ branch })}
        style={{ width: 240 }}
      />
      <Select<YesNo>
        aria-label={t('visitRecords.filter.late')}
        placeholder={t('visitRecords.filter.lateAll')}
        allowClear
        value={toYesNo(filters.late)}
        onChange={(value) => onChange({ late: fromYesNo(value) })}
        options={[
          { value: 'yes', label: t('visitRecords.filter.lateYes') },
          { value: 'no', label: t('visitRecords.filter.lateNo') },
        ]}
        popupMatchSelectWidth={false}
        style={{ width: 150 }}
      />
      <Select<YesNo>
        aria-label={t('visitRecords.filter.followUp')}
        placeholder={t('visitRecords.filter.followUpAll')}
        allowClear
        value={toYesNo(filters.followUp)}
        onChange={(value) => onChange({ followUp: fromYesNo(value) })}
        options={[
          { value: 'yes', label: t('visitRecords.filter.followUpYes') },
          { value: 'no', label: t('visitRecords.filter.followUpNo') },
        ]}
        popupMatchSelectWidth={false}
        style={{ width: 150 }}
      />
      <Input.Search
        key={filters.search ?? ''}
        aria-label={t('visitRecords.filter.search')}
        placeholder={t('visitRecords.filter.searchPlaceholder')}
        allowClear
        defaultValue={filters.search ?? ''}
        onSearch={(text) => onChange({ search: text.trim() || null })}
        style={{ width: 260 }}
      />
      {filtered && <Button onClick={onReset}>{t('visitRecords.filter.reset')}</Button>}
    </Flex>
  );
}
