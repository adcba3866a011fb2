import { Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../locales';
import { ReportTable, TOTAL_KEY } from './ReportTable';
import {
  ageBandLabel,
  formatCount,
  formatPart,
  partyYearsBandLabel,
  type Band,
  type CountyStats,
} from './stats';
import styles from './report.module.css';
import './locale';

interface CountRow {
  key: string;
  item: string;
  count: number;
  unit: string;
}

/** 项目 | 数量 | 单位, numbers right-aligned with thousands separators. */
function useCountColumns(countTitle: MessageKey) {
  const { t, locale } = useI18n();
  return [
    { key: 'item', title: t('report.col.item'), dataIndex: 'item' },
    {
      key: 'count',
      title: t(countTitle),
      width: 120,
      align: 'right' as const,
      render: (_: unknown, row: CountRow) => formatCount(row.count, locale),
    },
    {
      key: 'unit',
      title: t('report.col.unit'),
      dataIndex: 'unit',
      width: 72,
      align: 'center' as const,
    },
  ];
}

/** 一、组织建设: the party organisation at the end of the year. */
export function OrganisationSection({
  organisation,
}: {
  organisation: CountyStats['organisation'];
}) {
  const { t } = useI18n();
  const columns = useCountColumns('report.col.count');
  const unit = t('report.unit.org');
  const row = (key: string, item: string, count: number): CountRow => ({ key, item, count, unit });
  const of = (key: MessageKey) => t('report.of', { name: t(key) });
  return (
    <section className={styles.section} aria-labelledby="report-organisation">
      <Typography.Title level={4} id="report-organisation" className={styles.sectionTitle}>
        {t('report.section.organisation')}
      </Typography.Title>
      <ReportTable
        title={t('report.table.organisation')}
        columns={columns}
        rows={[
          row('generalBranches', t('report.figure.generalBranches'), organisation.generalBranches),
          row('branches', t('report.figure.branches'), organisation.branches),
          row('provincial', of('report.figure.provincial'), organisation.provincial),
          row('city', of('report.figure.city'), organisation.city),
          row('county', of('report.figure.county'), organisation.county),
          row('homes', t('report.figure.homes'), organisation.homes),
        ]}
      />
    </section>
  );
}

interface BandRow {
  key: string;
  band: string;
  count: number;
  share: string;
}

/** A band table (年龄段 or 党龄 | 人数 | 占比) with its 合计 row. */
function BandTable({
  title,
  bandTitle,
  bands,
  label,
}: {
  title: string;
  bandTitle: string;
  bands: readonly Band[];
  label: (band: Band) => string;
}) {
  const { t, locale } = useI18n();
  const total = bands.reduce((sum, b) => sum + b.count, 0);
  const rows: BandRow[] = [
    ...bands.map((band) => ({
      key: String(band.from),
      band: label(band),
      count: band.count,
      share: formatPart(band.count, total, locale),
    })),
    {
      key: TOTAL_KEY,
      band: t('report.total'),
      count: total,
      share: formatPart(total, total, locale),
    },
  ];
  return (
    <ReportTable
      title={title}
      rows={rows}
      columns={[
        { key: 'band', title: bandTitle, dataIndex: 'band' },
        {
          key: 'count',
          title: t('report.col.people'),
          width: 100,
          align: 'right',
          render: (_, row) => formatCount(row.count, locale),
        },
        {
          key: 'share',
          title: t('report.col.share'),
          dataIndex: 'share',
          width: 90,
          align: 'right',
        },
      ]}
    />
  );
}

/** 二、人员情况: the roster on the last day of the year, by age and by years in the party. */
export function MembersSection({ members }: { members: CountyStats['members'] }) {
  const { t } = useI18n();
  const columns = useCountColumns('report.col.people');
  const unit = t('report.unit.person');
  const row = (key: string, item: string, count: number): CountRow => ({ key, item, count, unit });
  const of = (key: MessageKey) => t('report.of', { name: t(key) });
  return (
    <section className={styles.section} aria-labelledby="report-members">
      <Typography.Title level={4} id="report-members" className={styles.sectionTitle}>
        {t('report.section.members')}
      </Typography.Title>
      <ReportTable
        title={t('report.table.members')}
        columns={columns}
        rows={[
          row('active', t('report.figure.active'), members.active),
          row('lixiu', of('report.figure.lixiu'), members.lixiu),
          row('tuixiu', of('report.figure.tuixiu'), members.tuixiu),
          row('partyMembers', of('report.figure.partyMembers'), members.partyMembers),
          row('medal', of('report.figure.medal'), members.medalEligible),
          row('deceased', t('report.figure.deceased'), members.deceased),
          row('transferredOut', t('report.figure.transferredOut'), members.transferredOut),
        ]}
      />
      <div className={styles.pair}>
        <BandTable
          title={t('report.table.age')}
          bandTitle={t('report.col.ageBand')}
          bands={members.byAge}
          label={(band) => ageBandLabel(band, t)}
        />
        <BandTable
          title={t('report.table.partyYears')}
          bandTitle={t('report.col.partyYears')}
          bands={members.byPartyYears}
          label={(band) => partyYearsBandLabel(band, t)}
        />
      </div>
    </section>
  );
}
