import { useNavigate } from 'react-router';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { chinaToday, formatFen, formatYuan, sumFen, voucherTotal } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import sheet from '../../components/print.module.css';
import styles from './campaign-print.module.css';
import { useGroupSheet } from './useGroupSheet';

/**
 * 慰问金发放表: a work group's list as the payment voucher (like the funding 发放表): number,
 * member, branch, gift, sum and a signature column; the total in figures and in capitals, and the
 * lines for the leader, the clerk and the head to sign.
 */
export default function GroupPaymentSheetPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { campaign, group, groupId, campaignQuery, list } = useGroupSheet();
  const entries = list.nodes ?? [];
  const total = sumFen(entries.map((e) => e.amountFen));

  return (
    <Flex vertical gap={16}>
      <Flex className={sheet.noPrint} justify="space-between" align="center" wrap gap={12}>
        <PageTitle title={t('campaigns.print.paymentTitle')} />
        <Flex gap={8}>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            {t('campaigns.print.back')}
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!entries.length}
            onClick={() => window.print()}
          >
            {t('campaigns.print.print')}
          </Button>
        </Flex>
      </Flex>
      <Card className={sheet.sheet}>
        {!groupId ? (
          <Alert type="info" showIcon title={t('campaigns.print.noGroup')} />
        ) : !campaign || !list.nodes ? (
          <PageState
            loading={campaignQuery.loading || list.loading}
            error={campaignQuery.error ?? list.error}
            onRetry={() => void list.reload()}
          />
        ) : (
          <>
            <header className={sheet.heading}>
              <Typography.Title level={4} className={sheet.title}>
                {t('campaigns.print.paymentTitle')}
              </Typography.Title>
              <div className={sheet.meta}>
                <span>
                  {t('campaigns.print.group', {
                    campaign: campaign.name,
                    group: group?.name ?? '',
                  })}
                  {' · '}
                  {campaign.budget.name}
                </span>
                <span>
                  {t('campaigns.print.date', {
                    date: dayjs(chinaToday()).format(t('campaigns.print.dateFormat')),
                  })}
                </span>
              </div>
            </header>
            {entries.length === 0 ? (
              <Alert type="info" showIcon title={t('campaigns.print.empty')} />
            ) : (
              <table className={styles.table} aria-label={t('campaigns.print.paymentTitle')}>
                <thead>
                  <tr>
                    <th scope="col">{t('campaigns.print.col.index')}</th>
                    <th scope="col">{t('campaigns.print.col.name')}</th>
                    <th scope="col">{t('campaigns.print.col.branch')}</th>
                    <th scope="col">{t('campaigns.print.col.gift')}</th>
                    <th scope="col">{t('campaigns.print.col.amount')}</th>
                    <th scope="col">{t('campaigns.print.col.signature')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry, i) => (
                    <tr key={entry.id}>
                      <td className={styles.center}>{i + 1}</td>
                      <td>{entry.member.name}</td>
                      <td>{entry.member.branch.name}</td>
                      <td>{entry.gift ?? ''}</td>
                      <td className={styles.amount}>{formatYuan(entry.amountFen)}</td>
                      <td className={styles.signature} />
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t('campaigns.print.total', { count: entries.length })}
                    </th>
                    <td className={styles.amount}>
                      <strong>{formatYuan(total)}</strong>
                    </td>
                    <td />
                  </tr>
                  <tr>
                    <td colSpan={6}>
                      {t('campaigns.print.capital')}
                      <strong className={styles.capital}>{voucherTotal(total)}</strong>
                      <span style={{ marginInlineStart: 24 }}>{formatFen(total)}</span>
                    </td>
                  </tr>
                </tfoot>
              </table>
            )}
            <footer className={styles.signatures}>
              {(['leader', 'clerk', 'head'] as const).map((role) => (
                <div key={role} className={styles.signatureLine}>
                  {t(`campaigns.print.sign.${role}`)}
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
