import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Popconfirm, Select, Tag, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { localizeUserErrors } from '../../components/server-message';
import { useCompact } from '../../components/useCompact';
import type { BookingRowFragment } from '../../gql/graphql';
import { chinaParts } from '../party-life/party-life-view';
import { BookingModal } from './BookingModal';
import { WEEKDAY_KEYS, addDays, bookingsByDay, mondayOf, weekDays, weekdayOf } from './centre-view';
import { CancelBookingDocument, CentreRoomsDocument, CentreWeekDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

/** 活动中心: the rooms, and a week of their bookings (a day list on phones); book and cancel. */
export default function CentrePage() {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const compact = useCompact();
  const { access } = useViewer();
  const [monday, setMonday] = useState(() => mondayOf(chinaToday()));
  const [roomId, setRoomId] = useState<string | null>(null);
  const [booking, setBooking] = useState(false);

  const rooms = useQuery(CentreRoomsDocument);
  const week = useQuery(CentreWeekDocument, {
    variables: { weekOf: monday, roomId },
    fetchPolicy: 'cache-and-network',
  });
  const [cancel] = useMutation(CancelBookingDocument);
  const allRooms = rooms.data?.rooms.nodes ?? [];
  const activeRooms = allRooms.filter((r) => r.active);
  const days = useMemo(
    () => bookingsByDay(weekDays(monday), week.data?.centreCalendar.bookings ?? []),
    [monday, week.data],
  );

  const cancelBooking = async (b: BookingRowFragment) => {
    const res = await cancel({ variables: { input: { bookingId: b.id } } });
    const errors = localizeUserErrors(res.data!.cancelBooking.userErrors, locale);
    if (errors.length) void message.error(errors[0].message);
    void week.refetch();
  };

  const item = (b: BookingRowFragment) => (
    <Card key={b.id} size="small" style={{ marginBottom: 8 }}>
      <Flex vertical gap={2}>
        <Typography.Text strong>
          {chinaParts(b.startsAt).time}–{chinaParts(b.endsAt).time}
        </Typography.Text>
        <Typography.Text>{b.purpose}</Typography.Text>
        <Typography.Text type="secondary">
          {b.room.name}
          {b.course ? ` · ${b.course.teacher}` : ''}
        </Typography.Text>
        {access.canWriteMembers && !b.course && (
          <Popconfirm
            title={t('centre.cancel.confirm', { purpose: b.purpose })}
            okText={t('centre.cancel')}
            cancelText={t('common.cancel')}
            onConfirm={() => void cancelBooking(b)}
          >
            <Button size="small" danger style={{ alignSelf: 'flex-start' }}>
              {t('centre.cancel')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Card>
  );
  const dayTitle = (day: string) => `${t(WEEKDAY_KEYS[weekdayOf(day) - 1])} ${day.slice(5)}`;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('centre.calendar.title')} lead={t('centre.calendar.lead')} />
        {access.canWriteMembers && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setBooking(true)}>
            {t('centre.book')}
          </Button>
        )}
      </Flex>
      <Card size="small" title={t('centre.rooms')}>
        {rooms.error ? (
          <PageState error={rooms.error} onRetry={() => void rooms.refetch()} />
        ) : (
          <ul
            aria-label={t('centre.rooms.list')}
            style={{
              listStyle: 'none',
              margin: 0,
              padding: 0,
              display: 'flex',
              flexWrap: 'wrap',
              gap: 8,
            }}
          >
            {allRooms.map((r) => (
              <li key={r.id}>
                <Tag color={r.active ? 'blue' : undefined} style={{ whiteSpace: 'normal' }}>
                  {r.name} · {t('centre.room.capacity', { capacity: r.capacity })} ·{' '}
                  {t('centre.room.area', { area: r.areaSqm })}
                  {r.active ? '' : ` · ${t('centre.room.inactive')}`}
                </Tag>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        title={t('centre.week')}
        extra={
          <Typography.Text type="secondary">
            {t('centre.week.range', { from: monday, to: addDays(monday, 6) })}
          </Typography.Text>
        }
      >
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Select<string | null>
            aria-label={t('centre.field.room')}
            style={{ width: compact ? '100%' : 200 }}
            value={roomId}
            onChange={(v) => setRoomId(v ?? null)}
            options={[
              { value: null, label: t('centre.room.all') },
              ...allRooms.map((r) => ({ value: r.id, label: r.name })),
            ]}
          />
          <Button icon={<LeftOutlined />} onClick={() => setMonday(addDays(monday, -7))}>
            {t('centre.week.previous')}
          </Button>
          <Button onClick={() => setMonday(mondayOf(chinaToday()))}>{t('centre.week.this')}</Button>
          <Button onClick={() => setMonday(addDays(monday, 7))}>
            {t('centre.week.next')} <RightOutlined />
          </Button>
        </Flex>
        {week.error && !week.data ? (
          <PageState error={week.error} onRetry={() => void week.refetch()} />
        ) : compact ? (
          <Flex vertical gap={12} role="list" aria-label={t('centre.week')}>
            {days.map(({ day, bookings }) => (
              <section key={day} role="listitem" aria-label={dayTitle(day)}>
                <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
                  {dayTitle(day)}
                </Typography.Title>
                {bookings.length ? (
                  bookings.map(item)
                ) : (
                  <Typography.Text type="secondary">{t('centre.week.empty')}</Typography.Text>
                )}
              </section>
            ))}
          </Flex>
        ) : (
          <div
            role="list"
            aria-label={t('centre.week')}
            style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 8 }}
          >
            {days.map(({ day, bookings }) => (
              <section key={day} role="listitem" aria-label={dayTitle(day)}>
                <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
                  {dayTitle(day)}
                </Typography.Title>
                {bookings.length ? (
                  bookings.map(item)
                ) : (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('centre.week.empty')}
                  />
                )}
              </section>
            ))}
          </div>
        )}
      </Card>
      {booking && (
        <BookingModal
          rooms={activeRooms}
          roomId={roomId}
          date={monday < chinaToday() && chinaToday() <= addDays(monday, 6) ? chinaToday() : monday}
          onClose={() => setBooking(false)}
          onSaved={() => {
            void message.success(t('centre.book.saved'));
            void week.refetch();
          }}
        />
      )}
    </Flex>
  );
}
