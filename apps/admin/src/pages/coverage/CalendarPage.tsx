import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  Alert,
  Badge,
  Button,
  Calendar,
  Card,
  Col,
  ConfigProvider,
  Drawer,
  Flex,
  List,
  Row,
  Statistic,
  Typography,
} from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { addYears, chinaToday } from '@wanxia/schema';
import { useUrlState, type UrlCodec } from '../../components/useUrlState';
import { useWholeList } from '../../components/useWholeList';
import {
  CalendarEventTasksDocument,
  CalendarHolidaysDocument,
  DecadeBirthdaysDocument,
} from './queries';
import { entriesByDay, type CalendarEntry } from './calendar-entries';
import { monthParts, readMonth, thisMonth } from './month-param';
import { DayEntries, EntryTag } from './DayEntries';
import { PageTitle } from '../../components/PageTitle';
import './locale';
import '../visits/locale';

/** How many entries a day cell shows before "+N". */
const CELL_ENTRIES = 3;

const calendarCodec: UrlCodec<{ month: string }> = {
  parse: (params) => ({ month: readMonth(params.get('month'), thisMonth()) }),
  format: ({ month }) => new URLSearchParams(month === thisMonth() ? {} : { month }),
};

/** The coming year's holidays, each with the days left until it. */
function ComingHolidays({
  holidays,
}: {
  holidays: readonly { holiday: 'SPRING_FESTIVAL' | 'DOUBLE_NINTH'; date: string }[];
}) {
  const { t } = useI18n();
  const today = dayjs(chinaToday());
  return (
    <List
      size="small"
      dataSource={[...holidays]}
      locale={{ emptyText: t('coverage.calendar.noHolidays') }}
      renderItem={(h) => (
        <List.Item>
          <Flex justify="space-between" style={{ width: '100%' }}>
            <Typography.Text strong>{t(`visits.holiday.${h.holiday}`)}</Typography.Text>
            <Typography.Text>
              {dayjs(h.date).format(t('coverage.calendar.dateFormat'))}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary" style={{ marginInlineStart: 12, whiteSpace: 'nowrap' }}>
            {t('coverage.calendar.daysLeft', { days: dayjs(h.date).diff(today, 'day') })}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

/**
 * 走访日历: a month with its holidays, the members turning 60, 70, 80… and the illnesses,
 * deaths, disputes and disasters reported, so that nobody owed a visit is forgotten.
 */
export default function CalendarPage() {
  const { t } = useI18n();
  const { access } = useViewer();
  const [{ month }, setView] = useUrlState(calendarCodec);
  const [openDay, setOpenDay] = useState<string | null>(null);
  const parts = monthParts(month);
  const today = chinaToday();

  const holidays = useQuery(CalendarHolidaysDocument, {
    variables: { from: parts.from, to: parts.to, today, inAYear: addYears(today, 1) },
  });
  const birthdays = useWholeList({
    query: DecadeBirthdaysDocument,
    variables: (after) => ({ year: parts.year, from: parts.fromDay, to: parts.toDay, after }),
    connection: (data) => data.members,
    key: month,
    skip: !access.canReadMembers,
  });
  const events = useWholeList({
    query: CalendarEventTasksDocument,
    variables: (after) => ({ from: parts.from, to: parts.to, after }),
    connection: (data) => data.visitTasks,
    key: month,
  });

  const days = useMemo(
    () =>
      entriesByDay({
        year: parts.year,
        holidays: holidays.data?.month ?? [],
        birthdays: birthdays.nodes ?? [],
        events: events.nodes ?? [],
      }),
    [parts.year, holidays.data, birthdays.nodes, events.nodes],
  );
  const busyDays = [...days.keys()].filter((d) => d.startsWith(month)).sort();
  const loading = holidays.loading || birthdays.loading || events.loading;
  const error = holidays.error ?? birthdays.error ?? events.error;

  const monthTitle = dayjs(parts.from).format(t('coverage.calendar.monthFormat'));
  const goTo = (date: Dayjs) => setView({ month: date.format('YYYY-MM') });
  const summary = (entries: readonly CalendarEntry[]) => {
    const count = (kind: CalendarEntry['kind']) => entries.filter((e) => e.kind === kind).length;
    return [
      ...entries.flatMap((e) => (e.kind === 'holiday' ? [t(`visits.holiday.${e.holiday}`)] : [])),
      count('birthday') && t('coverage.calendar.birthdayCount', { count: count('birthday') }),
      count('event') && t('coverage.calendar.eventCount', { count: count('event') }),
    ]
      .filter(Boolean)
      .join(t('coverage.calendar.separator'));
  };

  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('coverage.calendar.title')} lead={t('coverage.calendar.lead')} />
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('common.error', { message: error.message })}
          action={
            <Button
              size="small"
              onClick={() => {
                void holidays.refetch();
                void birthdays.reload();
                void events.reload();
              }}
            >
              {t('common.retry')}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <Card>
            {/* Days of the months around stay dimmed, yet legible (WCAG AA). */}
            <ConfigProvider theme={{ token: { colorTextDisabled: 'rgba(0, 0, 0, 0.56)' } }}>
              <Calendar
                value={dayjs(openDay ?? (month === thisMonth() ? today : parts.from))}
                mode="month"
                onSelect={(date, { source }) => {
                  if (date.format('YYYY-MM') !== month) goTo(date);
                  if (source === 'date') setOpenDay(date.format('YYYY-MM-DD'));
                }}
                headerRender={() => (
                  <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
                    <Flex align="center" gap={8}>
                      <Button
                        icon={<LeftOutlined />}
                        aria-label={t('coverage.calendar.previous')}
                        onClick={() => goTo(dayjs(parts.from).subtract(1, 'month'))}
                      />
                      <Typography.Title
                        level={4}
                        style={{ margin: 0, minWidth: 120, textAlign: 'center' }}
                      >
                        {monthTitle}
                      </Typography.Title>
                      <Button
                        icon={<RightOutlined />}
                        aria-label={t('coverage.calendar.next')}
                        onClick={() => goTo(dayjs(parts.from).add(1, 'month'))}
                      />
                    </Flex>
                    <Flex align="center" gap={12}>
                      {loading && <Badge status="processing" text={t('common.loading')} />}
                      <Button disabled={month === thisMonth()} onClick={() => goTo(dayjs(today))}>
                        {t('coverage.calendar.thisMonth')}
                      </Button>
                    </Flex>
                  </Flex>
                )}
                cellRender={(date, info) => {
                  if (info.type !== 'date') return info.originNode;
                  const entries = days.get(date.format('YYYY-MM-DD')) ?? [];
                  return (
                    <Flex vertical gap={2}>
                      {entries.slice(0, CELL_ENTRIES).map((entry, i) => (
                        <EntryTag key={i} entry={entry} />
                      ))}
                      {entries.length > CELL_ENTRIES && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('coverage.calendar.more', { count: entries.length - CELL_ENTRIES })}
                        </Typography.Text>
                      )}
                    </Flex>
                  );
                }}
              />
            </ConfigProvider>
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <Flex vertical gap={16}>
            <Card
              size="small"
              title={t('coverage.calendar.summary', { month: monthTitle })}
              extra={
                <Link to={`/visits/lists?month=${month}`}>{t('coverage.calendar.print')}</Link>
              }
            >
              <Flex gap={24}>
                <Statistic
                  title={t('enum.VisitOccasion.DECADE_BIRTHDAY')}
                  value={birthdays.nodes?.length ?? '—'}
                  suffix={t('coverage.calendar.people')}
                />
                <Statistic
                  title={t('coverage.calendar.events')}
                  value={events.nodes?.length ?? '—'}
                  suffix={t('coverage.calendar.items')}
                />
              </Flex>
            </Card>
            <Card size="small" title={t('coverage.calendar.coming')}>
              {holidays.data ? (
                <ComingHolidays holidays={holidays.data.coming} />
              ) : (
                <PageState loading={holidays.loading} error={holidays.error} />
              )}
            </Card>
            <Card size="small" title={t('coverage.calendar.agenda')}>
              {/* Scrolls on its own; focusable so the keyboard can scroll it too. */}
              <div
                role="region"
                aria-label={t('coverage.calendar.agenda')}
                tabIndex={0}
                style={{ maxHeight: 420, overflowY: 'auto' }}
              >
                <List
                  size="small"
                  dataSource={busyDays}
                  locale={{
                    emptyText: loading ? t('common.loading') : t('coverage.calendar.quietMonth'),
                  }}
                  renderItem={(day) => (
                    <List.Item style={{ paddingInline: 0 }}>
                      <Flex vertical>
                        <Button
                          type="link"
                          size="small"
                          style={{ padding: 0, alignSelf: 'flex-start' }}
                          onClick={() => setOpenDay(day)}
                        >
                          {dayjs(day).format(t('coverage.calendar.dayFormat'))}
                        </Button>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {summary(days.get(day)!)}
                        </Typography.Text>
                      </Flex>
                    </List.Item>
                  )}
                />
              </div>
            </Card>
          </Flex>
        </Col>
      </Row>
      <Drawer
        open={openDay !== null}
        onClose={() => setOpenDay(null)}
        title={openDay && dayjs(openDay).format(t('coverage.calendar.dayTitleFormat'))}
        size={420}
      >
        {openDay && <DayEntries entries={days.get(openDay) ?? []} />}
      </Drawer>
    </Flex>
  );
}
