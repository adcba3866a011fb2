import { useMemo, useState, type ReactNode } from 'react';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { AlertOutlined, FormOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { chinaToday } from '@wanxia/schema';
import type {
  LifeEventRowFragment,
  MemberStatus,
  VisitRowFragment,
  VisitTaskRowFragment,
} from '../../gql/graphql';
import { LateTag, OccasionTag, TaskStatusTag } from './labels';
import { taskPurpose } from './occasions';
import { MemberVisitsDocument } from './queries';
import { RecordVisitModal, type RecordTarget } from './RecordVisitModal';
import { WaiveTaskModal } from './WaiveTaskModal';
import './locale';

/** The tables fit the tab and wrap long text; on a narrow screen they scroll sideways. */
const TABLE_SCROLL = { x: 960 };
const dash = <Typography.Text type="secondary">—</Typography.Text>;
const text = (value: string | null | undefined): ReactNode => value || dash;

/** Still owed (open or missed, the latter can still be visited late). */
const owed = (task: VisitTaskRowFragment) => task.status === 'OPEN' || task.status === 'MISSED';

/** Open tasks first, soonest due first; then the rest, latest first. */
export function orderTasks(tasks: readonly VisitTaskRowFragment[]): VisitTaskRowFragment[] {
  const open = tasks.filter((task) => task.status === 'OPEN');
  const rest = tasks
    .filter((task) => task.status !== 'OPEN')
    .sort((a, b) => b.dueBy.localeCompare(a.dueBy));
  return [...open.sort((a, b) => a.dueBy.localeCompare(b.dueBy)), ...rest];
}

function Section({
  title,
  count,
  shown,
  children,
}: {
  title: string;
  count: number;
  shown: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Typography.Text type="secondary">
          {count > shown
            ? t('visits.member.shownOf', { shown, total: count })
            : t('common.total', { total: count })}
        </Typography.Text>
      }
    >
      {children}
    </Card>
  );
}

/**
 * The member page's visit tab: the visits owed (open first, overdue in red), the visits made,
 * and the events reported, with the actions to record a visit and report an event.
 */
