import type { ReactNode } from 'react';
import { Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../app/i18n';
import type {
  BudgetCategory,
  BudgetExecutionFieldsFragment,
  VisitOccasion,
} from '../../gql/graphql';
import { OCCASIONS } from '../visits/occasions';
import { formatRate, type Figures } from '../coverage/coverage-figures';
import { CATEGORIES } from '../funding/labels';
import { formatShare } from '../funding/share';
import { formatLargeFen, formatYuan } from '@wanxia/schema';
import { ReportTable, TOTAL_KEY } from './ReportTable';
import { formatCount, type CountyStats } from './stats';
import styles from './report.module.css';
import '../coverage/locale';
import '../funding/locale';
import './locale';

type Visits = NonNullable<CountyStats['visits']>;
type Coverage = NonNullable<CountyStats['coverage']>;
type Funding = NonNullable<CountyStats['funding']>;

/** A numbered section of the report under its heading. */
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

interface CoverageRow {
  key: string;
  name: string;
  visits?: number;
  /** Null for the visits that oblige no task. */
  figures: Figures | null;
}

/** The coverage columns: tasks and how they were kept, then the rate. */
function useCoverageColumns(): TableColumnsType<CoverageRow> {
  const { t, locale } = useI18n();
  const count = (pick: (f: Figures) => number) => (_: unknown, row: CoverageRow) =>
    row.figures ? formatCount(pick(row.figures), locale) : '—';
  const column = (key: string, title: string, pick: (f: Figures) => number) => ({
    key,
    title,
    width: 76,
    align: 'right' as const,
    render: count(pick),
  });
  return [
    column('tasks', t('coverage.figure.tasks'), (f) => f.tasks),
    column('doneOnTime', t('coverage.figure.doneOnTime'), (f) => f.doneOnTime),
    column('doneLate', t('coverage.figure.doneLate'), (f) => f.doneLate),
    column('missed', t('coverage.figure.missed'), (f) => f.missed),
    column('waived', t('coverage.figure.waived'), (f) => f.waived),
    column('open', t('coverage.figure.open'), (f) => f.open),
    {
      key: 'rate',
      title: t('coverage.figure.rate'),
      width: 104,
      align: 'right',
      render: (_, row) => (row.figures ? formatRate(row.figures.rate, locale) : t('report.noTask')),
    },
  ];
}

/** 三、走访慰问: visits by occasion with the must-visits kept, by month, and by general branch. */
export function VisitsSection({
  visits,
  coverage,
}: {
  visits: Visits | undefined;
  coverage: Coverage | undefined;
}) {
  const { t, locale } = useI18n();
  const coverageColumns = useCoverageColumns();
  const title = t('report.section.visits');
  if (!visits || !coverage) {
    return (
      <Section id="report-visits" title={title}>
        <Typography.Paragraph>{t('report.noVisits')}</Typography.Paragraph>
      </Section>
    );
  }
  const visitCount = new Map(visits.byOccasion.map((row) => [row.occasion, row.count]));
  const taskFigures = new Map<VisitOccasion, Figures>(
    coverage.byOccasion.map((row) => [row.occasion, row]),
  );
  const occasionRows: CoverageRow[] = [
    ...OCCASIONS.map((occasion) => ({
      key: occasion,
      name: t(`enum.VisitOccasion.${occasion}`),
      visits: visitCount.get(occasion) ?? 0,
      figures: taskFigures.get(occasion) ?? null,
    })),
    { key: TOTAL_KEY, name: t('report.total'), visits: visits.total, figures: coverage.total },
  ];
  const branchRows: CoverageRow[] = [
    ...coverage.byBranch.map((row) => ({
      key: row.branch.id,
      name: row.branch.name,
      figures: row,
    })),
    { key: TOTAL_KEY, name: t('report.total'), figures: coverage.total },
  ];
  const monthRow = Object.fromEntries([
    ['key', 'visits'],
    ...visits.byMonth.map((row) => [`m${row.month}`, row.count]),
  ]) as { key: string } & Record<string, number>;
  return (
    <Section id="report-visits" title={title}>
      <Typography.Paragraph className={styles.lead}>
        {t('report.visitsLead', {
          visits: formatCount(visits.total, locale),
          tasks: formatCount(coverage.total.tasks, locale),
          onTime: formatCount(coverage.total.doneOnTime, locale),
          rate: formatRate(coverage.total.rate, locale),
        })}
      </Typography.Paragraph>
      <ReportTable
        title={t('report.table.occasions')}
        rows={occasionRows}
        columns={[
          { key: 'name', title: t('report.col.occasion'), dataIndex: 'name' },
          {
            key: 'visits',
            title: t('report.col.visits'),
            width: 84,
            align: 'right',
            render: (_, row) => formatCount(row.visits ?? 0, locale),
          },
          ...coverageColumns,
        ]}
      />
      <ReportTable
        title={t('report.table.months')}
        rows={[monthRow]}
        columns={[
          ...visits.byMonth.map((row) => ({
            key: `m${row.month}`,
            title: t('report.month', { month: row.month }),
            dataIndex: `m${row.month}`,
            align: 'right' as const,
            render: (count: number) => formatCount(count, locale),
          })),
          {
            key: 'total',
            title: t('report.total'),
            align: 'right',
            render: () => formatCount(visits.total, locale),
          },
        ]}
      />
      {coverage.total.tasks > 0 ? (
        <ReportTable
          title={t('report.table.branches')}
          rows={branchRows}
          columns={[
            { key: 'name', title: t('report.col.branch'), dataIndex: 'name' },
            ...coverageColumns,
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('report.noTasks')}</Typography.Paragraph>
      )}
    </Section>
  );
}

/** A category's execution, or the year's (no category). */
type MoneyRow = BudgetExecutionFieldsFragment & { key: string; category: BudgetCategory | null };

/** 四、经费使用: each category's budget and what became of it, in yuan, with the year's total. */
export function FundingSection({ funding }: { funding: Funding | undefined }) {
  const { t, locale } = useI18n();
  const title = t('report.section.funding');
  if (!funding) {
    return (
      <Section id="report-funding" title={title}>
        <Typography.Paragraph>{t('report.noFunding')}</Typography.Paragraph>
      </Section>
    );
  }
  if (funding.total.lines === 0) {
    return (
      <Section id="report-funding" title={title}>
        <Typography.Paragraph>{t('report.noLines')}</Typography.Paragraph>
      </Section>
    );
  }
  const rows: MoneyRow[] = [
    ...CATEGORIES.flatMap((category) => {
      const row = funding.byCategory.find((r) => r.category === category);
      return row && row.lines > 0 ? [{ key: category, ...row }] : [];
    }),
    { key: TOTAL_KEY, category: null, ...funding.total },
  ];
  const yuan = (pick: (row: MoneyRow) => number) => (_: unknown, row: MoneyRow) =>
    formatYuan(pick(row));
  const money = (key: string, title: string, pick: (row: MoneyRow) => number) => ({
    key,
    title,
    width: 132,
    align: 'right' as const,
    render: yuan(pick),
  });
  return (
    <Section id="report-funding" title={title}>
      <Typography.Paragraph className={styles.lead}>
        {t('report.fundingLead', {
          amount: formatLargeFen(funding.total.amountFen, locale),
          paid: formatLargeFen(funding.total.paidFen, locale),
          rate: formatShare(funding.total.executionRate),
        })}
      </Typography.Paragraph>
      <ReportTable
        title={t('report.table.funding')}
        rows={rows}
        columns={[
          {
            key: 'category',
            title: t('report.col.category'),
            render: (_, row) =>
              row.category ? t(`enum.BudgetCategory.${row.category}`) : t('report.total'),
          },
          {
            key: 'lines',
            title: t('report.col.lines'),
            width: 80,
            align: 'right',
            render: (_, row) => formatCount(row.lines, locale),
          },
          money('amount', t('report.col.amount'), (row) => row.amountFen),
          money('committed', t('report.col.committed'), (row) => row.committedFen),
          money('paid', t('report.col.paid'), (row) => row.paidFen),
          money('remaining', t('report.col.remaining'), (row) => row.remainingFen),
          {
            key: 'rate',
            title: t('funding.figure.rate'),
            width: 80,
            align: 'right',
            render: (_, row) => formatShare(row.executionRate),
          },
        ]}
      />
    </Section>
  );
}
