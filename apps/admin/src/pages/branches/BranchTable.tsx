import type { Key } from 'react';
import { Table, type TableColumnsType } from 'antd';
import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { BranchBadges } from './BranchBadges';
import type { BranchRow } from './tree';
import styles from './BranchTable.module.css';
import './locale';

const INDENT = 20;
/** The expand button (or its blank twin on a leaf) and its margin. */
const EXPANDER = 28;

/** The name with the searched text marked, when it appears as typed (pinyin matches do not). */
function Highlighted({ text, search }: { text: string; search: string }) {
  const at = search ? text.indexOf(search) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className={styles.mark}>{search}</mark>
      {text.slice(at + search.length)}
    </>
  );
}

/**
 * The branch tree as a table: names (indented under their general branch) with their
 * recognitions, secretary and member count. A row is selected by clicking it or its name (a button, for the
 * keyboard); the expand buttons open and close general branches.
 */
export function BranchTable({
  rows,
  selectedId,
  onSelect,
  expandedKeys,
  onExpandedChange,
  matches,
  search,
}: {
  rows: BranchRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  expandedKeys: readonly string[];
  onExpandedChange: (keys: string[]) => void;
  /** While filtering: the branches that match; the others shown are their ancestors. */
  matches: ReadonlySet<string> | null;
  search: string;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<BranchRow> = [
    {
      key: 'name',
      title: t('branches.col.name'),
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'),
      render: (_, row) => {
        const context = matches !== null && !matches.has(row.id);
        const Icon = row.kind === 'GENERAL_BRANCH' ? ApartmentOutlined : TeamOutlined;
        return (
          // Beside the table's indent and expand button, whatever the depth, so long names wrap
          // under themselves rather than under the button.
          <span
            className={styles.nameBlock}
            style={{ maxWidth: `calc(100% - ${row.level * INDENT + EXPANDER}px)` }}
          >
            <Icon className={styles.kindIcon} aria-hidden />
            <button
              type="button"
              className={`${styles.name} ${context ? styles.context : ''}`}
              aria-current={row.id === selectedId ? 'true' : undefined}
              onClick={(event) => {
                // The row's own click handler selects too; once is enough.
                event.stopPropagation();
                onSelect(row.id);
              }}
            >
              <Highlighted text={row.name} search={search.trim()} />
            </button>
            {(row.demonstrationLevel || row.hasMembersHome) && (
              <span className={styles.badges}>
                <BranchBadges branch={row} />
              </span>
            )}
          </span>
        );
      },
    },
    {
      key: 'secretary',
      title: t('branches.col.secretary'),
      width: 92,
      render: (_, row) => row.secretary?.name ?? t('branches.noSecretary'),
    },
    {
      key: 'members',
      title: t('branches.col.members'),
      dataIndex: 'memberCount',
      align: 'right',
      width: 104,
      sorter: (a, b) => a.memberCount - b.memberCount,
      render: (count: number) => t('branches.members', { count }),
    },
  ];
  return (
    <Table<BranchRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      showSorterTooltip={false}
      aria-label={t('branches.tree')}
      expandable={{
        expandedRowKeys: [...expandedKeys],
        onExpandedRowsChange: (keys: readonly Key[]) => onExpandedChange(keys.map(String)),
        indentSize: INDENT,
      }}
      rowClassName={(row) => `${styles.row} ${row.id === selectedId ? styles.selected : ''}`}
      onRow={(row) => ({ onClick: () => onSelect(row.id) })}
    />
  );
}
