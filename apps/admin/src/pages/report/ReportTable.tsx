import { useEffect, useRef } from 'react';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useCompact } from '../../components/useCompact';
import styles from './report.module.css';

/** The key of the 合计 row, which the table sets in bold. */
export const TOTAL_KEY = 'total';

/**
 * A table of the report under its own small heading: bordered, every row, no paging; on a
 * narrow screen it scrolls sideways inside its card.
 */
export function ReportTable<T extends { key: string }>({
  title,
  columns,
  rows,
  wide = false,
}: {
  title: string;
  columns: TableColumnsType<T>;
  rows: T[];
  /** Many columns (two years and the change per measure): set small on paper to fit A4. */
  wide?: boolean;
}) {
  // On a phone or tablet a table wider than the screen scrolls sideways inside its card; the
  // scrolling box takes the keyboard focus, so it scrolls without a pointer too.
  const compact = useCompact();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const scroller = box.current?.querySelector('.ant-table-content');
    if (compact) scroller?.setAttribute('tabindex', '0');
    else scroller?.removeAttribute('tabindex');
  });
  return (
    <div className={wide ? `${styles.table} ${styles.wide}` : styles.table} ref={box}>
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
        scroll={compact ? { x: 'max-content' } : undefined}
        rowClassName={(row) => (row.key === TOTAL_KEY ? styles.total : '')}
      />
    </div>
  );
}
