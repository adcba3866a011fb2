import { useMemo, useRef } from 'react';
import { Button, Card, Empty, Flex, Table } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { useViewer } from '../../../app/viewer';
import { ExportButton } from '../../../components/ExportButton';
import { PageState } from '../../../components/PageState';
import { chinaToday } from '@wanxia/schema';
import { useCommittedValue } from '../../../components/useCommittedValue';
import { useUrlState } from '../../../components/useUrlState';
import type { VisitRecordFragment } from '../../../gql/graphql';
import { CursorPager } from '../../../components/CursorPager';
import { pageTurner } from '../../../components/paging';
import { VisitRecordsDocument } from './queries';
import { recordsColumns } from './records-columns';
import {
  NO_FILTERS,
  hasRecordsFilters,
  narrowsBeyondDates,
  periodOf,
  recordsViewCodec,
  toRecordsVariables,
  withRecordsFilters,
  type RecordsView,
} from './records-view';
import { RecordsFilters } from './RecordsFilters';
import { BureauFilterTag } from '../../../components/BureauFilterTag';
import { RecordCards } from './RecordCards';
import { useCompact } from '../../../components/useCompact';
import { PageTitle } from '../../../components/PageTitle';
import './locale';

/**
 * 走访记录: the visits made, latest first, filtered by dates (this year unless asked),
 * occasion, branch, late or not, follow-up or not and member, with the view in the URL; the
 * same list goes to Excel.
 */
export default function VisitRecordsPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const thisYear = Number(chinaToday().slice(0, 4));
  const codec = useMemo(() => recordsViewCodec(thisYear), [thisYear]);
  const [view, setView] = useUrlState(codec);
  const top = useRef<HTMLDivElement>(null);

  const variables = useCommittedValue(
    useMemo(() => toRecordsVariables(view, access.canReadFunding), [view, access.canReadFunding]),
  );
  const { data, previousData, loading, error, refetch } = useQuery(VisitRecordsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.visits;
  const pageInfo = connection?.pageInfo;
  const columns = useMemo(() => recordsColumns(t), [t]);
  const filtered = hasRecordsFilters(view, thisYear);

  const filter = (patch: Partial<RecordsView>) =>
    setView((current) => withRecordsFilters(current, patch));
  const turnPage = pageTurner(setView, top);

  const emptyText = narrowsBeyondDates(view)
    ? 'visitRecords.emptyFiltered'
    : view.from || view.to
      ? 'visitRecords.empty'
      : 'visitRecords.emptyAll';

  const emptyNode =
    loading && !connection ? (
      <div style={{ height: 160 }} />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(emptyText)} />
    );

  return (
    <Flex vertical gap={16} ref={top}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('visitRecords.title')} lead={t('visitRecords.lead')} />
        <Flex gap={8}>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void refetch()}
            loading={loading && Boolean(connection)}
          >
            {t('visitRecords.refresh')}
          </Button>
          <ExportButton list="visits" filter={variables.filter} />
        </Flex>
      </Flex>

      <Card size="small">
        <Flex vertical gap={12}>
          <BureauFilterTag bureauId={view.bureau} onClear={() => filter({ bureau: null })} />
          <RecordsFilters
            filters={view}
            filtered={filtered}
            onChange={filter}
            onReset={() => filter({ ...NO_FILTERS, ...periodOf(thisYear) })}
          />
        </Flex>
      </Card>

      <Card>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {compact ? (
              <RecordCards visits={connection?.nodes ?? []} loading={loading} empty={emptyNode} />
            ) : (
              <Table<VisitRecordFragment>
                rowKey="id"
                size="middle"
                aria-label={t('visitRecords.table')}
                columns={columns}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                sticky
                // Fits a 1440-pixel screen; narrower ones scroll sideways, date and name stay.
                scroll={{ x: 1120 }}
                locale={{ emptyText: emptyNode }}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('visitRecords.count', { count: connection.totalCount })}
                paging={view}
                pageInfo={pageInfo}
                disabled={loading}
                onTurn={turnPage}
                onSize={(size) => filter({ size })}
              />
            )}
          </>
        )}
      </Card>
    </Flex>
  );
}
