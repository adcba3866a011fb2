import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaDateTime } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type {
  LectureOrderRowFragment,
  LectureOrderState,
  LectureRowFragment,
} from '../../gql/graphql';
import { ActivityFormModal } from '../party-life/ActivityFormModal';
import { ORDER_STATES, ratingText } from './education-view';
import { CancelModal, LectureFormModal, OrderModal, ScheduleModal } from './LectureModals';
import { RatingModal } from './RatingModal';
import { HoldLectureOrderDocument, LectureOrdersDocument, LecturesDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

const STATE_COLORS: Record<LectureOrderState, string> = {
  ORDERED: 'blue',
  SCHEDULED: 'gold',
  HELD: 'green',
  CANCELLED: 'default',
};

type Dialog =
  | { kind: 'lecture'; lecture: LectureRowFragment | null }
  | { kind: 'order'; lectureId: string | null }
  | { kind: 'schedule' | 'cancel' | 'rate'; order: LectureOrderRowFragment }
  | { kind: 'activity'; activityId: string };

/**
 * 红色讲堂 点单式: the catalogue (the bureau keeps it), the branches' orders with their steps —
 * 点单 by a branch, 派单 by the bureau, held as an activity (attendance there), or cancelled.
 */
export default function LecturesPage() {
  const { t } = useI18n();
  const { message, modal } = useFeedback();
  const compact = useCompact();
  const { access } = useViewer();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [state, setState] = useState<LectureOrderState | null>(null);
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const lectures = useQuery(LecturesDocument, {
    variables: { includeArchived: access.canAdmin },
    fetchPolicy: 'cache-and-network',
  });
  const variables = useMemo(
    () => ({ filter: state ? { state: [state] } : {}, ...pageVariables(paging) }),
    [state, paging],
  );
  const orders = useQuery(LectureOrdersDocument, { variables, fetchPolicy: 'cache-and-network' });
  const connection = (orders.data ?? orders.previousData)?.lectureOrders;
  const [hold] = useMutation(HoldLectureOrderDocument);
  const refresh = () => {
    void lectures.refetch();
    void orders.refetch();
  };

  const confirmHold = (order: LectureOrderRowFragment) =>
    modal.confirm({
      title: t('education.order.holdConfirm'),
      okText: t('education.order.hold'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await hold({
          variables: { input: { orderId: order.id, expectedVersion: order.version } },
        });
        const payload = res.data!.holdLectureOrder;
        if (payload.userErrors[0]) void message.error(payload.userErrors[0].message);
        else {
          void orders.refetch();
          if (payload.order?.activity)
            setDialog({ kind: 'activity', activityId: payload.order.activity.id });
        }
      },
    });

  const lectureTitle = (l: LectureRowFragment) =>
    access.canAdmin ? (
      <a
        href={`#${l.id}`}
        style={touchLink}
        onClick={(e) => {
          e.preventDefault();
          setDialog({ kind: 'lecture', lecture: l });
        }}
      >
        {l.topic}
      </a>
    ) : (
      l.topic
    );
  const lectureTags = (l: LectureRowFragment) => (
    <>
      <Tag>{t(`education.format.${l.format}`)}</Tag>
      {l.archived && <Tag>{t('education.lecture.archived')}</Tag>}
    </>
  );
  const orderButton = (l: LectureRowFragment) =>
    access.canWriteMembers && !l.archived ? (
      <Button onClick={() => setDialog({ kind: 'order', lectureId: l.id })}>
        {t('education.lectures.orders')}
      </Button>
    ) : null;

  const wished = (o: LectureOrderRowFragment) => `${o.wishedFrom} – ${o.wishedTo}`;
  const scheduled = (o: LectureOrderRowFragment) =>
    o.startsAt ? [chinaDateTime(o.startsAt), o.place, o.lecturer].filter(Boolean).join(' · ') : '—';
  const rating = (o: LectureOrderRowFragment) =>
    o.rating.average == null
      ? '—'
      : t('education.order.ratingValue', {
          average: ratingText(o.rating.average),
          count: o.rating.count,
        });
  const stateTag = (o: LectureOrderRowFragment) => (
    <Tag color={STATE_COLORS[o.state]}>{t(`education.state.${o.state}`)}</Tag>
  );
  const actions = (o: LectureOrderRowFragment) => (
    <Flex gap={8} wrap>
      {access.canAdmin && (o.state === 'ORDERED' || o.state === 'SCHEDULED') && (
        <Button
          size={compact ? 'middle' : 'small'}
          onClick={() => setDialog({ kind: 'schedule', order: o })}
        >
          {t('education.order.schedule')}
        </Button>
      )}
      {access.canWriteMembers && o.state === 'SCHEDULED' && (
        <Button size={compact ? 'middle' : 'small'} onClick={() => confirmHold(o)}>
          {t('education.order.hold')}
        </Button>
      )}
      {access.canWriteMembers && (o.state === 'ORDERED' || o.state === 'SCHEDULED') && (
        <Button
          danger
          size={compact ? 'middle' : 'small'}
          onClick={() => setDialog({ kind: 'cancel', order: o })}
        >
          {t('education.order.cancel')}
        </Button>
      )}
      {access.canWriteMembers && o.state === 'HELD' && Boolean(o.activity?.attendance.present) && (
        <Button
          size={compact ? 'middle' : 'small'}
          onClick={() => setDialog({ kind: 'rate', order: o })}
        >
          {t('education.order.rate')}
        </Button>
      )}
      {o.activity && (
        <Button
          size={compact ? 'middle' : 'small'}
          onClick={() => setDialog({ kind: 'activity', activityId: o.activity!.id })}
        >
          {t('education.order.activity')}
        </Button>
      )}
    </Flex>
  );
  const lectureList = lectures.data?.lectures.nodes ?? [];
  const lectureEmpty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('education.lectures.catalogueEmpty')}
    />
  );
  const ordersEmpty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('education.lectures.ordersEmpty')} />
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('education.lectures.title')} lead={t('education.lectures.lead')} />
        {access.canWriteMembers && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'order', lectureId: null })}
          >
            {t('education.lectures.orders')}
          </Button>
        )}
      </Flex>
      <Card
        title={t('education.lectures.catalogue')}
        extra={
          access.canAdmin && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'lecture', lecture: null })}
            >
              {t('education.lectures.newLecture')}
            </Button>
          )
        }
      >
        {lectures.error && !lectures.data ? (
          <PageState error={lectures.error} onRetry={() => void lectures.refetch()} />
        ) : compact ? (
          <ListCards
            items={lectureList}
            rowKey={(l) => l.id}
            loading={lectures.loading}
            empty={lectureEmpty}
            label={t('education.lectures.catalogue')}
          >
            {(l) => (
              <ListCard
                title={lectureTitle(l)}
                tags={lectureTags(l)}
                facts={[
                  { key: 'lecturer', label: t('education.lecture.lecturer'), value: l.lecturer },
                  {
                    key: 'minutes',
                    label: t('education.lecture.minutes'),
                    value: l.minutes,
                  },
                ]}
                actions={orderButton(l)}
              />
            )}
          </ListCards>
        ) : (
          <Table<LectureRowFragment>
            rowKey="id"
            size="middle"
            aria-label={t('education.lectures.catalogue')}
            dataSource={lectureList}
            loading={lectures.loading}
            pagination={false}
            locale={{ emptyText: lectureEmpty }}
            columns={[
              {
                key: 'topic',
                title: t('education.lecture.topic'),
                render: (_, l) => lectureTitle(l),
              },
              { key: 'lecturer', title: t('education.lecture.lecturer'), dataIndex: 'lecturer' },
              {
                key: 'minutes',
                title: t('education.lecture.minutes'),
                render: (_, l) => l.minutes,
              },
              {
                key: 'format',
                title: t('education.lecture.format'),
                render: (_, l) => lectureTags(l),
              },
              { key: 'order', title: '', width: 90, render: (_, l) => orderButton(l) },
            ]}
          />
        )}
      </Card>
      <Card
        title={t('education.lectures.orders')}
        extra={
          <Select<LectureOrderState | null>
            allowClear
            placeholder={t('education.order.state')}
            aria-label={t('education.order.state')}
            style={{ width: 140 }}
            value={state}
            onChange={(v) => {
              setState(v ?? null);
              setPaging((p) => ({ ...p, ...FIRST_PAGE }));
            }}
            options={ORDER_STATES.map((s) => ({ value: s, label: t(`education.state.${s}`) }))}
          />
        }
      >
        {orders.error && !connection ? (
          <PageState error={orders.error} onRetry={() => void orders.refetch()} />
        ) : (
          <>
            {compact ? (
              <ListCards
                items={connection?.nodes ?? []}
                rowKey={(o) => o.id}
                loading={orders.loading}
                empty={ordersEmpty}
                label={t('education.lectures.ordersTable')}
              >
                {(o) => (
                  <ListCard
                    title={o.lecture.topic}
                    tags={stateTag(o)}
                    facts={[
                      {
                        key: 'branch',
                        label: t('education.order.branch'),
                        value: o.branch?.name ?? '—',
                      },
                      { key: 'wished', label: t('education.order.wished'), value: wished(o) },
                      {
                        key: 'scheduled',
                        label: t('education.order.scheduled'),
                        value: scheduled(o),
                      },
                      ...(o.state === 'HELD'
                        ? [{ key: 'rating', label: t('education.order.rating'), value: rating(o) }]
                        : []),
                    ]}
                    actions={actions(o)}
                  />
                )}
              </ListCards>
            ) : (
              <Table<LectureOrderRowFragment>
                rowKey="id"
                size="middle"
                aria-label={t('education.lectures.ordersTable')}
                dataSource={connection?.nodes ?? []}
                loading={orders.loading}
                pagination={false}
                locale={{ emptyText: ordersEmpty }}
                columns={[
                  {
                    key: 'topic',
                    title: t('education.lecture.topic'),
                    render: (_, o) => o.lecture.topic,
                  },
                  {
                    key: 'branch',
                    title: t('education.order.branch'),
                    render: (_, o) => o.branch?.name ?? '—',
                  },
                  {
                    key: 'wished',
                    title: t('education.order.wished'),
                    render: (_, o) => wished(o),
                  },
                  {
                    key: 'state',
                    title: t('education.order.state'),
                    render: (_, o) => stateTag(o),
                  },
                  {
                    key: 'scheduled',
                    title: t('education.order.scheduled'),
                    render: (_, o) => scheduled(o),
                  },
                  {
                    key: 'rating',
                    title: t('education.order.rating'),
                    render: (_, o) => rating(o),
                  },
                  { key: 'actions', title: '', render: (_, o) => actions(o) },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('education.lectures.ordersCount', { count: connection.totalCount })}
                paging={paging}
                pageInfo={connection.pageInfo}
                disabled={orders.loading}
                onTurn={(next) => setPaging((p) => ({ ...p, ...next }))}
                onSize={(size) => setPaging({ size, ...FIRST_PAGE })}
              />
            )}
          </>
        )}
      </Card>
      {dialog?.kind === 'lecture' && (
        <LectureFormModal
          lecture={dialog.lecture}
          onClose={() => setDialog(null)}
          onSaved={refresh}
        />
      )}
      {dialog?.kind === 'order' && (
        <OrderModal
          lectureId={dialog.lectureId}
          onClose={() => setDialog(null)}
          onSaved={refresh}
        />
      )}
      {dialog?.kind === 'schedule' && (
        <ScheduleModal order={dialog.order} onClose={() => setDialog(null)} onSaved={refresh} />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelModal order={dialog.order} onClose={() => setDialog(null)} onSaved={refresh} />
      )}
      {dialog?.kind === 'rate' && (
        <RatingModal order={dialog.order} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'activity' && (
        <ActivityFormModal
          activityId={dialog.activityId}
          onClose={() => setDialog(null)}
          onSaved={() => void orders.refetch()}
        />
      )}
    </Flex>
  );
}
