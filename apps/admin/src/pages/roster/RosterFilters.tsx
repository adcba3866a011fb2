import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import { MEMBER_STATUSES, RETIREMENT_TYPES } from './labels';
import type { RetirementType } from '../../gql/graphql';
import { hasFilters, type RosterView } from './roster-view';
import './locale';

/** Long enough to finish a word, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 300;
const NUMBER_DELAY_MS = 600;

/**
 * A text or number box that keeps what is being typed to itself and hands it on once typing
 * pauses (or at once on Enter or leaving the box). It follows the URL when that changes from
 * elsewhere (Back, "clear filters"), but not when the URL merely echoes its own value.
 */
function useCommittedInput<T>(value: T, onCommit: (value: T) => void, delay: number) {
  const [draft, setDraft] = useState<T>(value);
  const committed = useRef<T>(value);
  const { call, cancel } = useDebouncedCallback((next: T) => commit(next), delay);
  const commit = (next: T) => {
    cancel();
    if (Object.is(next, committed.current)) return;
    committed.current = next;
    onCommit(next);
  };
  useEffect(() => {
    if (Object.is(value, committed.current)) return;
    committed.current = value;
    setDraft(value);
  }, [value]);
  return {
    draft,
    change: (next: T) => {
      setDraft(next);
      call(next);
    },
    commitNow: () => commit(draft),
  };
}

function SearchBox({ value, onSearch }: { value: string; onSearch: (value: string) => void }) {
  const { t } = useI18n();
  const { draft, change, commitNow } = useCommittedInput(
    value,
    (next) => onSearch(next.trim()),
    SEARCH_DELAY_MS,
  );
  return (
    <Input
      id="roster-search"
      aria-label={t('roster.list.search')}
      type="search"
      value={draft}
      onChange={(e) => change(e.target.value)}
      onPressEnter={commitNow}
      onBlur={commitNow}
      allowClear
      prefix={<SearchOutlined aria-hidden />}
      placeholder={t('roster.list.searchPlaceholder')}
      style={{ width: 300 }}
    />
  );
}

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

/**
 * The roster's filters. Each change is written to the URL at once (so a view can be bookmarked
 * and shared); typing waits for a pause first.
 */
export function RosterFilters({
  view,
  onChange,
}: {
  view: RosterView;
  onChange: (patch: Partial<RosterView>, options?: { replace?: boolean }) => void;
}) {
  const { t } = useI18n();
  return (
    <Form
      layout="inline"
      component="div"
      role="search"
      aria-label={t('roster.list.filters')}
      style={{ rowGap: 12 }}
    >
      <Flex wrap gap={12} style={{ width: '100%' }}>
        {/* The icon and the placeholder say what the box is for; the label is for screen readers. */}
        <Form.Item style={{ margin: 0 }}>
          <SearchBox
            value={view.search}
            onSearch={(search) => onChange({ search }, { replace: true })}
          />
        </Form.Item>
        <Form.Item label={t('roster.list.branch')} htmlFor="roster-branch" style={{ margin: 0 }}>
          <BranchTreeSelect
            id="roster-branch"
            value={view.branch}
            onChange={(branch) => onChange({ branch })}
            placeholder={t('roster.list.branchPlaceholder')}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item label={t('roster.field.status')} htmlFor="roster-status" style={{ margin: 0 }}>
          <Select
            id="roster-status"
            value={view.status}
            onChange={(status) => onChange({ status })}
            style={{ width: 112 }}
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
            style={{ width: 124 }}
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
      <Flex wrap gap={12} align="center" style={{ width: '100%' }}>
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
        <Button
          icon={<ClearOutlined />}
          disabled={!hasFilters(view)}
          onClick={() =>
            onChange({
              search: '',
              branch: null,
              status: 'ACTIVE',
              retirementType: null,
              ageMin: null,
              ageMax: null,
              partyYearsAtLeast: null,
              partyYearsAtMost: null,
              birthdaysThisMonth: false,
              medal: false,
            })
          }
        >
          {t('roster.list.reset')}
        </Button>
      </Flex>
    </Form>
  );
}
