import { createContext, useContext, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, Typography, type TableColumnsType } from 'antd';
import { formatYuan } from '@wanxia/schema';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import type { Locale, MessageKey } from '../../locales';
import type { RosterListFilterFieldsFragment, YearReportQuery } from '../../gql/graphql';
import { rosterHref } from './roster-href';
import { YearReportDocument } from './queries';
import { ReportTable, TOTAL_KEY } from './ReportTable';
import { formatCount } from './stats';
import styles from './report.module.css';
import './locale';
import { numberFormat } from '../../locales/number-format';

export type YearReport = NonNullable<YearReportQuery['yearReport']>;

/** A change with its sign: +12, −3, 0. */
function signed(change: number, format: (n: number) => string): string {
  if (change === 0) return format(0);
  return change > 0 ? `+${format(change)}` : `−${format(-change)}`;
}

interface Figure {
  value: number;
  previous: number;
  change: number;
  filter?: RosterListFilterFieldsFragment | null;
  previousFilter?: RosterListFilterFieldsFragment | null;
}

/** The bureau the report was drawn up for, which the lists behind its figures keep. */
const ReportBureau = createContext<string | null>(null);

/** A count, a link to its list where it has one. */
function Count({
  value,
  filter,
  locale,
}: {
  value: number;
  filter?: RosterListFilterFieldsFragment | null;
  locale: Locale;
}) {
  const bureauId = useContext(ReportBureau);
  const text = formatCount(value, locale);
  return filter ? <Link to={rosterHref(filter, bureauId)}>{text}</Link> : <>{text}</>;
}

/**
 * The three columns of a measure: the year before, the year (each a link to its list) and the
 * change, under the measure's name.
 */
function yearColumns<R>(
  title: string,
  key: string,
  pick: (row: R) => Figure,
  years: { year: number; locale: Locale; t: (k: MessageKey, v?: Record<string, number>) => string },
): TableColumnsType<R>[number] {
  const { year, locale, t } = years;
  return {
    key,
    title,
    align: 'center',
    children: [
      {
        key: `${key}-previous`,
        title: t('report.year.label', { year: year - 1 }),
        align: 'right',
        render: (_: unknown, row: R) => (
          <Count value={pick(row).previous} filter={pick(row).previousFilter} locale={locale} />
        ),
      },
      {
        key: `${key}-value`,
        title: t('report.year.label', { year }),
        align: 'right',
        render: (_: unknown, row: R) => (
          <Count value={pick(row).value} filter={pick(row).filter} locale={locale} />
        ),
      },
      {
        key: `${key}-change`,
        title: t('report.year.change'),
        align: 'right',
        render: (_: unknown, row: R) => signed(pick(row).change, (n) => formatCount(n, locale)),
      },
    ],
  };
}

type ChangeRow = YearReport['rosterChange']['rows'][number] & { key: string };
type ProfileRow = YearReport['rosterProfile']['rows'][number] & { key: string };

