import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Table, type TableColumnsType } from 'antd';
import type { RosterView } from './roster-view';
import { COLUMN_KEYS, sortOf, type RosterRow } from './roster-columns';

/**
 * The roster on a wide screen: a row per member, sorted by its column headers, a click on a
 * row opening the member. A chunk of its own: a phone shows cards and never loads it.
 */
export default function RosterTable({
  columns,
  members,
  loading,
  empty,
  onSort,
}: {
  columns: TableColumnsType<RosterRow>;
  members: readonly RosterRow[];
  loading: boolean;
  empty: ReactNode;
  onSort: (sort: RosterView['sort']) => void;
}) {
  const navigate = useNavigate();
  return (
    <Table<RosterRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={members}
      loading={loading}
      pagination={false}
      sticky
      scroll={{ x: 'max-content' }}
      onChange={(_pagination, _filters, sorter) => {
        const single = Array.isArray(sorter) ? sorter[0] : sorter;
        const key = COLUMN_KEYS.find((k) => k === single?.columnKey);
        onSort(key ? sortOf(key, single.order) : null);
      }}
      onRow={(member) => ({
        onClick: (event) => {
          // The name is a real link; a click on it (or any control) does its own thing.
          if ((event.target as HTMLElement).closest('a, button, input')) return;
          navigate(`/roster/${encodeURIComponent(member.id)}`);
        },
        style: { cursor: 'pointer' },
      })}
      locale={{ emptyText: empty }}
    />
  );
}
