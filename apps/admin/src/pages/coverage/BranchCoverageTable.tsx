import { Link, type To } from 'react-router';
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../locales';
import type { BranchKind } from '../../gql/graphql';
import { byRate, type Figures } from './coverage-figures';
import { RateProgress } from './RateProgress';
import styles from './BranchCoverageTable.module.css';
import './locale';

export type BranchRow = Figures & {
  branch: { id: string; name: string; kind: BranchKind };
};

const COUNT_COLUMNS: { key: keyof Omit<Figures, 'rate'>; title: MessageKey }[] = [
  { key: 'tasks', title: 'coverage.figure.tasks' },
  { key: 'doneOnTime', title: 'coverage.figure.doneOnTime' },
  { key: 'doneLate', title: 'coverage.figure.doneLate' },
  { key: 'missed', title: 'coverage.figure.missed' },
  { key: 'waived', title: 'coverage.figure.waived' },
  { key: 'open', title: 'coverage.figure.open' },
  { key: 'overdue', title: 'coverage.figure.overdue' },
];

/** The figures of each branch one level down; a branch's name opens its own coverage. */
export function BranchCoverageTable({
  rows,
  total,
  linkTo,
}: {
  rows: readonly BranchRow[];
  total: Figures;
  /** Where a branch's own coverage is. */
  linkTo: (branchId: string) => To;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<BranchRow> = [
    {
      key: 'branch',
      title: t('coverage.table.branch'),
      fixed: 'left',
      width: 260,
      sorter: (a, b) => a.branch.name.localeCompare(b.branch.name, 'zh-Hans-CN'),
      render: (_, row) => (
        <>
          <Link
            to={linkTo(row.branch.id)}
            className={styles.drill}
            title={t('coverage.table.drill')}
          >
            {row.branch.name}
          </Link>
          {row.branch.kind === 'GENERAL_BRANCH' && (
            <Tag style={{ marginInlineStart: 6 }}>{t('coverage.kind.GENERAL_BRANCH')}</Tag>
          )}
        </>
      ),
    },
    ...COUNT_COLUMNS.map(({ key, title }): TableColumnsType<BranchRow>[number] => ({
      key,
      dataIndex: key,
      title: t(title),
      align: 'right',
      width: 92,
      sorter: (a, b) => a[key] - b[key],
    })),
    {
      key: 'rate',
      title: t('coverage.figure.rate'),
      width: 200,
      sorter: (a, b) => byRate(b, a),
      render: (_, row) => (
        <RateProgress rate={row.rate} label={t('coverage.rateOf', { scope: row.branch.name })} />
      ),
    },
  ];

  return (
    <Table<BranchRow>
      rowKey={(row) => row.branch.id}
      size="middle"
      aria-label={t('coverage.table.label')}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      showSorterTooltip={false}
      scroll={{ x: 1120 }}
      locale={{ emptyText: t('coverage.table.empty') }}
      summary={() =>
        rows.length > 1 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('coverage.table.total')}</Typography.Text>
            </Table.Summary.Cell>
            {COUNT_COLUMNS.map(({ key }, i) => (
              <Table.Summary.Cell key={key} index={i + 1} align="right">
                <Typography.Text strong>{total[key]}</Typography.Text>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={COUNT_COLUMNS.length + 1}>
              <RateProgress rate={total.rate} label={t('coverage.table.total')} />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