const CHANGE_MEASURES = [
  'start',
  'enrolled',
  'transferredIn',
  'joined',
  'died',
  'transferredOut',
  'left',
  'end',
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Typography.Title level={4} id={id} className={styles.sectionTitle}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** 五、离退休干部两年数字变化情况: start + joined − left = end, checked per row. */
export function RosterChangeSection({ report }: { report: YearReport }) {
  const { t, locale } = useI18n();
  const years = { year: report.year, locale, t };
  const rows: ChangeRow[] = report.rosterChange.rows.map((r, i) => ({
    ...r,
    key: r.retirementType === null && r.allRanks ? TOTAL_KEY : `${i}`,
  }));
  const columns: TableColumnsType<ChangeRow> = [
    { key: 'label', title: t('report.change.category'), dataIndex: 'label', fixed: 'left' },
    ...CHANGE_MEASURES.map((m) =>
      yearColumns<ChangeRow>(t(`report.change.${m}`), m, (row) => row[m], years),
    ),
    {
      key: 'balanced',
      title: t('report.change.check'),
      align: 'center',
      render: (_: unknown, row: ChangeRow) =>
        row.balanced && row.previousBalanced ? '✓' : t('report.change.unbalanced'),
    },
  ];
  return (
    <Section id="report-change" title={t('report.section.change')}>
      <Typography.Paragraph type="secondary" className={styles.lead}>
        {t('report.change.lead', { from: report.previousAsOf, to: report.asOf })}
      </Typography.Paragraph>
      {!report.rosterChange.balanced && (
        <Alert type="warning" showIcon title={t('report.change.notBalanced')} />
      )}
      <ReportTable title={t('report.table.change')} columns={columns} rows={rows} wide />
    </Section>
  );
}

/** 六、离退休干部基本情况: the roster at the end of each year, by group. */
export function RosterProfileSection({ report }: { report: YearReport }) {
  const { t, locale } = useI18n();
  const years = { year: report.year, locale, t };
  const rows: ProfileRow[] = report.rosterProfile.rows.map((r, i) => ({
    ...r,
    key: r.dimension === 'TOTAL' ? TOTAL_KEY : `${i}`,
  }));
  const columns: TableColumnsType<ProfileRow> = [
    {
      key: 'dimension',
      title: t('report.col.item'),
      fixed: 'left',
      render: (_: unknown, row: ProfileRow) => t(`report.dimension.${row.dimension}`),
    },
    { key: 'label', title: t('report.col.group'), dataIndex: 'label' },
    yearColumns<ProfileRow>(t('report.profile.total'), 'total', (r) => r.total, years),
    yearColumns<ProfileRow>(t('enum.RetirementType.LIXIU'), 'lixiu', (r) => r.lixiu, years),
    yearColumns<ProfileRow>(t('enum.RetirementType.TUIXIU'), 'tuixiu', (r) => r.tuixiu, years),
  ];
  return (
    <Section id="report-profile" title={t('report.section.profile')}>
      <ReportTable title={t('report.table.profile')} columns={columns} rows={rows} wide />
    </Section>
  );
}

interface ServiceRow {
  key: string;
  item: string;
  previous: string;
  value: string;
  change: string;
}

/** 七、服务保障情况: visits, coverage and money, each year beside the year before. */
export function ServiceSection({ report }: { report: YearReport }) {
  const { t, locale } = useI18n();
  const s = report.service;
  const count = (n: number) => formatCount(n, locale);
  const percent = (n: number | null) =>
    n === null
      ? '—'
      : numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n);
  const points = (n: number | null) => (n === null ? '—' : signed(n, percent));
  const rows: ServiceRow[] = [];
  const counted = (key: string, item: string, f: Figure) =>
    rows.push({
      key,
      item,
      previous: count(f.previous),
      value: count(f.value),
      change: signed(f.change, count),
    });
  const money = (
    key: string,
    item: string,
    f: { valueFen: number; previousFen: number; changeFen: number },
  ) =>
    rows.push({
      key,
      item,
      previous: formatYuan(f.previousFen),
      value: formatYuan(f.valueFen),
      change: signed(f.changeFen, formatYuan),
    });
  const rate = (
    key: string,
    item: string,
    f: { value: number | null; previous: number | null; change: number | null },
  ) =>
    rows.push({
      key,
      item,
      previous: percent(f.previous),
      value: percent(f.value),
      change: points(f.change),
    });
  if (s.visits) counted('visits', t('report.service.visits'), s.visits);
  for (const o of s.visitsByOccasion ?? []) {
    counted(
      `visits-${o.occasion}`,
      t('report.of', { name: t(`enum.VisitOccasion.${o.occasion}`) }),
      o.visits,
    );
  }
  if (s.tasksDue) counted('due', t('report.service.tasksDue'), s.tasksDue);
  if (s.tasksDoneOnTime) counted('onTime', t('report.service.onTime'), s.tasksDoneOnTime);
  if (s.coverage) rate('coverage', t('report.service.coverage'), s.coverage);
  if (s.condolenceMembers)
    counted('condolenceMembers', t('report.service.condolenceMembers'), s.condolenceMembers);
  if (s.condolenceFen) money('condolence', t('report.service.condolence'), s.condolenceFen);
  for (const c of s.budgetByCategory ?? []) {
    const name = t(`enum.BudgetCategory.${c.category}`);
    money(`amount-${c.category}`, t('report.service.budget', { name }), c.amountFen);
    money(`paid-${c.category}`, t('report.service.paid', { name }), c.paidFen);
    rate(`rate-${c.category}`, t('report.service.rate', { name }), c.executionRate);
  }
  if (!rows.length) return null;
  const columns: TableColumnsType<ServiceRow> = [
    { key: 'item', title: t('report.col.item'), dataIndex: 'item', fixed: 'left' },
    {
      key: 'previous',
      title: t('report.year.label', { year: report.year - 1 }),
      dataIndex: 'previous',
      align: 'right',
    },
    {
      key: 'value',
      title: t('report.year.label', { year: report.year }),
      dataIndex: 'value',
      align: 'right',
    },
    { key: 'change', title: t('report.year.change'), dataIndex: 'change', align: 'right' },
  ];
  return (
    <Section id="report-service" title={t('report.section.service')}>
      <ReportTable title={t('report.table.service')} columns={columns} rows={rows} />
    </Section>
  );
}

