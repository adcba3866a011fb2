import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { AwardLevel, WorkKind, WorkRowFragment } from '../../gql/graphql';
import { AWARD_LEVELS, WORK_KINDS, recordYears } from './education-view';
import { DeleteWorkDocument, WorksDocument } from './queries';
import { WorkFormModal } from './WorkFormModal';
import './locale';
import { useFeedback } from '../../components/feedback';

/** 作品与获奖: the works in reach, latest year first, by year, kind and award level. */
export default function WorksPage() {
  const { t } = useI18n();
  const { message, modal } = useFeedback();
  const compact = useCompact();
  const { access } = useViewer();
  const years = recordYears();
  const [year, setYear] = useState<number | null>(years[0]);
  const [kind, setKind] = useState<WorkKind | null>(null);
  const [level, setLevel] = useState<AwardLevel | null>(null);
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const [editing, setEditing] = useState<{ work: WorkRowFragment | null } | null>(null);
  const [remove] = useMutation(DeleteWorkDocument);

  const variables = useMemo(
    () => ({
      filter: {
        ...(year ? { year } : {}),
        ...(kind ? { kind: [kind] } : {}),
        ...(level ? { awardLevel: [level] } : {}),
        ...(search.trim() ? { search: search.trim() } : {}),
      },
      ...pageVariables(paging),
    }),
    [year, kind, level, search, paging],
  );
  const { data, previousData, loading, error, refetch } = useQuery(WorksDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.works;
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPaging((p) => ({ ...p, ...FIRST_PAGE }));
    };

  const award = (w: WorkRowFragment) =>
    w.award ? (
      <Tag color="gold">
        {t(`education.level.${w.award.level}`)}
        {t(`education.grade.${w.award.grade}`)}
      </Tag>
    ) : (
      t('education.noAward')
    );
  const authors = (w: WorkRowFragment) => (
    <span>
      {w.authors.map((a, i) =>
        a ? (
          <span key={a.id}>
            {i > 0 && '、'}
            <Link to={`/roster/${a.id}`}>{a.name}</Link>
          </span>
        ) : null,
      )}
    </span>
  );
  const research = (w: WorkRowFragment) =>
    w.kind === 'RESEARCH_REPORT'
      ? [
          w.topicArea,
          w.adopted == null
            ? null
            : t(w.adopted ? 'education.adopted.yes' : 'education.adopted.no'),
        ]
          .filter(Boolean)
          .join(' · ')
      : '';
  const title = (w: WorkRowFragment) =>
    access.canWriteMembers ? (
      <a
        href={`#${w.id}`}
        style={touchLink}
        onClick={(e) => {
          e.preventDefault();
          setEditing({ work: w });
        }}
      >
        {w.title}
      </a>
    ) : (
      w.title
    );
  const confirmDelete = (w: WorkRowFragment) =>
    modal.confirm({
      title: t('education.works.deleteConfirm', { title: w.title }),
      okButtonProps: { danger: true },
      okText: t('education.works.delete'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await remove({
          variables: { input: { workId: w.id, expectedVersion: w.version } },
        });
        const problem = res.data!.deleteWork.userErrors[0];
        if (problem) void message.error(problem.message);
        else void refetch();
      },
    });
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('education.works.empty')} />
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('education.works.title')} lead={t('education.works.lead')} />
        {access.canWriteMembers && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ work: null })}>
            {t('education.works.new')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex gap={8} wrap>
          <Select<number | null>
            allowClear
            placeholder={t('education.field.year')}
            aria-label={t('education.field.year')}
            style={{ width: compact ? '100%' : 120 }}
            value={year}
            onChange={filter((v: number | null) => setYear(v ?? null))}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
          <Select<WorkKind | null>
            allowClear
            placeholder={t('education.field.kind')}
            aria-label={t('education.field.kind')}
            style={{ width: compact ? '100%' : 150 }}
            value={kind}
            onChange={filter((v: WorkKind | null) => setKind(v ?? null))}
            options={WORK_KINDS.map((k) => ({ value: k, label: t(`education.kind.${k}`) }))}
          />
          <Select<AwardLevel | null>
            allowClear
            placeholder={t('education.field.awardLevel')}
            aria-label={t('education.field.awardLevel')}
            style={{ width: compact ? '100%' : 150 }}
            value={level}
            onChange={filter((v: AwardLevel | null) => setLevel(v ?? null))}
            options={AWARD_LEVELS.map((l) => ({ value: l, label: t(`education.level.${l}`) }))}
          />
          <Input.Search
            allowClear
            placeholder={t('education.field.title')}
            aria-label={t('education.field.title')}
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
                rowKey={(w) => w.id}
                loading={loading}
                empty={empty}
                label={t('education.works.table')}
              >
                {(w) => (
                  <ListCard
                    title={title(w)}
                    tags={<Tag>{t(`education.kind.${w.kind}`)}</Tag>}
                    facts={[
                      { key: 'year', label: t('education.field.year'), value: w.year },
                      { key: 'authors', label: t('education.field.authors'), value: authors(w) },
                      { key: 'award', label: t('education.field.award'), value: award(w) },
                      ...(w.kind === 'RESEARCH_REPORT'
                        ? [
                            {
                              key: 'topic',
                              label: t('education.field.topicArea'),
                              value: research(w),
                            },
                          ]
                        : []),
                    ]}
                    actions={
                      access.canWriteMembers && (
                        <Button danger onClick={() => confirmDelete(w)}>
                          {t('education.works.delete')}
                        </Button>
                      )
                    }
                  />
                )}
              </ListCards>
            ) : (
              <Table<WorkRowFragment>
                rowKey="id"
                size="middle"
                aria-label={t('education.works.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  { key: 'year', title: t('education.field.year'), dataIndex: 'year', width: 80 },
                  {
                    key: 'kind',
                    title: t('education.field.kind'),
                    width: 110,
                    render: (_, w) => <Tag>{t(`education.kind.${w.kind}`)}</Tag>,
                  },
                  { key: 'title', title: t('education.field.title'), render: (_, w) => title(w) },
                  {
                    key: 'authors',
                    title: t('education.field.authors'),
                    render: (_, w) => authors(w),
                  },
                  { key: 'award', title: t('education.field.award'), render: (_, w) => award(w) },
                  {
                    key: 'research',
                    title: t('education.field.topicArea'),
                    render: (_, w) => research(w),
                  },
                  ...(access.canWriteMembers
                    ? [
                        {
                          key: 'actions',
                          title: '',
                          width: 90,
                          render: (_: unknown, w: WorkRowFragment) => (
                            <Button danger size="small" onClick={() => confirmDelete(w)}>
                              {t('education.works.delete')}
                            </Button>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('education.works.count', { count: connection.totalCount })}
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
      {editing && (
        <WorkFormModal
          work={editing.work}
          onClose={() => setEditing(null)}
          onSaved={() => void refetch()}
        />
      )}
    </Flex>
  );
}
