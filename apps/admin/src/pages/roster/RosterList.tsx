import { Suspense, useDeferredValue, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { usePrefetched } from '../../app/first-query';
import { useViewer } from '../../app/viewer';
import { ExportButton } from '../../components/ExportButton';
import { PageState } from '../../components/PageState';
import { chinaToday } from '@wanxia/schema';
import { useCommittedValue } from '../../components/useCommittedValue';
import { useUrlState, type SetUrlStateOptions } from '../../components/useUrlState';
import { CursorPager } from '../../components/CursorPager';
import { pageTurner } from '../../components/paging';
import { RosterFilters } from './RosterFilters';
import { ReportListTags } from './ReportListTags';
import { RosterCards } from './RosterCards';
import { FormerMembersOffer } from './FormerMembersOffer';
import { useCompact } from '../../components/useCompact';
import { RosterMembersDocument } from './queries';
import {
  hasFilters,
  rosterViewCodec,
  toMemberFilter,
  toRosterVariables,
  withFilters,
  type RosterView,
} from './roster-view';
import { rosterColumns, useHiddenColumns } from './roster-columns';
import { ColumnChooser, RosterTable } from './prefetch';
import { BureauFilterTag } from '../../components/BureauFilterTag';
import '../excel/locale';
import './locale';

/**
 * The roster (台账): one server-side page at a time, filtered, sorted and paged by the API,
 * with the whole view in the URL so it can be bookmarked and shared.
 */
export default function RosterList() {
  const { t } = useI18n();
  const { access } = useViewer();
  const navigate = useNavigate();
  const [view, setView] = useUrlState(rosterViewCodec);
  const [hidden, setHidden] = useHiddenColumns();
  const top = useRef<HTMLDivElement>(null);

  const today = chinaToday();
  const variables = useCommittedValue(useMemo(() => toRosterVariables(view, today), [view, today]));
  const { data, previousData, loading, error, refetch } = useQuery(RosterMembersDocument, {
    variables,
    ...usePrefetched(RosterMembersDocument, variables),
  });
  // While the next page loads, the current one stays in place under the spinner. The rows are
  // drawn in a render React may pause (a page of the table is much to draw), so the page keeps
  // answering input meanwhile; until then the spinner stays.
  const latest = (data ?? previousData)?.members;
  const connection = useDeferredValue(latest);
  const busy = loading || connection !== latest;
  const columns = useMemo(() => rosterColumns(t, view.sort, hidden), [t, view.sort, hidden]);

  const filter = (patch: Partial<RosterView>, options?: SetUrlStateOptions) =>
    setView((current) => withFilters(current, patch), options);
  const turnPage = pageTurner(setView, top);
  const pageInfo = connection?.pageInfo;
  const compact = useCompact();

  const filteredEmpty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('roster.list.emptyFiltered')} />
  );
  const emptyText =
    busy && !connection ? (
      <div style={{ height: 160 }} />
    ) : hasFilters(view) ? (
      view.search && view.status === 'ACTIVE' ? (
        <FormerMembersOffer
          search={view.search}
          fallback={filteredEmpty}
          onShow={() => filter({ status: 'ALL' })}
        />
      ) : (
        filteredEmpty
      )
    ) : (
      <PageState empty />
    );

  return (
    <Flex vertical gap={16} ref={top}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('roster.list.title')}
          </Typography.Title>
          {connection && (
            <Typography.Text type="secondary" aria-live="polite">
              {t('roster.list.total', { total: connection.totalCount })}
            </Typography.Text>
          )}
        </Flex>
        <Flex gap={8} wrap>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void refetch()}
            loading={loading && Boolean(connection)}
          >
            {t('roster.list.refresh')}
          </Button>
          {!compact && <ColumnChooser hidden={hidden} onChange={setHidden} />}
          <ExportButton list="members" filter={toMemberFilter(view, today)} orderBy={view.sort} />
          {access.canWriteMembers && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => navigate('/roster/import')}>
                {t('excel.import.entry')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/roster/new')}
              >
                {t('roster.list.create')}
              </Button>
            </>
          )}
        </Flex>
      </Flex>

      <Card size="small">
        <Flex vertical gap={12}>
          <BureauFilterTag bureauId={view.bureau} onClear={() => filter({ bureau: null })} />
          <ReportListTags filter={view.report} onClear={(report) => filter({ report })} />
          <RosterFilters view={view} onChange={filter} />
        </Flex>
      </Card>

      <Card>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {compact ? (
              <RosterCards members={connection?.nodes ?? []} loading={busy} empty={emptyText} />
            ) : (
              <Suspense fallback={<PageState loading />}>
                <RosterTable
                  columns={columns}
                  members={connection?.nodes ?? []}
                  loading={busy}
                  empty={emptyText}
                  onSort={(sort) => filter({ sort })}
                />
              </Suspense>
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                paging={view}
                pageInfo={pageInfo}
                disabled={busy}
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