type FigureRow = YearReport['partyOrganisation']['rows'][number];

/** A figure of 党组织建设 or 作用发挥 in its unit, a link to its list where it has one. */
function FigureCell({
  row,
  pick,
  locale,
}: {
  row: FigureRow;
  pick: 'value' | 'previous';
  locale: Locale;
}) {
  const percent = (n: number | null) =>
    n === null
      ? '—'
      : numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n);
  const text = row.money
    ? formatYuan(pick === 'value' ? row.money.valueFen : row.money.previousFen)
    : row.rate
      ? percent(row.rate[pick])
      : formatCount(row.count![pick], locale);
  const filter = pick === 'value' ? row.count?.filter : row.count?.previousFilter;
  const bureauId = useContext(ReportBureau);
  const href = filter
    ? rosterHref(filter, bureauId)
    : pick === 'value'
      ? row.href
      : row.previousHref;
  return href ? <Link to={href}>{text}</Link> : <>{text}</>;
}

/**
 * 八、党组织建设情况 and 九、作用发挥与活动开展: one figure a row, the year before, the year (each a
 * link to the list behind it) and the change.
 */
export function FiguresSection({
  report,
  table,
}: {
  report: YearReport;
  table: 'partyOrganisation' | 'roleAndActivities';
}) {
  const { t, locale } = useI18n();
  const rows = report[table].rows;
  const label = (row: FigureRow) => {
    const key = `report.row.${row.key}` as MessageKey;
    const text = t(key);
    return text === key ? row.label : text;
  };
  const unit = (row: FigureRow) => {
    if (row.unit === '%') return '';
    const key = `report.unit.${row.unit}` as MessageKey;
    const text = t(key);
    return text === key ? row.unit : text;
  };
  const change = (row: FigureRow) => {
    if (row.money) return signed(row.money.changeFen, formatYuan);
    if (row.rate) {
      const c = row.rate.change;
      return c === null
        ? '—'
        : signed(c, (n) =>
            numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n),
          );
    }
    return signed(row.count!.change, (n) => formatCount(n, locale));
  };
  const columns: TableColumnsType<FigureRow> = [
    {
      key: 'item',
      title: t('report.col.item'),
      fixed: 'left',
      render: (_: unknown, row) => (
        <span className={row.sub ? styles.sub : undefined}>{label(row)}</span>
      ),
    },
    { key: 'unit', title: t('report.col.unit'), render: (_: unknown, row) => unit(row) },
    {
      key: 'previous',
      title: t('report.year.label', { year: report.year - 1 }),
      align: 'right',
      render: (_: unknown, row) => <FigureCell row={row} pick="previous" locale={locale} />,
    },
    {
      key: 'value',
      title: t('report.year.label', { year: report.year }),
      align: 'right',
      render: (_: unknown, row) => <FigureCell row={row} pick="value" locale={locale} />,
    },
    {
      key: 'change',
      title: t('report.year.change'),
      align: 'right',
      render: (_: unknown, row) => change(row),
    },
  ];
  return (
    <Section id={`report-${table}`} title={t(`report.section.${table}`)}>
      <Typography.Paragraph type="secondary" className={styles.lead}>
        {t('report.figures.lead', {
          year: report.year,
          from: report.previousAsOf,
          to: report.asOf,
        })}
      </Typography.Paragraph>
      <ReportTable title={t(`report.table.${table}`)} columns={columns} rows={rows} />
    </Section>
  );
}

/** The statutory tables of the year beside the year before, loaded on their own. */
export function YearTables({ year, bureauId }: { year: number; bureauId: string | null }) {
  const { access } = useViewer();
  const { data, previousData, loading, error, refetch } = useQuery(YearReportDocument, {
    variables: {
      year,
      withVisits: access.canReadVisits,
      withFunding: access.canReadFunding,
      // Left out, not null, for the viewer's whole reach.
      bureauId: bureauId ?? undefined,
    },
  });
  const report = (data ?? previousData)?.yearReport;
  if (report?.year !== year) {
    return <PageState loading={loading} error={error} onRetry={() => void refetch()} />;
  }
  return (
    <ReportBureau.Provider value={bureauId}>
      <RosterChangeSection report={report} />
      <RosterProfileSection report={report} />
      <ServiceSection report={report} />
      <FiguresSection report={report} table="partyOrganisation" />
      <FiguresSection report={report} table="roleAndActivities" />
    </ReportBureau.Provider>
  );
}
