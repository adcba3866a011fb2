import type { ReactNode } from 'react';
import { Button, Checkbox, Flex, Form, InputNumber, Select, Space } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { MEMBER_STATUSES, RETIREMENT_TYPES } from './labels';
import type { RetirementType } from '../../gql/graphql';
import { hasFilters, NO_FILTERS, type RosterView } from './roster-view';
import { useCommittedInput } from './useCommittedInput';
import './locale';

const NUMBER_DELAY_MS = 600;

function YearsInput({
  id,
  value,
  onCommit,
  placeholder,
  ariaLabel,
}: {
  id: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  placeholder: string;
  ariaLabel: string;
}) {
  const { draft, change, commitNow } = useCommittedInput(value, onCommit, NUMBER_DELAY_MS);
  return (
    <InputNumber<number>
      id={id}
      aria-label={ariaLabel}
      min={0}
      max={150}
      precision={0}
      value={draft}
      onChange={(next) => change(next ?? null)}
      onPressEnter={commitNow}
      onBlur={commitNow}
      placeholder={placeholder}
      style={{ width: 88 }}
    />
  );
}

type OnChange = (patch: Partial<RosterView>, options?: { replace?: boolean }) => void;

/** 清空筛选: the search and every filter back to none; off while there are none. */
export function ClearFilters({ view, onChange }: { view: RosterView; onChange: OnChange }) {
  const { t } = useI18n();
  return (
    <Button
      icon={<ClearOutlined />}
      disabled={!hasFilters(view)}
      onClick={() => onChange(NO_FILTERS)}
    >
      {t('roster.list.reset')}
    </Button>
  );
}

/**
 * The roster's filters beside the search: in a row on a wide screen (with the search box as
 * `search`), one under the other in the phone's drawer. A chunk of its own, as a phone shows
 * them only when asked.
 */
export default function RosterFilterFields({
  view,
  onChange,
  search,
}: {
  view: RosterView;
  onChange: OnChange;
  /** The search box, first in the row; none in the drawer, whose footer clears. */
  search?: ReactNode;
}) {
  const { t } = useI18n();
  const inline = Boolean(search);
  const width = (wide: number) => (inline ? wide : '100%');
  return (
    <Form
      layout={inline ? 'inline' : 'vertical'}
      component="div"
      role="search"
      aria-label={t('roster.list.filters')}
      style={{ rowGap: 12 }}
    >
      <Flex wrap gap={12} vertical={!inline} style={{ width: '100%' }}>
        {search && <Form.Item style={{ margin: 0 }}>{search}</Form.Item>}
        <Form.Item label={t('roster.list.branch')} htmlFor="roster-branch" style={{ margin: 0 }}>
          <BranchTreeSelect
            id="roster-branch"
            value={view.branch}
            onChange={(branch) => onChange({ branch })}
            placeholder={t('roster.list.branchPlaceholder')}
            style={{ width: width(220) }}
          />
        </Form.Item>
        <Form.Item label={t('roster.field.status')} htmlFor="roster-status" style={{ margin: 0 }}>
          <Select
            id="roster-status"
            value={view.status}
            onChange={(status) => onChange({ status })}
            style={{ width: width(112) }}
            options={[
              ...MEMBER_STATUSES.map((s) => ({ value: s, label: t(`enum.MemberStatus.${s}`) })),
              { value: 'ALL' as const, label: t('roster.status.ALL') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('roster.field.retirementType')}
          htmlFor="roster-retirement"
          style={{ margin: 0 }}
        >
          <Select<RetirementType | ''>
            id="roster-retirement"
            value={view.retirementType ?? ''}
            onChange={(value) => onChange({ retirementType: value || null })}
            style={{ width: width(124) }}
            options={[
              { value: '' as const, label: t('roster.list.retirementTypeAll') },
              ...RETIREMENT_TYPES.map((r) => ({
                value: r,
                label: t(`enum.RetirementType.${r}`),
              })),
            ]}
          />
        </Form.Item>
      </Flex>
      <Flex
        wrap
        gap={12}
        align={inline ? 'center' : 'flex-start'}
        vertical={!inline}
        // The inline form spaces its rows itself; one under the other, this does.
        style={{ width: '100%', marginTop: inline ? 0 : 12 }}
      >
        <Form.Item label={t('roster.field.age')} htmlFor="roster-age-min" style={{ margin: 0 }}>
          <Space.Compact>
            <YearsInput
              id="roster-age-min"
              ariaLabel={t('roster.list.ageMin')}
              value={view.ageMin}
              onCommit={(ageMin) => onChange({ ageMin })}
              placeholder={t('roster.list.ageFrom')}
            />
            <YearsInput
              id="roster-age-max"
              ariaLabel={t('roster.list.ageMax')}
              value={view.ageMax}
              onCommit={(ageMax) => onChange({ ageMax })}
              placeholder={t('roster.list.ageTo')}
            />
            <Space.Addon>{t('roster.list.ageUnit')}</Space.Addon>
          </Space.Compact>
        </Form.Item>
        <Form.Item
          label={t('roster.field.partyYears')}
          htmlFor="roster-party-years"
          style={{ margin: 0 }}
        >
          <Space.Compact>
            <YearsInput
              id="roster-party-years"
              ariaLabel={t('roster.list.partyYearsAtLeast')}
              value={view.partyYearsAtLeast}
              onCommit={(partyYearsAtLeast) => onChange({ partyYearsAtLeast })}
              placeholder={t('roster.list.ageFrom')}
            />
            <YearsInput
              id="roster-party-years-max"
              ariaLabel={t('roster.list.partyYearsAtMost')}
              value={view.partyYearsAtMost}
              onCommit={(partyYearsAtMost) => onChange({ partyYearsAtMost })}
              placeholder={t('roster.list.ageTo')}
            />
            <Space.Addon>{t('roster.list.yearsUnit')}</Space.Addon>
          </Space.Compact>
        </Form.Item>
        <Checkbox
          checked={view.birthdaysThisMonth}
          onChange={(e) => onChange({ birthdaysThisMonth: e.target.checked })}
        >
          {t('roster.list.birthdays')}
        </Checkbox>
        <Checkbox checked={view.medal} onChange={(e) => onChange({ medal: e.target.checked })}>
          {t('roster.list.medal')}
        </Checkbox>
        {inline && <ClearFilters view={view} onChange={onChange} />}
      </Flex>
    </Form>
  );
}
