import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { BureauPicker } from '../../components/BureauPicker';
import { PageState } from '../../components/PageState';
import { chinaToday, formatFen } from '@wanxia/schema';
import { useCommittedValue } from '../../components/useCommittedValue';
import { useUrlState } from '../../components/useUrlState';
import { useBureauScope } from '../../components/useBureauScope';
import type { BudgetCategory, BudgetLineFragment } from '../../gql/graphql';
import { BudgetFormModal } from './BudgetFormModal';
import { disbursementsLink } from './disbursement-view';
import { ExecutionBar } from './ExecutionBar';
import { FundingCharts } from './FundingCharts';
import { FundingFigures } from './FundingFigures';
import { CATEGORIES, CategoryTag } from './labels';
import { linesViewCodec, yearOptions } from './lines-view';
import { FundingLinesDocument, FundingSummaryDocument } from './queries';
import { PageTitle } from '../../components/PageTitle';
import './locale';

type Dialog = { line: BudgetLineFragment | null };

const money = (fen: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatFen(fen)}</span>;

/** The bureau's order: by category, the county's lines before the branches'. */
function byCategory(a: BudgetLineFragment, b: BudgetLineFragment) {
  return (
    CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
    Number(Boolean(a.branch)) - Number(Boolean(b.branch)) ||
    a.name.localeCompare(b.name, 'zh-Hans-CN')
  );
}

/**
 * 经费预算: the lines of a year with their execution (paid and approved against the amount),
 * the year's figures, and its execution month by month and by category. A line opens its
 * payments; those who manage the money draw up and change lines here.
 */
