import { Fragment } from 'react';
import { formatYuan, sumFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import sheet from '../../components/print.module.css';
import { GroupSheet } from './GroupSheet';
import { groupVisitors } from './CampaignGroupsTab';
import { routeStops } from './route-sheet';
import styles from './campaign-print.module.css';
import { useGroupSheet } from './useGroupSheet';
import './locale';

/**
 * 慰问路线单: a work group's list on A4, stop by stop (township or place, then address) with
 * name, phone, gift, sum and a column to sign; the head row repeats on each page, the 合计 comes
 * once at the end.
 */
export default function RouteSheetPage() {
  const { t } = useI18n();
  const { access } = useViewer();
  const data = useGroupSheet(access.canReadPersonalData);
  const { group } = data;
  const entries = data.list.nodes ?? [];
  const stops = routeStops(entries);
  const total = sumFen(entries.map((e) => e.amountFen));
  const heads = [
    t('campaigns.print.col.index'),
    t('campaigns.print.col.name'),
    t('campaigns.print.col.address'),
    t('campaigns.print.col.phone'),
    t('campaigns.print.col.gift'),
    t('campaigns.print.col.amount'),
    t('campaigns.print.col.signature'),
  ];
  const position = new Map(entries.map((entry, i) => [entry.id, i + 1]));

  return (
    <GroupSheet
      title={t('campaigns.print.routeTitle')}
      data={data}
      meta={
        group && (
          <div className={sheet.meta}>
            <span>{t('campaigns.print.leader', { leader: group.leader })}</span>
            <span>
              {t('campaigns.print.visitors', {
                visitors: groupVisitors(group).join('、') || '—',
              })}
            </span>
          </div>
        )
      }
    >
      <table className={styles.table} aria-label={t('campaigns.print.routeTitle')}>
        <thead>
          <tr>
            {heads.map((head) => (
              <th key={head} scope="col">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stops.map((stop) => (
            <Fragment key={stop.place}>
              <tr className={styles.stop}>
                <th scope="colgroup" colSpan={heads.length}>
                  {t('campaigns.print.place', {
                    place: stop.place,
                    count: stop.entries.length,
                  })}
                </th>
              </tr>
              {stop.entries.map((entry) => (
                <tr key={entry.id}>
                  <td className={styles.center}>{position.get(entry.id)}</td>
                  <td>{entry.member.name}</td>
                  <td>{entry.member.personalData?.address ?? entry.member.address ?? ''}</td>
                  <td>{entry.member.personalData?.phone ?? entry.member.phone ?? ''}</td>
                  <td>{entry.gift ?? ''}</td>
                  <td className={styles.amount}>{formatYuan(entry.amountFen)}</td>
                  <td className={styles.signature} />
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('campaigns.print.total', { count: entries.length })}
            </th>
            <td className={styles.amount}>
              <strong>{formatYuan(total)}</strong>
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </GroupSheet>
  );
}
