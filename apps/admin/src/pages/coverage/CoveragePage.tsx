import { useMemo } from 'react';
import type { To } from 'react-router';
import { Button, Card, Col, Flex, Result, Row, Select, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { picksBureau, useViewer } from '../../app/viewer';
import { BureauPicker } from '../../components/BureauPicker';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { PageState } from '../../components/PageState';
import { chinaToday } from '@wanxia/schema';
import { useCommittedValue } from '../../components/useCommittedValue';
import { useUrlState } from '../../components/useUrlState';
import { useBureauScope } from '../../components/useBureauScope';
import { VisitCoverageDocument } from './queries';
import { coverageViewCodec, type CoverageView } from './coverage-view';
import { MUST_VISITS } from '../visits/occasions';
import { byRate, shortBranchName } from './coverage-figures';
import type { ChartRow } from './coverage-chart';
import { CoverageTotals } from './CoverageTotals';
import { CoverageChart } from './CoverageChart';
import { CoverageTrail } from './CoverageTrail';
import { BranchCoverageTable } from './BranchCoverageTable';
import { PageTitle } from '../../components/PageTitle';
import './locale';

/** The years one may look at: five back and the next (whose holiday tasks may exist already). */
function yearOptions(thisYear: number) {
  return Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
}

/**
 * 走访覆盖率: how the must-visits of a year were kept, for the viewer's reach, a bureau in it or
 * a branch, with the branches one level down side by side; a branch opens its own figures
 * (drill-down).
 */
export default function CoveragePage() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  // A secretary starts at their own branch (the API would show it as the only row otherwise).
  const home = viewer.branch;
  const thisYear = Number(chinaToday().slice(0, 4));
  const codec = useMemo(() => coverageViewCodec(thisYear), [thisYear]);
  const [view, setView] = useUrlState(codec);
  // Another bureau starts at its top: a branch picked before may lie outside it.
  const setBureau = (bureauId: string | null, replace = false) =>
    setView((current) => ({ ...current, bureauId, branchId: null }), { replace });
  const { bureau, ready } = useBureauScope(view.bureauId, () => setBureau(null, true));
  const variables = useCommittedValue(
    useMemo(
      () => ({
        year: view.year,
        branchId: view.branchId ?? home?.id ?? null,
        // Left out, not null, for the viewer's whole reach.
        bureauId: view.bureauId ?? undefined,
      }),
      [view, home],
    ),
  );
  const { data, previousData, loading, error, refetch } = useQuery(VisitCoverageDocument, {
    variables,
    skip: !ready,
  });
  const answer = data ?? previousData;
  const coverage = answer?.visitCoverage;

  const linkTo = (branchId: string | null): To => ({
    search: codec.format({ ...view, branchId }).toString(),
  });
  const drill = (branchId: string | null) => setView((current) => ({ ...current, branchId }));
  // The top of the drill-down: the bureau picked, else the reach of one who may pick, else the county.
  const top =
    bureau?.name ??
    (picksBureau(viewer) ? (viewer.bureau?.name ?? t('layout.province')) : undefined);
  const scope = coverage?.branch?.name ?? home?.name ?? top ?? t('coverage.county');

  const branchRows = useMemo(() => [...(coverage?.byBranch ?? [])].sort(byRate), [coverage]);
  const chartRows = useMemo(() => {
    if (!coverage) return null;
    const branches: ChartRow[] = branchRows.map((row) => ({
      label: shortBranchName(row.branch.name),
      title: row.branch.name,
      figures: row,
    }));
    const occasions: ChartRow[] = MUST_VISITS.map((occasion) => {
      const figures = coverage.byOccasion.find((o) => o.occasion === occasion);
      const label = t(`enum.VisitOccasion.${occasion}`);
      return { label, title: label, figures: figures! };
    }).filter((row) => row.figures);
    const months: ChartRow[] = coverage.byMonth.map((row) => ({
      label: t('coverage.month', { month: row.month }),
      title: t('coverage.monthOfYear', { year: coverage.year, month: row.month }),
      figures: row,
    }));
    return { branches, occasions, months };
  }, [coverage, branchRows, t]);

  const filters = (
    <Flex gap={8} wrap>
      <Select<number>
        aria-label={t('coverage.year')}
        value={view.year}
        onChange={(year) => setView((current: CoverageView) => ({ ...current, year }))}
        options={yearOptions(thisYear).map((year) => ({
          value: year,
          label: t('coverage.yearOption', { year }),
        }))}
        style={{ width: 112 }}
      />
      <BureauPicker value={view.bureauId} onChange={(next) => setBureau(next)} />
      <BranchTreeSelect
        bureauId={view.bureauId}
        aria-label={t('coverage.branch')}
        placeholder={home ? home.name : t('coverage.branchAll')}
        value={view.branchId}
        valueLabel={coverage?.branch?.name}
        onChange={(branchId) => drill(branchId)}
        allowClear
        style={{ width: 280 }}
      />
      <Button
        icon={<ReloadOutlined />}
        onClick={() => void refetch()}
        loading={loading && Boolean(answer)}
      >
        {t('coverage.refresh')}
      </Button>
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('coverage.title')} lead={t('coverage.lead')} />
        {filters}
      </Flex>

      {error && !answer ? (
        <Card>
          <PageState error={error} onRetry={() => void refetch()} />
        </Card>
      ) : !answer ? (
        <Card>
          <PageState loading />
        </Card>
      ) : !coverage || !chartRows ? (
        <Card>
          <Result
            status="404"
            title={t('common.notFound')}
            extra={
              <Button type="primary" onClick={() => drill(null)}>
                {t('coverage.backToTop')}
              </Button>
            }
          />
        </Card>
      ) : (
        <>
          <CoverageTrail branch={coverage.branch ?? null} top={top} linkTo={linkTo} />
          <CoverageTotals figures={coverage.total} scope={scope} />
          <CoverageChart
            title={t('coverage.chart.byBranch', { year: coverage.year })}
            rows={chartRows.branches}
            empty={t(branchRows.length ? 'coverage.chart.noTasks' : 'coverage.chart.noBranches')}
            height={360}
            onItemClick={(index) => {
              const row = branchRows[index];
              if (row) drill(row.branch.id);
            }}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <CoverageChart
                title={t('coverage.chart.byOccasion')}
                rows={chartRows.occasions}
                empty={t('coverage.chart.noTasks')}
              />
            </Col>
            <Col xs={24} xl={12}>
              <CoverageChart
                title={t('coverage.chart.byMonth')}
                rows={chartRows.months}
                empty={t('coverage.chart.noTasks')}
              />
            </Col>
          </Row>
          <Card
            title={t('coverage.table.title', { scope })}
            extra={<Typography.Text type="secondary">{t('coverage.table.hint')}</Typography.Text>}
          >
            <BranchCoverageTable rows={branchRows} total={coverage.total} linkTo={linkTo} />
          </Card>
        </>
      )}
    </Flex>
  );
}