export default function FundingLinesPage() {
  const { t } = useI18n();
  const { access } = useViewer();
  const navigate = useNavigate();
  const thisYear = Number(chinaToday().slice(0, 4));
  const codec = useMemo(() => linesViewCodec(thisYear), [thisYear]);
  const [view, setView] = useUrlState(codec);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const setBureau = (bureauId: string | null, replace = false) =>
    setView((current) => ({ ...current, bureauId }), { replace });
  const { ready } = useBureauScope(view.bureauId, () => setBureau(null, true));

  const variables = useCommittedValue(
    useMemo(
      () => ({
        filter: { year: view.year, ...(view.category ? { category: [view.category] } : {}) },
        // Left out, not null, for the viewer's whole reach.
        bureauId: view.bureauId ?? undefined,
      }),
      [view],
    ),
  );
  const lines = useQuery(FundingLinesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip: !ready,
  });
  const summary = useQuery(FundingSummaryDocument, {
    variables: { year: variables.filter.year!, bureauId: variables.bureauId },
    fetchPolicy: 'cache-and-network',
    skip: !ready,
  });
  const budgets = (lines.data ?? lines.previousData)?.budgets;
  const year = (summary.data ?? summary.previousData)?.fundingSummary;
  const rows = useMemo(() => [...(budgets?.nodes ?? [])].sort(byCategory), [budgets]);

  const refresh = () => {
    void lines.refetch();
    void summary.refetch();
  };
  const setCategory = (category: BudgetCategory | null) =>
    setView((current) => ({ ...current, category }));

  const columns: TableColumnsType<BudgetLineFragment> = [
    {
      key: 'name',
      title: t('funding.field.lineName'),
      render: (_, line) => (
        <Flex vertical gap={2} style={{ minWidth: 200 }}>
          <Link to={disbursementsLink({ year: line.year, budget: line.id })}>{line.name}</Link>
          {/* The owner: the county, or the branch whose line it is. */}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[line.branch?.name ?? t('funding.lines.county'), line.note]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'category',
      title: t('funding.field.category'),
      width: 108,
      render: (_, line) => <CategoryTag category={line.category} />,
    },
    {
      key: 'amount',
      title: t('funding.figure.amount'),
      width: 124,
      align: 'right',
      render: (_, line) => money(line.amountFen),
    },
    {
      key: 'committed',
      title: t('funding.figure.committed'),
      width: 124,
      align: 'right',
      render: (_, line) => money(line.committedFen),
    },
    {
      key: 'paid',
      title: t('funding.figure.paid'),
      width: 124,
      align: 'right',
      render: (_, line) => money(line.paidFen),
    },
    {
      key: 'remaining',
      title: t('funding.figure.remaining'),
      width: 124,
      align: 'right',
      render: (_, line) => <strong>{money(line.remainingFen)}</strong>,
    },
    {
      key: 'execution',
      title: t('funding.lines.execution'),
      width: 170,
      render: (_, line) => (
        <ExecutionBar
          name={line.name}
          amountFen={line.amountFen}
          committedFen={line.committedFen}
          paidFen={line.paidFen}
        />
      ),
    },
    ...(access.canWriteFunding
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 88,
            render: (_: unknown, line: BudgetLineFragment) => (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                aria-label={t('funding.lines.editLine', { name: line.name })}
                onClick={() => setDialog({ line })}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const totals = budgets?.totals;
  const thisMonth = Number(chinaToday().slice(5, 7));
  const lastMonth = view.year < thisYear ? 12 : view.year > thisYear ? 0 : thisMonth;
  const summaryRows = useMemo(
    () =>
      [...(year?.byCategory ?? [])].sort(
        (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
      ),
    [year],
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('funding.lines.title')} lead={t('funding.lines.lead')} />
        <Flex gap={8} wrap>
          <Select<number>
            aria-label={t('funding.field.year')}
            value={view.year}
            onChange={(next) => setView((current) => ({ ...current, year: next }))}
            options={yearOptions(thisYear).map((value) => ({
              value,
              label: t('funding.yearOption', { year: value }),
            }))}
            style={{ width: 112 }}
          />
          <Select<BudgetCategory>
            aria-label={t('funding.field.category')}
            placeholder={t('funding.filter.categoryAll')}
            value={view.category ?? undefined}
            onChange={(next) => setCategory(next ?? null)}
            allowClear
            options={CATEGORIES.map((value) => ({
              value,
              label: t(`enum.BudgetCategory.${value}`),
            }))}
            style={{ width: 148 }}
          />
          <BureauPicker value={view.bureauId} onChange={(next) => setBureau(next)} />
          <Button
            icon={<ReloadOutlined />}
            onClick={refresh}
            loading={(lines.loading || summary.loading) && Boolean(budgets)}
          >
            {t('funding.refresh')}
          </Button>
          {access.canWriteFunding && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ line: null })}
            >
              {t('funding.lines.create')}
            </Button>
          )}
        </Flex>
      </Flex>

      {!budgets || !totals ? (
        <Card>
          <PageState loading={lines.loading || !ready} error={lines.error} onRetry={refresh} />
        </Card>
      ) : (
        <>
          <FundingFigures totals={totals} lines={totals.count} />
          <Card
            title={t('funding.lines.tableTitle', { year: view.year })}
            extra={
              <Link
                to={disbursementsLink({
                  year: view.year,
                  category: view.category,
                  bureau: view.bureauId,
                })}
              >
                {t('funding.lines.allDisbursements')}
              </Link>
            }
          >
            {budgets.totalCount > budgets.nodes.length && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('funding.lines.partial', {
                  shown: budgets.nodes.length,
                  total: budgets.totalCount,
                })}
              />
            )}
            <Table<BudgetLineFragment>
              rowKey="id"
              size="middle"
              aria-label={t('funding.lines.tableTitle', { year: view.year })}
              columns={columns}
              dataSource={rows}
              loading={lines.loading}
              pagination={false}
              scroll={{ x: 'max-content' }}
              onRow={(line) => ({
                onClick: (event) => {
                  if ((event.target as HTMLElement).closest('a, button')) return;
                  void navigate(disbursementsLink({ year: line.year, budget: line.id }));
                },
                style: { cursor: 'pointer' },
              })}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t(
                      access.canWriteFunding ? 'funding.lines.emptyWrite' : 'funding.lines.empty',
                      { year: view.year },
                    )}
                  />
                ),
              }}
              summary={() =>
                rows.length > 0 && (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={2}>
                      <strong>{t('funding.lines.total', { count: totals.count })}</strong>
                    </Table.Summary.Cell>
                    {[
                      totals.amountFen,
                      totals.committedFen,
                      totals.paidFen,
                      totals.remainingFen,
                    ].map((fen, i) => (
                      <Table.Summary.Cell key={i} index={2 + i} align="right">
                        <strong>{money(fen)}</strong>
                      </Table.Summary.Cell>
                    ))}
                    <Table.Summary.Cell index={6} colSpan={access.canWriteFunding ? 2 : 1}>
                      <ExecutionBar
                        name={t('funding.lines.totalName')}
                        amountFen={totals.amountFen}
                        committedFen={totals.committedFen}
                        paidFen={totals.paidFen}
                      />
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )
              }
            />
          </Card>
          {year && (
            <FundingCharts
              year={view.year}
              amountFen={year.total.amountFen}
              months={year.byMonth}
              categories={summaryRows}
              lastMonth={lastMonth}
              onCategory={setCategory}
            />
          )}
        </>
      )}

      {dialog && (
        <BudgetFormModal
          line={dialog.line}
          year={view.year}
          bureauId={view.bureauId}
          onClose={(saved) => {
            setDialog(null);
            if (saved) refresh();
          }}
        />
      )}
    </Flex>
  );
}