export function MemberVisits({
  member,
  onReport,
}: {
  member: { id: string; name: string; status: MemberStatus };
  /** Opens the life-event report of the member page. */
  onReport: () => void;
}) {
  const { t } = useI18n();
  const { access } = useViewer();
  const today = chinaToday();
  const { data, loading, error, refetch } = useQuery(MemberVisitsDocument, {
    variables: { id: member.id },
  });
  const [recording, setRecording] = useState<RecordTarget | null>(null);
  const [waiving, setWaiving] = useState<VisitTaskRowFragment | null>(null);
  const node = data?.node?.__typename === 'Member' ? data.node : null;
  const tasks = useMemo(() => orderTasks(node?.visitTasks.nodes ?? []), [node]);
  const canWrite = access.canWriteVisits;
  const active = member.status === 'ACTIVE';

  const taskColumns: TableColumnsType<VisitTaskRowFragment> = [
    {
      key: 'purpose',
      title: t('visits.column.purpose'),
      render: (_, task) => (
        <Flex gap={8} align="center" wrap>
          <OccasionTag occasion={task.occasion} />
          <span>{taskPurpose(task, t)}</span>
        </Flex>
      ),
    },
    {
      key: 'window',
      title: t('visits.column.window'),
      width: 210,
      render: (_, task) => t('visits.window', { from: task.dueFrom, to: task.dueBy }),
    },
    {
      key: 'status',
      title: t('visits.column.status'),
      width: 90,
      render: (_, task) => <TaskStatusTag status={task.status} overdue={task.dueBy < today} />,
    },
    {
      key: 'outcome',
      title: t('visits.column.outcome'),
      render: (_, task) => {
        if (task.status === 'DONE' && task.doneOn) {
          return (
            <Flex gap={8} align="center">
              {t('visits.member.doneOn', { date: task.doneOn })}
              {task.doneLate && <LateTag />}
            </Flex>
          );
        }
        if (task.status === 'WAIVED') return text(task.waivedReason);
        return dash;
      },
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 170,
            render: (_: unknown, task: VisitTaskRowFragment) =>
              owed(task) && (
                <Flex gap={4}>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setRecording({ member, occasion: task.occasion, task })}
                  >
                    {t('visits.action.record')}
                  </Button>
                  <Button size="small" type="link" onClick={() => setWaiving(task)}>
                    {t('visits.action.waive')}
                  </Button>
                </Flex>
              ),
          },
        ]
      : []),
  ];

  const visitColumns: TableColumnsType<VisitRowFragment> = [
    {
      key: 'visitedOn',
      title: t('visits.field.visitedOn'),
      width: 130,
      render: (_, visit) => (
        <Flex gap={6} align="center" wrap>
          {visit.visitedOn}
          {visit.late && <LateTag />}
        </Flex>
      ),
    },
    {
      key: 'occasion',
      title: t('visits.field.occasion'),
      width: 110,
      render: (_, visit) => <OccasionTag occasion={visit.occasion} />,
    },
    {
      key: 'visitors',
      title: t('visits.field.visitors'),
      width: 180,
      render: (_, visit) => visit.visitors,
    },
    {
      key: 'summary',
      title: t('visits.field.summary'),
      render: (_, visit) => (
        <Flex vertical gap={2}>
          {text(visit.summary)}
          {visit.place && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('visits.member.at', { place: visit.place })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'gifts',
      title: t('visits.field.gifts'),
      width: 160,
      render: (_, visit) => text(visit.gifts),
    },
    {
      key: 'followUp',
      title: t('visits.column.followUp'),
      width: 200,
      render: (_, visit) =>
        visit.followUpNeeded ? (
          <Flex vertical gap={2} align="start">
            <Tag color="orange" style={{ marginInlineEnd: 0 }}>
              {t('visits.tag.followUp')}
            </Tag>
            {visit.followUpNote}
          </Flex>
        ) : (
          dash
        ),
    },
  ];

  const eventColumns: TableColumnsType<LifeEventRowFragment> = [
    {
      key: 'kind',
      title: t('visits.field.kind'),
      width: 110,
      render: (_, event) => t(`visits.eventKind.${event.kind}`),
    },
    {
      key: 'occurredOn',
      title: t('visits.field.occurredOn'),
      width: 120,
      render: (_, event) => event.occurredOn,
    },
    {
      key: 'place',
      title: t('visits.field.eventPlace'),
      width: 180,
      render: (_, event) => text(event.place),
    },
    {
      key: 'stay',
      title: t('visits.field.stay'),
      width: 220,
      render: (_, event) =>
        event.admittedOn || event.dischargedOn
          ? t('visits.window', { from: event.admittedOn ?? '…', to: event.dischargedOn ?? '…' })
          : dash,
    },
    { key: 'note', title: t('visits.field.note'), render: (_, event) => text(event.note) },
    {
      key: 'reportedOn',
      title: t('visits.field.reportedOn'),
      width: 120,
      render: (_, event) => event.reportedOn,
    },
  ];

  return (
    <Flex vertical gap={16}>
      {canWrite && (
        <Flex gap={8} justify="end">
          {active && (
            <Button icon={<AlertOutlined />} onClick={onReport}>
              {t('visits.action.report')}
            </Button>
          )}
          <Button
            type="primary"
            icon={<FormOutlined />}
            onClick={() => setRecording({ member, occasion: active ? 'ROUTINE' : 'BEREAVEMENT' })}
          >
            {t('visits.action.record')}
          </Button>
        </Flex>
      )}
      {!node ? (
        <PageState loading={loading} error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Section
            title={t('visits.member.tasks')}
            count={node.visitTasks.totalCount}
            shown={tasks.length}
          >
            <Table<VisitTaskRowFragment>
              rowKey="id"
              size="small"
              columns={taskColumns}
              dataSource={tasks}
              pagination={tasks.length > 10 ? { pageSize: 10, hideOnSinglePage: true } : false}
              scroll={TABLE_SCROLL}
              locale={{ emptyText: t('visits.member.noTasks') }}
            />
          </Section>
          <Section
            title={t('visits.member.visits')}
            count={node.visits.totalCount}
            shown={node.visits.nodes.length}
          >
            <Table<VisitRowFragment>
              rowKey="id"
              size="small"
              columns={visitColumns}
              dataSource={node.visits.nodes}
              pagination={
                node.visits.nodes.length > 10 ? { pageSize: 10, hideOnSinglePage: true } : false
              }
              scroll={TABLE_SCROLL}
              locale={{
                emptyText: t(canWrite ? 'visits.member.noVisitsWrite' : 'visits.member.noVisits'),
              }}
            />
          </Section>
          <Section
            title={t('visits.member.events')}
            count={node.lifeEvents.totalCount}
            shown={node.lifeEvents.nodes.length}
          >
            <Table<LifeEventRowFragment>
              rowKey="id"
              size="small"
              columns={eventColumns}
              dataSource={node.lifeEvents.nodes}
              pagination={
                node.lifeEvents.nodes.length > 10 ? { pageSize: 10, hideOnSinglePage: true } : false
              }
              scroll={TABLE_SCROLL}
              locale={{ emptyText: t('visits.member.noEvents') }}
            />
          </Section>
        </>
      )}
      {recording && <RecordVisitModal target={recording} onClose={() => setRecording(null)} />}
      {waiving && <WaiveTaskModal task={waiving} onClose={() => setWaiving(null)} />}
    </Flex>
  );
}
