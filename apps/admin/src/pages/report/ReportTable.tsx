import { Table, Typography, type TableColumnsType } from 'antd';
import styles from './report.module.css';

/** The key of the 合计 row, which the table sets in bold. */
export const TOTAL_KEY = 'total';

/** A table of the report under its own small heading: bordered, every row, no paging. */
export function ReportTable<T extends { key: string }>({
  title,
  columns,
  rows,
  scrollable = false,
}: {
  title: string;
  columns: TableColumnsType<T>;
  rows: T[];
  /** A wide table scrolls sideways inside its card on a narrow screen. */
  scrollable?: boolean;
}) {
  return (
    <div className={styles.table}>
      <Typography.Title level={5} className={styles.tableTitle}>
        {title}
      </Typography.Title>
      <Table<T>
        size="small"
        bordered
        aria-label={title}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={scrollable ? { x: 'max-content' } : undefined}
        rowClassName={(row) => (row.key === TOTAL_KEY ? styles.total : '')}
      />
    </div>
  );
}
