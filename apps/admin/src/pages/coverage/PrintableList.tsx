import { Link } from 'react-router';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { chinaToday } from '@wanxia/schema';
import type { Gender } from '../../gql/graphql';
import styles from '../../components/print.module.css';
import './locale';

/** What every printed list shows of a member. */
export interface ListedMember {
  id: string;
  name: string;
  gender: Gender;
  branch: { name: string };
}

/**
 * The columns every list starts with (number, name, gender, branch), then its own, then an
 * empty column to sign in when asked for.
 */
export function useListColumns<T extends ListedMember>(
  own: TableColumnsType<T>,
  signature: boolean,
): TableColumnsType<T> {
  const { t } = useI18n();
  return [
    {
      key: 'index',
      title: t('coverage.lists.col.index'),
      width: 56,
      align: 'center',
      render: (_, __, i) => i + 1,
    },
    {
      key: 'name',
      title: t('coverage.lists.col.name'),
      width: 96,
      render: (_, m) => <Link to={`/roster/${encodeURIComponent(m.id)}`}>{m.name}</Link>,
    },
    {
      key: 'gender',
      title: t('coverage.lists.col.gender'),
      width: 56,
      align: 'center',
      render: (_, m) => t(`enum.Gender.${m.gender}`),
    },
    { key: 'branch', title: t('coverage.lists.col.branch'), render: (_, m) => m.branch.name },
    ...own,
    ...(signature
      ? [{ key: 'signature', title: t('coverage.lists.col.signature'), width: 112 }]
      : []),
  ];
}

/**
 * A list as the bureau prints it: the bureau's name, the list's title and period, how many
 * and when it was drawn up, then the table (all rows, no paging).
 */
export function PrintableList<T extends ListedMember>({
  title,
  label,
  columns,
  rows,
  loading,
  error,
  onRetry,
  empty,
}: {
  title: string;
  /** The table's name for screen readers. */
  label: string;
  columns: TableColumnsType<T>;
  rows: readonly T[] | null;
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
  empty: string;
}) {
  const { t } = useI18n();
  return (
    <Card className={styles.sheet}>
      <header className={styles.heading}>
        <Typography.Text className={styles.bureau}>{t('coverage.lists.bureau')}</Typography.Text>
        <Typography.Title level={4} className={styles.title}>
          {title}
        </Typography.Title>
        <div className={styles.meta}>
          <span>{rows && t('coverage.lists.count', { count: rows.length })}</span>
          <span>
            {t('coverage.lists.drawnUp', {
              date: dayjs(chinaToday()).format(t('coverage.lists.dateFormat')),
            })}
          </span>
        </div>
      </header>
      {!rows ? (
        <PageState loading={loading} error={error} onRetry={onRetry} />
      ) : (
        <Table<T>
          rowKey="id"
          size="small"
          bordered
          aria-label={label}
          columns={columns}
          dataSource={[...rows]}
          loading={loading}
          pagination={false}
          locale={{ emptyText: empty }}
        />
      )}
    </Card>
  );
}

/** Hides what is around the list when it is printed: controls, tabs, the page's title. */
export const noPrint = styles.noPrint;
