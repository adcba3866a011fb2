import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { chinaToday, formatFen, formatYuan, sumFen, voucherTotal } from '@wanxia/schema';
import sheet from '../../components/print.module.css';
import type { DisbursementRowFragment } from '../../gql/graphql';
import { readPrintIds } from './print-link';
import { PrintDisbursementsDocument } from './queries';
import styles from './payment-list.module.css';
import { PageTitle } from '../../components/PageTitle';
import './locale';

/**
 * 经费发放表: the payments chosen in the list, on A4 for the payees to sign — number, payee,
 * purpose, amount and a signature column; the total in figures and in capitals (大写); lines
 * for the clerk, the reviewer and the head to sign. Void payments are left out.
 */
export default function PaymentListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ids = useMemo(() => readPrintIds(params), [params]);
  const { data, loading, error, refetch } = useQuery(PrintDisbursementsDocument, {
    variables: { ids },
    skip: ids.length === 0,
    fetchPolicy: 'network-only',
  });

  const found = useMemo(
    () =>
      (data?.nodes ?? []).flatMap((node) =>
        node?.__typename === 'Disbursement' ? [node as DisbursementRowFragment] : [],
      ),
    [data],
  );
  const rows = found.filter((row) => row.status !== 'VOID');
  const missing = data ? ids.length - found.length : 0;
  const voided = found.length - rows.length;
  const total = sumFen(rows.map((row) => row.amountFen));
  const lines = [...new Set(rows.flatMap((row) => (row.budget ? [row.budget.name] : [])))];

  const columns: TableColumnsType<DisbursementRowFragment> = [
    {
      key: 'index',
      title: t('funding.print.col.index'),
      width: 52,
      align: 'center',
      render: (_, __, i) => i + 1,
    },
    // A share of the paper, not pixels: a branch's long name keeps to one or two lines in
    // portrait and to one in landscape.
    { key: 'payee', title: t('funding.print.col.payee'), width: '30%', dataIndex: 'payeeName' },
    { key: 'purpose', title: t('funding.print.col.purpose'), dataIndex: 'purpose' },
    {
      key: 'amount',
      title: t('funding.print.col.amount'),
      width: 130,
      align: 'right',
      render: (_, row) => formatYuan(row.amountFen),
    },
    {
      key: 'signature',
      title: t('funding.print.col.signature'),
      width: 120,
      className: styles.signature,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex className={sheet.noPrint} justify="space-between" align="center" wrap gap={12}>
        <PageTitle title={t('funding.print.title')} lead={t('funding.print.lead')} />
        <Flex gap={8}>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            {t('funding.print.back')}
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!rows.length}
            onClick={() => window.print()}
          >
            {t('funding.print.print')}
          </Button>
        </Flex>
      </Flex>
      {(missing > 0 || voided > 0) && (
        <Alert
          className={sheet.noPrint}
          type="warning"
          showIcon
          title={[
            missing > 0 && t('funding.print.missing', { count: missing }),
            voided > 0 && t('funding.print.voided', { count: voided }),
          ]
            .filter(Boolean)
            .join('；')}
        />
      )}
      <Card className={sheet.sheet}>
        <header className={sheet.heading}>
          <Typography.Title level={4} className={sheet.title}>
            {t('funding.print.heading')}
          </Typography.Title>
          <div className={sheet.meta}>
            <span>{lines.length > 0 && t('funding.print.lines', { lines: lines.join('、') })}</span>
            <span>
              {t('funding.print.date', {
                date: dayjs(chinaToday()).format(t('funding.print.dateFormat')),
              })}
            </span>
          </div>
        </header>
        {ids.length === 0 ? (
          <Alert type="info" showIcon title={t('funding.print.none')} />
        ) : !data ? (
          <PageState loading={loading} error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            <Table<DisbursementRowFragment>
              rowKey="id"
              size="small"
              bordered
              aria-label={t('funding.print.heading')}
              columns={columns}
              dataSource={rows}
              pagination={false}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('funding.print.empty')}
                  />
                ),
              }}
              summary={() => (
                <>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={3}>
                      <strong>{t('funding.print.total', { count: rows.length })}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      <strong>{formatYuan(total)}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} />
                  </Table.Summary.Row>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={5}>
                      {t('funding.print.capital')}
                      <strong className={styles.capital}>{voucherTotal(total)}</strong>
                      <span className={styles.figures}>{formatFen(total)}</span>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                </>
              )}
            />
            <footer className={styles.signatures}>
              {(['clerk', 'reviewer', 'head'] as const).map((role) => (
                <div key={role} className={styles.signatureLine}>
                  {t(`funding.print.sign.${role}`)}
                  <span className={styles.blank} />
                </div>
              ))}
            </footer>
          </>
        )}
      </Card>
    </Flex>
  );
}
