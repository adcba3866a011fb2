import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { PlusOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { ExportButton } from '../../components/ExportButton';
import { PageState } from '../../components/PageState';
import { chinaToday, formatFen, sumFen } from '@wanxia/schema';
import { useCommittedValue } from '../../components/useCommittedValue';
import { useUrlState } from '../../components/useUrlState';
import type { DisbursementRowFragment } from '../../gql/graphql';
import { CursorPager } from '../../components/CursorPager';
import { FIRST_PAGE, pageTurner } from '../../components/paging';
import { disbursementColumns } from './disbursement-columns';
import {
  disbursementViewCodec,
  hasDisbursementFilters,
  mayApprove,
  toDisbursementVariables,
  withDisbursementFilters,
  type DisbursementFilters as Filters,
} from './disbursement-view';
import { DisbursementFilters } from './DisbursementFilters';
import { BureauFilterTag } from '../../components/BureauFilterTag';
import { DisbursementFormModal } from './DisbursementFormModal';
import { printLink, PRINT_LIMIT } from './print-link';
import { FundingDisbursementsDocument } from './queries';
import { useDisbursementActions } from './useDisbursementActions';
import { VoidDisbursementModal } from './VoidDisbursementModal';
import { PageTitle } from '../../components/PageTitle';
import './locale';
import { useFeedback } from '../../components/feedback';

/**
 * 经费支出: the payments, filtered (year, line, category, branch, status, days, member) with the
 * view in the URL and the sums of all that match. Those who manage the money register, approve,
 * pay and void payments here; rows chosen across pages print as a payment list to sign.
 */
export default function DisbursementList() {
  const { t } = useI18n();
  const { access, viewer } = useViewer();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [view, setView] = useUrlState(disbursementViewCodec);
  const [creating, setCreating] = useState(false);
  const [voiding, setVoiding] = useState<DisbursementRowFragment | null>(null);
  // Chosen rows by id, kept while paging and filtering: the list to print may span pages.
  const [chosen, setChosen] = useState<Map<string, DisbursementRowFragment>>(new Map());
  const top = useRef<HTMLDivElement>(null);
  const thisYear = Number(chinaToday().slice(0, 4));

  const variables = useCommittedValue(useMemo(() => toDisbursementVariables(view), [view]));
  const { data, previousData, loading, error, refetch } = useQuery(FundingDisbursementsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.disbursements;
  const pageInfo = connection?.pageInfo;
  const actions = useDisbursementActions(() => void refetch());

  const columns = disbursementColumns(
    t,
    access.canWriteFunding
      ? {
          approve: actions.approve,
          mayApprove: (row) =>
            mayApprove(
              row,
              viewer.user?.displayName,
              data?.fundingSettings.allowSelfApproval ?? false,
            ),
          pay: actions.pay,
          void: setVoiding,
        }
      : null,
  );

  const filter = (patch: Partial<Filters>) =>
    setView((current) => withDisbursementFilters(current, patch));
  const turnPage = pageTurner(setView, top);

  const rows = connection?.nodes ?? [];
  const chosenRows = [...chosen.values()];
  const choose = (row: DisbursementRowFragment, selected: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (selected) next.set(row.id, row);
      else next.delete(row.id);
      return next;
    });
  const print = () => {
    if (chosen.size > PRINT_LIMIT) {
      message.warning(t('funding.print.tooMany', { limit: PRINT_LIMIT }));
      return;
    }
    void navigate(printLink([...chosen.keys()]));
  };
  const totals = connection?.totals;

  return (
    <Flex vertical gap={16} ref={top}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('funding.list.title')} lead={t('funding.list.lead')} />
        <Flex gap={8}>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void refetch()}
            loading={loading && Boolean(connection)}
          >
            {t('funding.refresh')}
          </Button>
          <ExportButton list="disbursements" filter={variables.filter} />
          {access.canWriteFunding && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('funding.list.create')}
            </Button>
          )}
        </Flex>
      </Flex>

      <Card size="small">
        <Flex vertical gap={12}>
          <BureauFilterTag bureauId={view.bureau} onClear={() => filter({ bureau: null })} />
          <DisbursementFilters filters={view} thisYear={thisYear} onChange={filter} />
        </Flex>
      </Card>

      <Card>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            <Flex
              justify="space-between"
              align="center"
              wrap
              gap={12}
              style={{ marginBottom: 12 }}
              aria-live="polite"
            >
              <Typography.Text>
                {chosen.size
                  ? t('funding.list.chosen', {
                      count: chosen.size,
                      amount: formatFen(sumFen(chosenRows.map((row) => row.amountFen))),
                    })
                  : t('funding.list.chooseToPrint')}
              </Typography.Text>
              <Flex gap={8}>
                <Button
                  disabled={!rows.some((row) => row.status !== 'VOID' && !chosen.has(row.id))}
                  onClick={() => rows.forEach((row) => row.status !== 'VOID' && choose(row, true))}
                >
                  {t('funding.list.choosePage')}
                </Button>
                {chosen.size > 0 && (
                  <Button onClick={() => setChosen(new Map())}>{t('funding.list.unchoose')}</Button>
                )}
                <Button icon={<PrinterOutlined />} disabled={!chosen.size} onClick={print}>
                  {t('funding.list.print')}
                </Button>
              </Flex>
            </Flex>
            <Table<DisbursementRowFragment>
              rowKey="id"
              size="middle"
              aria-label={t('funding.list.table')}
              columns={columns}
              dataSource={rows}
              loading={loading}
              pagination={false}
              sticky
              // Fits a 1440-pixel screen; narrower ones scroll sideways, the actions stay.
              scroll={{ x: 1100 }}
              rowSelection={{
                selectedRowKeys: [...chosen.keys()],
                preserveSelectedRowKeys: true,
                // A void payment is not handed over: it has no place on the list to sign.
                getCheckboxProps: (row) => ({
                  disabled: row.status === 'VOID',
                  'aria-label': t('funding.list.chooseRow', { payee: row.payeeName }),
                }),
                onSelect: (row, selected) => choose(row, selected),
                // No select-all box in the header: Ant Design measures the columns with a hidden
                // copy of the header, and a box in it is focusable while hidden (axe flags it).
                // "Choose this page" above the table does its job.
                columnTitle: t('funding.list.chooseColumn'),
                columnWidth: 56,
              }}
              locale={{
                emptyText:
                  loading && !connection ? (
                    <div style={{ height: 160 }} />
                  ) : (
                    <Empty
                      image={Empty.PRESENTED_IMAGE_SIMPLE}
                      description={t(
                        hasDisbursementFilters(view)
                          ? 'funding.list.emptyFiltered'
                          : access.canWriteFunding
                            ? 'funding.list.emptyWrite'
                            : 'funding.list.empty',
                      )}
                    />
                  ),
              }}
              summary={() =>
                totals &&
                totals.count > 0 && (
                  <Table.Summary>
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0} colSpan={columns.length + 1}>
                        <Typography.Text strong>
                          {t('funding.list.totals', {
                            count: totals.count,
                            amount: formatFen(totals.amountFen),
                            committed: formatFen(totals.committedFen),
                            paid: formatFen(totals.paidFen),
                          })}
                        </Typography.Text>
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  </Table.Summary>
                )
              }
            />
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('funding.list.count', { count: connection.totalCount })}
                paging={view}
                pageInfo={pageInfo}
                disabled={loading}
                onTurn={turnPage}
                onSize={(size) => setView((current) => ({ ...current, size, ...FIRST_PAGE }))}
              />
            )}
          </>
        )}
      </Card>

      {creating && (
        <DisbursementFormModal
          year={view.year ?? thisYear}
          onClose={(saved) => {
            setCreating(false);
            if (saved) void refetch();
          }}
        />
      )}
      {voiding && (
        <VoidDisbursementModal
          row={voiding}
          onVoid={async (reason) => {
            const done = await actions.void(voiding, reason);
            // Void, it has no place on the list to sign any more.
            if (done) choose(voiding, false);
            return done;
          }}
          onClose={() => setVoiding(null)}
        />
      )}
    </Flex>
  );
}
