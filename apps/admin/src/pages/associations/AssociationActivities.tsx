import { useMemo, useState } from 'react';
import { Button, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { AssociationActivitiesQuery } from '../../gql/graphql';
import { ActivityFormModal } from '../party-life/ActivityFormModal';
import { timeRange } from '../party-life/party-life-view';
import { AwardsFields } from './AwardsFields';
import { AwardsModal } from './AwardsModal';
import {
  ASSOCIATION_KINDS,
  awardText,
  awardsInput,
  currentMembers,
  type AwardRow,
} from './associations-view';
import { AssociationActivitiesDocument, RecordAwardsDocument } from './queries';
import './locale';
import '../education/locale';
import '../party-life/locale';
import { useFeedback } from '../../components/feedback';

type Activity = Extract<
  AssociationActivitiesQuery['node'],
  { __typename: 'Association' }
>['activities']['nodes'][number];

/**
 * An association's activities of a year, latest first, each with the awards won at it; for
 * those who may write, 记录活动 (the activity form, the association its organiser, with the
 * awards) and 编辑获奖 on each.
 */
export function AssociationActivities({
  association,
}: {
  association: {
    id: string;
    name: string;
    memberships: readonly {
      leftOn: string | null;
      member: { id: string; name: string } | null;
    }[];
  };
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const { access } = useViewer();
  const canWrite = access.canWriteMembers && access.canAdmin;
  const compact = useCompact();
  const associationId = association.id;
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<Activity | null>(null);
  const [recordAwards] = useMutation(RecordAwardsDocument);
  const organiser = useMemo(
    () => ({
      id: association.id,
      name: association.name,
      kinds: ASSOCIATION_KINDS,
      members: currentMembers(association.memberships),
    }),
    [association],
  );
  const thisYear = Number(chinaToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const variables = useMemo(
    () => ({ id: associationId, year, ...pageVariables(paging) }),
    [associationId, year, paging],
  );
  const { data, previousData, loading, error, refetch } = useQuery(AssociationActivitiesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const node = (data ?? previousData)?.node;
  const held = node?.__typename === 'Association' ? node : null;
  const connection = held?.activities;
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);
  const awards = (a: Activity) =>
    a.awards.length ? (
      <Flex vertical gap={2}>
        {a.awards.map((w, i) => (
          <span key={i}>{awardText(w, (level) => t(`education.level.${level}`))}</span>
        ))}
      </Flex>
    ) : (
      '—'
    );
  const editAwards = (a: Activity) => (
    <Button
      size={compact ? 'middle' : 'small'}
      icon={<TrophyOutlined />}
      aria-label={t('associations.awards.editOf', { title: a.title })}
      onClick={() => setEditing(a)}
    >
      {t('associations.awards.editShort')}
    </Button>
  );
  const changed = () => void refetch();
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('associations.activities.empty')} />
  );

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        <Select
          aria-label={t('associations.year')}
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y) => {
            setYear(y);
            setPaging((p) => ({ ...p, ...FIRST_PAGE }));
          }}
          style={{ width: 120 }}
        />
        {held && (
          <Typography.Text>
            {t('associations.yearText', {
              activities: held.year.activities,
              awards: held.year.awards,
            })}
          </Typography.Text>
        )}
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRecording(true)}
            style={{ marginInlineStart: 'auto' }}
          >
            {t('associations.activity.record')}
          </Button>
        )}
      </Flex>
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
              label={t('associations.activities.table')}
            >
              {(a) => (
                <ListCard
                  title={a.title}
                  tags={<Tag>{t(`partyLife.kind.${a.kind}`)}</Tag>}
                  facts={[
                    {
                      key: 'time',
                      label: t('associations.field.date'),
                      value: timeRange(a.startsAt, a.endsAt),
                    },
                    { key: 'place', label: t('associations.field.place'), value: a.place ?? '—' },
                    {
                      key: 'audience',
                      label: t('associations.field.audience'),
                      value: a.externalAttendance,
                    },
                    { key: 'awards', label: t('associations.field.awardsWon'), value: awards(a) },
                  ]}
                  actions={canWrite ? editAwards(a) : undefined}
                />
              )}
            </ListCards>
          ) : (
            <Table<Activity>
              rowKey="id"
              size="middle"
              aria-label={t('associations.activities.table')}
              dataSource={connection?.nodes ?? []}
              loading={loading}
              pagination={false}
              locale={{ emptyText: empty }}
              columns={[
                {
                  key: 'time',
                  title: t('associations.field.date'),
                  width: 200,
                  render: (_, a) => timeRange(a.startsAt, a.endsAt),
                },
                {
                  key: 'kind',
                  title: t('associations.field.kind'),
                  width: 100,
                  render: (_, a) => <Tag>{t(`partyLife.kind.${a.kind}`)}</Tag>,
                },
                { key: 'title', title: t('associations.field.title'), dataIndex: 'title' },
                {
                  key: 'place',
                  title: t('associations.field.place'),
                  render: (_, a) => a.place ?? '—',
                },
                {
                  key: 'audience',
                  title: t('associations.field.audience'),
                  dataIndex: 'externalAttendance',
                  align: 'right',
                  width: 100,
                },
                {
                  key: 'awards',
                  title: t('associations.field.awardsWon'),
                  render: (_, a) => awards(a),
                },
                ...(canWrite
                  ? [
                      {
                        key: 'actions',
                        title: t('common.actions'),
                        width: 120,
                        render: (_: unknown, a: Activity) => editAwards(a),
                      },
                    ]
                  : []),
              ]}
            />
          )}
          {connection && connection.totalCount > 0 && (
            <CursorPager
              total={connection.totalCount}
              totalText={t('associations.activities.count', { count: connection.totalCount })}
              paging={paging}
              pageInfo={connection.pageInfo}
              disabled={loading}
              onTurn={(next) => setPaging((p) => ({ ...p, ...next }))}
              onSize={(size) => setPaging({ size, ...FIRST_PAGE })}
            />
          )}
        </>
      )}
      {recording && (
        <ActivityFormModal
          activityId={null}
          association={organiser}
          extra={<AwardsFields />}
          afterSave={async (activity, values) => {
            const awards = awardsInput(values.awards as AwardRow[] | undefined);
            if (!awards.length) return [];
            const res = await recordAwards({
              variables: {
                input: { activityId: activity.id, awards, expectedVersion: activity.version },
              },
            });
            return res.data!.recordAwards.userErrors;
          }}
          onClose={() => {
            setRecording(false);
            changed();
          }}
          onSaved={() => {
            setRecording(false);
            void message.success(t('associations.activity.recorded'));
            changed();
          }}
        />
      )}
      {editing && (
        <AwardsModal
          activity={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success(t('associations.awards.saved', { title: editing.title }));
            changed();
          }}
        />
      )}
    </Flex>
  );
}
