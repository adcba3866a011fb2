import { useMemo, useRef, useState } from 'react';
import { Button, Card, Empty, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { ExportButton } from '../../components/ExportButton';
import { PageState } from '../../components/PageState';
import { chinaToday } from '@wanxia/schema';
import { useCommittedValue } from '../../components/useCommittedValue';
import { useUrlState } from '../../components/useUrlState';
import type { VisitTaskRowFragment } from '../../gql/graphql';
import { CursorPager } from '../../components/CursorPager';
import { pageTurner } from '../../components/paging';
import { BoardFilters } from './BoardFilters';
import { BureauFilterTag } from '../../components/BureauFilterTag';
import { RecordVisitModal } from './RecordVisitModal';
import { WaiveTaskModal } from './WaiveTaskModal';
import { boardColumns } from './board-columns';
import { TaskCards } from './TaskCards';
import { useCompact } from '../../components/useCompact';
import {
  SECTIONS,
  boardViewCodec,
  hasBoardFilters,
  toBoardVariables,
  toCountVariables,
  withBoardFilters,
  type BoardView,
  type Section,
} from './board-view';
import { VisitBoardCountsDocument, VisitBoardTasksDocument } from './queries';
import './locale';

/** Overdue in red, this week's in orange, later ones quiet. */
const SECTION_COLORS: Record<Section, string> = {
  overdue: 'red',
  week: 'orange',
  upcoming: 'default',
};

/**
 * The 待访 board: the visits owed, overdue first, then those due this week and later, filtered
 * by occasion and branch, with the view in the URL. A visit is recorded (or waived) in one click
 * from the task's row, and the task leaves the board.
 */
export default function VisitBoard() {
  const { t } = useI18n();
  const { access } = useViewer();
  const [view, setView] = useUrlState(boardViewCodec);
  const [recording, setRecording] = useState<VisitTaskRowFragment | null>(null);
  const [waiving, setWaiving] = useState<VisitTaskRowFragment | null>(null);
  const top = useRef<HTMLDivElement>(null);

  const today = chinaToday();
  const variables = useCommittedValue(useMemo(() => toBoardVariables(view, today), [view, today]));
  const countVariables = useCommittedValue(
    useMemo(() => toCountVariables(view, today), [view, today]),
  );
  const tasks = useQuery(VisitBoardTasksDocument, { variables });
  const counts = useQuery(VisitBoardCountsDocument, { variables: countVariables });
  const connection = (tasks.data ?? tasks.previousData)?.visitTasks;
  const totals = counts.data ?? counts.previousData ?? null;
  const pageInfo = connection?.pageInfo;

  const compact = useCompact();
  const actions = useMemo(
    () => (access.canWriteVisits ? { onRecord: setRecording, onWaive: setWaiving } : null),
    [access.canWriteVisits],
  );
  const columns = useMemo(() => boardColumns(t, today, actions), [t, today, actions]);

  const filter = (patch: Partial<BoardView>) =>
    setView((current) => withBoardFilters(current, patch));
  const turnPage = pageTurner(setView, top);
  const refresh = () => {
    void tasks.refetch();
    void counts.refetch();
  };

  const emptyText =
    tasks.loading && !connection ? (
      <div style={{ height: 160 }} />
    ) : (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(
          hasBoardFilters(view)
            ? 'visits.board.emptyFiltered'
            : `visits.section.${view.section}.empty`,
        )}
      />
    );

  const table = (
    <>
      <Typography.Paragraph type="secondary">
        {t(`visits.section.${view.section}.help`)}
      </Typography.Paragraph>
      {tasks.error && !connection ? (
        <PageState error={tasks.error} onRetry={refresh} />
      ) : (
        <>
          {compact ? (
            <TaskCards
              tasks={connection?.nodes ?? []}
              loading={tasks.loading}
              empty={emptyText}
              actions={actions}
            />
          ) : (
            <Table<VisitTaskRowFragment>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={connection?.nodes ?? []}
              loading={tasks.loading}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText }}
            />
          )}
          {connection && connection.totalCount > 0 && (
            <CursorPager
              total={connection.totalCount}
              paging={view}
              pageInfo={pageInfo}
              disabled={tasks.loading}
              onTurn={turnPage}
              onSize={(size) => filter({ size })}
            />
          )}
        </>
      )}
    </>
  );

  return (
    <Flex vertical gap={16} ref={top}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('visits.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('visits.board.subtitle')}</Typography.Text>
        </Flex>
        <Flex gap={8}>
          {/* Not in the tab bar: a tablist may hold tabs only. */}
          <ExportButton list="visit-tasks" filter={variables.filter} />
          <Button
            icon={<ReloadOutlined />}
            onClick={refresh}
            loading={(tasks.loading || counts.loading) && Boolean(connection)}
          >
            {t('visits.board.refresh')}
          </Button>
        </Flex>
      </Flex>

      <Card size="small">
        <Flex vertical gap={12}>
          <BureauFilterTag bureauId={view.bureau} onClear={() => filter({ bureau: null })} />
          <BoardFilters view={view} onChange={filter} />
        </Flex>
      </Card>

      <Card styles={{ body: compact ? { padding: '8px 12px 12px' } : { paddingTop: 8 } }}>
        <Tabs
          size={compact ? 'small' : undefined}
          tabBarGutter={compact ? 12 : undefined}
          activeKey={view.section}
          onChange={(key) => filter({ section: key as Section })}
          items={SECTIONS.map((section) => ({
            key: section,
            label: (
              <Flex gap={8} align="center">
                {t(`visits.section.${section}`)}
                {totals && (
                  <Tag color={SECTION_COLORS[section]} style={{ marginInlineEnd: 0 }}>
                    {totals[section].totalCount}
                  </Tag>
                )}
              </Flex>
            ),
            children: section === view.section ? table : null,
          }))}
        />
      </Card>

      {recording?.member && (
        <RecordVisitModal
          target={{ member: recording.member, occasion: recording.occasion, task: recording }}
          onClose={() => setRecording(null)}
        />
      )}
      {waiving && <WaiveTaskModal task={waiving} onClose={() => setWaiving(null)} />}
    </Flex>
  );
}
