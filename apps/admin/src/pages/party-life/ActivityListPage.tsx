import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Card, Empty, Flex, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { CursorPager } from '../../components/CursorPager';
import { ExportButton } from '../../components/ExportButton';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { ActivityKind, ActivityRowFragment } from '../../gql/graphql';
import { OpenSignupModal } from '../signup/OpenSignupModal';
import { ActivityFormModal } from './ActivityFormModal';
import { ActivitiesDocument } from './queries';
import {
  ALL_KINDS,
  activityFilter,
  activityPrintPath,
  organiserName,
  readActivityPrintPath,
  timeRange,
} from './party-life-view';
import './locale';
import '../signup/locale';

/** 活动记录: the activities in reach, latest first, by kind, branch, year and title. */
export default function ActivityListPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const thisYear = Number(chinaToday().slice(0, 4));
  // A link may open the list on a kind, branch and year (the yearly report's figures do).
  const linked = readActivityPrintPath(params);
  const [kind, setKind] = useState<ActivityKind | null>(linked.kind);
  const [branchId, setBranchId] = useState<string | null>(linked.branchId);
  const [year, setYear] = useState<number | null>(params.has('year') ? linked.year : thisYear);
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [openingSignup, setOpeningSignup] = useState<string | null>(null);

  const filters = useMemo(() => ({ kind, branchId, year, search }), [kind, branchId, year, search]);
  const variables = useMemo(
    () => ({ filter: activityFilter(filters), ...pageVariables(paging) }),
    [filters, paging],
  );
  const { data, previousData, loading, error, refetch } = useQuery(ActivitiesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.activities;
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPaging((p) => ({ ...p, ...FIRST_PAGE }));
    };

  const organiser = (a: ActivityRowFragment) => organiserName(a.organiser) ?? t('partyLife.bureau');
  const attendance = (a: ActivityRowFragment) =>
    t('partyLife.attendanceLine', {
      participants: a.attendance.participants,
      present: a.attendance.present,
    });
  const open = (a: ActivityRowFragment) => (
    <a
      href={`#${a.id}`}
      style={touchLink}
      onClick={(e) => {
        e.preventDefault();
        setEditing({ id: a.id });
      }}
    >
      {a.title}
    </a>
  );
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyLife.activities.empty')} />
  );
  // 开放报名 on an activity still to come; its sign-up's places once it has one.
  const signup = (a: ActivityRowFragment) => (
    <Flex gap={4} wrap align="center">
      {a.signup && (
        <Tag color={a.signup.open ? 'green' : undefined}>
          {t('signup.placesLine', { left: a.signup.placesLeft, capacity: a.signup.capacity })}
        </Tag>
      )}
      {access.canWriteMembers && a.startsAt > new Date().toISOString() && (
        <Button size="small" onClick={() => setOpeningSignup(a.id)}>
          {a.signup ? t('signup.open.change') : t('signup.open')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('partyLife.activities.title')} lead={t('partyLife.activities.lead')} />
        <Flex gap={8} wrap>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => void navigate(activityPrintPath(filters))}
          >
            {t('partyLife.activities.print')}
          </Button>
          <ExportButton list="activities" filter={variables.filter} />
          {access.canWriteMembers && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
              {t('partyLife.activities.new')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <Flex gap={8} wrap>
          <Select<ActivityKind | null>
            allowClear
            placeholder={t('partyLife.filter.kind')}
            aria-label={t('partyLife.filter.kind')}
            style={{ width: compact ? '100%' : 180 }}
            value={kind}
            onChange={filter((v: ActivityKind | null) => setKind(v ?? null))}
            options={ALL_KINDS.map((k) => ({ value: k, label: t(`partyLife.kind.${k}`) }))}
          />
          <BranchTreeSelect
            placeholder={t('partyLife.filter.branch')}
            aria-label={t('partyLife.filter.branch')}
            style={{ width: compact ? '100%' : 240 }}
            value={branchId}
            onChange={filter((v: string | null) => setBranchId(v))}
          />
          <Select<number | null>
            allowClear
            placeholder={t('partyLife.filter.year')}
            aria-label={t('partyLife.filter.year')}
            style={{ width: compact ? '100%' : 120 }}
            value={year}
            onChange={filter((v: number | null) => setYear(v ?? null))}
            options={Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i).map((y) => ({
              value: y,
              label: String(y),
            }))}
          />
          <Input.Search
            allowClear
            placeholder={t('partyLife.filter.search')}
            aria-label={t('partyLife.filter.search')}
            style={{ width: compact ? '100%' : 220 }}
            onSearch={filter((v: string) => setSearch(v))}
          />
        </Flex>
      </Card>
      <Card>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {compact ? (
              <ListCards
                items={connection?.nodes ?? []}
                rowKey={(a) => a.id}
                loading={loading}
                empty={empty}
                label={t('partyLife.activities.table')}
              >
                {(a) => (
                  <ListCard
                    title={open(a)}
                    tags={<Tag>{t(`partyLife.kind.${a.kind}`)}</Tag>}
                    facts={[
                      {
                        key: 'time',
                        label: t('partyLife.field.time'),
                        value: timeRange(a.startsAt, a.endsAt),
                      },
                      {
                        key: 'organiser',
                        label: t('partyLife.field.organiser'),
                        value: organiser(a),
                      },
                      {
                        key: 'attendance',
                        label: t('partyLife.field.attendance'),
                        value: attendance(a),
                      },
                    ]}
                    actions={signup(a)}
                  />
                )}
              </ListCards>
            ) : (
              <Table<ActivityRowFragment>
                rowKey="id"
                size="middle"
                aria-label={t('partyLife.activities.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  {
                    key: 'time',
                    title: t('partyLife.field.time'),
                    width: 200,
                    render: (_, a) => timeRange(a.startsAt, a.endsAt),
                  },
                  {
                    key: 'kind',
                    title: t('partyLife.field.kind'),
                    width: 150,
                    render: (_, a) => <Tag>{t(`partyLife.kind.${a.kind}`)}</Tag>,
                  },
                  { key: 'title', title: t('partyLife.field.title'), render: (_, a) => open(a) },
                  {
                    key: 'organiser',
                    title: t('partyLife.field.organiser'),
                    render: (_, a) => organiser(a),
                  },
                  { key: 'place', title: t('partyLife.field.place'), dataIndex: 'place' },
                  {
                    key: 'attendance',
                    title: t('partyLife.field.attendance'),
                    render: (_, a) => attendance(a),
                  },
                  { key: 'signup', title: t('signup.title'), render: (_, a) => signup(a) },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('partyLife.activities.count', { count: connection.totalCount })}
                paging={paging}
                pageInfo={connection.pageInfo}
                disabled={loading}
                onTurn={(next) => setPaging((p) => ({ ...p, ...next }))}
                onSize={(size) => setPaging({ size, ...FIRST_PAGE })}
              />
            )}
          </>
        )}
      </Card>
      {openingSignup && (
        <OpenSignupModal
          target={{ activityId: openingSignup }}
          onClose={() => setOpeningSignup(null)}
          onSaved={() => void refetch()}
        />
      )}
      {editing && (
        <ActivityFormModal
          activityId={editing.id}
          branchId={branchId}
          onClose={() => setEditing(null)}
          onSaved={() => void refetch()}
        />
      )}
    </Flex>
  );
}
