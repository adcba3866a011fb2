import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { MessageKey } from '../../locales';
import type { MemberOrderField, OrderDirection, RosterMembersQuery } from '../../gql/graphql';
import { RetirementTag, StatusTag } from './labels';
import type { RosterView } from './roster-view';
import { chinaDateTime } from '@wanxia/schema';
import './locale';

export type RosterRow = RosterMembersQuery['members']['nodes'][number];

export const COLUMN_KEYS = [
  'name',
  'gender',
  'age',
  'birthDate',
  'idCardNumber',
  'branch',
  'retirementType',
  'partyYears',
  'status',
  'phone',
  'residence',
  'updatedAt',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const COLUMN_LABELS: Record<ColumnKey, MessageKey> = {
  name: 'roster.field.name',
  gender: 'roster.field.gender',
  age: 'roster.field.age',
  birthDate: 'roster.field.birthDate',
  idCardNumber: 'roster.field.idCardNumber',
  branch: 'roster.field.branch',
  retirementType: 'roster.field.retirementType',
  partyYears: 'roster.field.partyYears',
  status: 'roster.field.status',
  phone: 'roster.field.phone',
  residence: 'roster.field.residence',
  updatedAt: 'roster.field.updatedAt',
};

/** The name identifies the row: it cannot be hidden. */
export const FIXED_COLUMNS: readonly ColumnKey[] = ['name'];
/** The masked ID number is there for those who tell people apart by it; hidden at first. */
const DEFAULT_HIDDEN: readonly ColumnKey[] = ['idCardNumber'];
const STORAGE_KEY = 'wanxia.roster.hiddenColumns';

/**
 * The columns a person has hidden, remembered in this browser. Hidden ones are stored (not the
 * shown ones) so a column added in a later release appears by default.
 */
export function useHiddenColumns(): [ReadonlySet<ColumnKey>, (hidden: ColumnKey[] | null) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<ColumnKey>>(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
      if (Array.isArray(stored)) {
        return new Set(
          stored.filter(
            (k): k is ColumnKey =>
              (COLUMN_KEYS as readonly unknown[]).includes(k) && !FIXED_COLUMNS.includes(k),
          ),
        );
      }
    } catch {
      // A damaged entry is as good as none.
    }
    return new Set(DEFAULT_HIDDEN);
  });
  const update = useCallback((next: ColumnKey[] | null) => {
    if (next === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setHidden(new Set(next ?? DEFAULT_HIDDEN));
  }, []);
  return [hidden, update];
}

/**
 * Which order field a column sorts by. Party years run opposite to the joining date: more years
 * means an earlier date.
 */
export const COLUMN_SORTS: Partial<
  Record<ColumnKey, { field: MemberOrderField; invert: boolean }>
> = {
  name: { field: 'NAME', invert: false },
  birthDate: { field: 'BIRTH_DATE', invert: false },
  partyYears: { field: 'PARTY_JOIN_DATE', invert: true },
  updatedAt: { field: 'UPDATED_AT', invert: false },
};

type SortOrder = 'ascend' | 'descend';

export function sortOrderOf(key: ColumnKey, sort: RosterView['sort']): SortOrder | null {
  const mapping = COLUMN_SORTS[key];
  // Without a sort the server orders by name: show it, so the table says how it is ordered.
  const effective = sort ?? { field: 'NAME' as const, direction: 'ASC' as const };
  if (!mapping || mapping.field !== effective.field) return null;
  const ascending = (effective.direction === 'ASC') !== mapping.invert;
  return ascending ? 'ascend' : 'descend';
}

export function sortOf(key: ColumnKey, order: SortOrder | null | undefined): RosterView['sort'] {
  const mapping = COLUMN_SORTS[key];
  if (!mapping || !order) return null;
  const direction: OrderDirection = (order === 'ascend') !== mapping.invert ? 'ASC' : 'DESC';
  return { field: mapping.field, direction };
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function rosterColumns(
  t: (key: MessageKey, values?: Record<string, string | number>) => string,
  sort: RosterView['sort'],
  hidden: ReadonlySet<ColumnKey>,
): TableColumnsType<RosterRow> {
  const all: Record<ColumnKey, TableColumnsType<RosterRow>[number]> = {
    name: {
      fixed: 'left',
      width: 104,
      render: (_, m) => (
        <Link
          to={`/roster/${encodeURIComponent(m.id)}`}
          aria-label={t('roster.list.open', { name: m.name })}
        >
          {m.name}
        </Link>
      ),
    },
    gender: { width: 56, render: (_, m) => t(`enum.Gender.${m.gender}`) },
    age: { width: 60, align: 'right', render: (_, m) => m.age },
    birthDate: { width: 108, render: (_, m) => m.birthDate },
    idCardNumber: {
      width: 180,
      render: (_, m) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{m.idCardNumber}</span>
      ),
    },
    branch: {
      width: 188,
      ellipsis: { showTitle: false },
      render: (_, m) => (
        <Tooltip title={m.branch.name} placement="topLeft">
          {m.branch.name}
        </Tooltip>
      ),
    },
    retirementType: { width: 88, render: (_, m) => <RetirementTag type={m.retirementType} /> },
    partyYears: {
      width: 84,
      align: 'right',
      render: (_, m) =>
        m.partyYears === null ? (
          dash
        ) : (
          <>
            {m.partyYears}
            {m.eligibleMedals.includes('PARTY_50_YEARS') && (
              <Tooltip title={t('roster.medal.PARTY_50_YEARS')}>
                <Tag color="red" style={{ marginInline: '6px 0', paddingInline: 4 }}>
                  50
                </Tag>
              </Tooltip>
            )}
          </>
        ),
    },
    status: { width: 84, render: (_, m) => <StatusTag status={m.status} /> },
    phone: {
      width: 124,
      render: (_, m) =>
        m.phone ? <span style={{ fontVariantNumeric: 'tabular-nums' }}>{m.phone}</span> : dash,
    },
    residence: { width: 96, ellipsis: true, render: (_, m) => m.residencePlace },
    updatedAt: {
      width: 140,
      render: (_, m) => chinaDateTime(m.updatedAt),
    },
  };
  return COLUMN_KEYS.filter((key) => !hidden.has(key)).map((key) => {
    const sortable = key in COLUMN_SORTS;
    return {
      ...all[key],
      key,
      title: t(COLUMN_LABELS[key]),
      ...(sortable
        ? {
            sorter: true,
            sortOrder: sortOrderOf(key, sort),
            sortDirections: ['ascend', 'descend'] as SortOrder[],
          }
        : {}),
    };
  });
}
