import { Link } from 'react-router';
import { Empty, Flex, List, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import { chinaToday } from '@wanxia/schema';
import { TaskStatusTag } from '../visits/labels';
import type { CalendarEntry } from './calendar-entries';
import './locale';
import '../visits/locale';

const KIND_COLOR = { holiday: 'red', birthday: 'gold', event: 'blue' } as const;

/** The few words a calendar cell has room for: "春节", "80岁 张三", "住院 李四". */
export function EntryTag({ entry }: { entry: CalendarEntry }) {
  const { t } = useI18n();
  const text =
    entry.kind === 'holiday'
      ? t(`visits.holiday.${entry.holiday}`)
      : entry.kind === 'birthday'
        ? t('coverage.calendar.birthdayTag', { age: entry.age, name: entry.member.name })
        : `${t(`coverage.calendar.short.${entry.occasion}`)} ${entry.member?.name ?? ''}`;
  return (
    <Tag
      color={KIND_COLOR[entry.kind]}
      style={{
        display: 'block',
        marginInlineEnd: 0,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
      }}
    >
      {text}
    </Tag>
  );
}

/** Everything on one day, each person a link to their page. */
export function DayEntries({ entries }: { entries: readonly CalendarEntry[] }) {
  const { t } = useI18n();
  if (!entries.length) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coverage.calendar.none')} />;
  }
  return (
    <List
      dataSource={[...entries]}
      renderItem={(entry) => (
        <List.Item>
          {entry.kind === 'holiday' ? (
            <Flex vertical gap={4}>
              <Typography.Text strong>{t(`visits.holiday.${entry.holiday}`)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('coverage.calendar.holidayHelp')}
              </Typography.Text>
            </Flex>
          ) : entry.kind === 'birthday' ? (
            <List.Item.Meta
              title={
                <Flex gap={8} align="center">
                  <Link to={`/roster/${encodeURIComponent(entry.member.id)}`}>
                    {entry.member.name}
                  </Link>
                  <Tag color="gold">{t('coverage.calendar.turns', { age: entry.age })}</Tag>
                </Flex>
              }
              description={`${t('enum.VisitOccasion.DECADE_BIRTHDAY')} · ${entry.member.branch.name}`}
            />
          ) : (
            <List.Item.Meta
              title={
                <Flex gap={8} align="center">
                  {entry.member ? (
                    <Link to={`/roster/${encodeURIComponent(entry.member.id)}`}>
                      {entry.member.name}
                    </Link>
                  ) : (
                    <Typography.Text type="secondary">
                      {t('coverage.calendar.outOfReach')}
                    </Typography.Text>
                  )}
                  <TaskStatusTag
                    status={entry.status}
                    overdue={entry.status === 'OPEN' && entry.dueBy < chinaToday()}
                  />
                </Flex>
              }
              description={t('coverage.calendar.eventHelp', {
                occasion: t(`enum.VisitOccasion.${entry.occasion}`),
                dueBy: entry.dueBy,
              })}
            />
          )}
        </List.Item>
      )}
    />
  );
}
