import { formatFen, formatYuan, sumFen, voucherTotal } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { GroupSheet } from './GroupSheet';
import styles from './campaign-print.module.css';
import { useGroupSheet } from './useGroupSheet';
import './locale';

/**
 * 慰问金发放表: a work group's list as the payment voucher (like the funding 发放表): number,
 * member, branch, gift, sum and a signature column; the total in figures and in capitals, and the
 * lines for the leader, the clerk and the head to sign.
 */
export default function GroupPaymentSheetPage() {
  const { t } = useI18n();
  const data = useGroupSheet();
  const entries = data.list.nodes ?? [];
  const total = sumFen(entries.map((e) => e.amountFen));

  return (
    <GroupSheet
      title={t('campaigns.print.paymentTitle')}
      data={data}
      suffix={data.campaign?.budget.name}
      footer={
        <footer className={styles.signatures}>
          {(['leader', 'clerk', 'head'] as const).map((role) => (
            <div key={role} className={styles.signatureLine}>
              {t(`campaigns.print.sign.${role}`)}
              <span className={styles.blank} />
            </div>
          ))}
        </footer>
      }
    >
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
    </GroupSheet>
  );
}
