import { Link } from 'react-router';
import { Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import type { DisbursementRowFragment } from '../../gql/graphql';
import { disbursementsLink } from './disbursement-view';
import { StatusTag } from './labels';
import { formatFen } from '@wanxia/schema';
import { MemberPaymentsDocument } from './queries';
import './locale';

/**
 * The member page's payments tab: what the member received (condolence sums, assistance),
 * latest first, with the line each came from; the sum counts only what was paid.
 */
export function MemberPayments({ memberId }: { memberId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MemberPaymentsDocument, {
    variables: { id: memberId },
    fetchPolicy: 'cache-and-network',
  });
  const payments = data?.node?.__typename === 'Member' ? data.node.payments : null;
  if (!payments) {
    return <PageState loading={loading} error={error} onRetry={() => void refetch()} />;
  }

  const columns: TableColumnsType<DisbursementRowFragment> = [
    { key: 'date', title: t('funding.field.date'), dataIndex: 'date', width: 110 },
    { key: 'purpose', title: t('funding.field.purpose'), dataIndex: 'purpose' },
    {
      key: 'amount',
      title: t('funding.field.amount'),
      width: 130,
      align: 'right',
      render: (_, row) => formatFen(row.amountFen),
    },
    {
      key: 'status',
      title: t('funding.field.status'),
      width: 96,
      render: (_, row) => <StatusTag status={row.status} />,
    },
    {
      key: 'line',
      title: t('funding.field.line'),
      render: (_, row) =>
        row.budget
          ? `${row.budget.name}（${t('funding.yearOption', { year: row.budget.year })}）`
          : '—',
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          {t('funding.member.summary', {
            count: payments.totalCount,
            paid: formatFen(payments.totals.paidFen),
          })}
        </Typography.Text>
        <Link to={disbursementsLink({ member: memberId })}>{t('funding.member.all')}</Link>
      </Flex>
      <Table<DisbursementRowFragment>
        rowKey="id"
        size="small"
        aria-label={t('funding.member.table')}
        columns={columns}
        dataSource={payments.nodes}
        loading={loading}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('funding.member.empty')} />
          ),
        }}
      />
    </Flex>
  );
}
