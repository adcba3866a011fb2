import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import sheet from '../../components/print.module.css';
import { useCompact } from '../../components/useCompact';
import { useWholeList } from '../../components/useWholeList';
import type { ActivityRowFragment } from '../../gql/graphql';
import { ActivitiesDocument } from './queries';
import { activityFilter, organiserName, readActivityPrintPath, timeRange } from './party-life-view';
import '../coverage/locale';
import './locale';

/**
 * 活动记录 on paper: every activity the list's filters select (all pages of them), latest
 * first, with the bureau's name, the year and kind, how many and when drawn up; on A4 in the
 * orientation the print dialog chooses, the header row on every page.
 */
export default function ActivityPrintPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = useMemo(() => readActivityPrintPath(params), [params]);
  const filter = useMemo(() => activityFilter(filters), [filters]);
  const list = useWholeList({
    query: ActivitiesDocument,
    variables: (after) => ({ filter, first: 100, after }),
    connection: (data) => data.activities,
    key: JSON.stringify(filter),
  });
  const rows = list.nodes;

  const count = (key: string, title: string, value: (a: ActivityRowFragment) => number) => ({
    key,
    title,
    width: 48,
    align: 'center' as const,
    render: (_: unknown, a: ActivityRowFragment) => value(a),
  });
  const columns: TableColumnsType<ActivityRowFragment> = [
    {
      key: 'index',
      title: t('partyLife.print.index'),
      width: 52,
      align: 'center',
      render: (_, __, i) => i + 1,
    },
    {
      key: 'time',
      title: t('partyLife.field.time'),
      // One line, so that a row's number and its time read as one line on paper.
      render: (_, a) => (
        <span style={{ whiteSpace: 'nowrap' }}>{timeRange(a.startsAt, a.endsAt)}</span>
      ),
    },
    {
      key: 'kind',
      title: t('partyLife.field.kind'),
      width: 96,
      render: (_, a) => t(`partyLife.kind.${a.kind}`),
    },
    { key: 'title', title: t('partyLife.field.title'), dataIndex: 'title' },
    {
      key: 'organiser',
      title: t('partyLife.field.organiser'),
      render: (_, a) => organiserName(a.organiser) ?? t('partyLife.bureau'),
    },
    { key: 'place', title: t('partyLife.field.place'), dataIndex: 'place' },
    count('participants', t('partyLife.print.participants'), (a) => a.attendance.participants),
    count('present', t('partyLife.print.present'), (a) => a.attendance.present),
    count('absent', t('partyLife.attendance.ABSENT'), (a) => a.attendance.absent),
    count('excused', t('partyLife.attendance.EXCUSED'), (a) => a.attendance.excused),
  ];
  const scope = [
    filters.year
      ? t('partyLife.print.year', { year: filters.year })
      : t('partyLife.print.allYears'),
    filters.kind ? t(`partyLife.kind.${filters.kind}`) : null,
    filters.search.trim() || null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Flex vertical gap={16}>
      <Flex className={sheet.noPrint} justify="space-between" align="center" wrap gap={12}>
        <PageTitle title={t('partyLife.print.title')} lead={t('partyLife.print.lead')} />
        <Flex gap={8}>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            {t('partyLife.print.back')}
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!rows?.length}
            onClick={() => window.print()}
          >
            {t('partyLife.activities.print')}
          </Button>
        </Flex>
      </Flex>
      <Card className={sheet.sheet}>
        <header className={sheet.heading}>
          <Typography.Text className={sheet.bureau}>{t('coverage.lists.bureau')}</Typography.Text>
          <Typography.Title level={4} className={sheet.title}>
            {t('partyLife.activities.title')}
          </Typography.Title>
          <div className={sheet.meta}>
            <span>
              {scope}
              {rows && ` · ${t('partyLife.activities.count', { count: rows.length })}`}
            </span>
            <span>
              {t('partyLife.print.drawnUp', {
                date: dayjs(chinaToday()).format(t('partyLife.print.dateFormat')),
              })}
            </span>
          </div>
        </header>
        {!rows ? (
          <PageState loading={list.loading} error={list.error} onRetry={() => void list.reload()} />
        ) : (
          // On a phone the wide table scrolls sideways in its card (focusable, so the keyboard
          // scrolls it too); on paper it fits the page.
          <div
            role="region"
            aria-label={t('partyLife.activities.table')}
            tabIndex={compact ? 0 : undefined}
            style={{ overflowX: 'auto' }}
          >
            <Table<ActivityRowFragment>
              rowKey="id"
              size="small"
              bordered
              aria-label={t('partyLife.activities.table')}
              columns={columns}
              dataSource={rows}
              loading={list.loading}
              pagination={false}
              locale={{ emptyText: t('partyLife.activities.empty') }}
            />
          </div>
        )}
      </Card>
    </Flex>
  );
}
