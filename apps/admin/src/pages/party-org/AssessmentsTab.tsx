import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { BranchAssessmentsQuery } from '../../gql/graphql';
import { AssessmentModal } from './AssessmentModal';
import { BranchAssessmentsDocument } from './queries';
import { recordYears } from './party-org-view';
import './locale';

type Row = BranchAssessmentsQuery['branchAssessments']['nodes'][number];

/** 年度评定: each branch's rating of a year beside its demonstration title; the bureau rates. */
export function AssessmentsTab() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const today = chinaToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)) - 1);
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const [rating, setRating] = useState<Row | null>(null);
  const variables = useMemo(() => ({ year, ...pageVariables(paging) }), [year, paging]);
  const { data, previousData, loading, error, refetch } = useQuery(BranchAssessmentsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.branchAssessments;
  const ratingText = (row: Row) =>
    row.assessment ? (
      <Tag>{t(`partyOrg.rating.${row.assessment.rating}`)}</Tag>
    ) : (
      t('partyOrg.assessments.none')
    );
  const demonstration = (row: Row) =>
    row.branch?.demonstrationLevel
      ? t('partyOrg.demonstration', {
          level: t(`partyOrg.level.${row.branch.demonstrationLevel}`),
          year: row.branch.demonstrationYear ?? '',
        })
      : '—';
  // The bureau rates (a county-wide account); a secretary reads.
  const canRate = access.canWriteMembers && access.canAdmin;
  const rate = (row: Row) =>
    canRate ? (
      <Button size="small" onClick={() => setRating(row)}>
        {t('partyOrg.assessments.record')}
      </Button>
    ) : null;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;

  return (
    <Flex vertical gap={16}>
      <Select<number>
        aria-label={t('partyOrg.filter.year')}
        style={{ width: compact ? '100%' : 120 }}
        value={year}
        onChange={(value) => {
          setYear(value);
          setPaging((p) => ({ ...p, ...FIRST_PAGE }));
        }}
        options={recordYears(today).map((y) => ({ value: y, label: String(y) }))}
      />
      <Card>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {compact ? (
              <ListCards
                items={connection?.nodes ?? []}
                rowKey={(row) => row.branch?.id ?? ''}
                loading={loading}
                empty={empty}
                label={t('partyOrg.assessments.table')}
              >
                {(row) => (
                  <ListCard
                    title={row.branch?.name ?? ''}
                    tags={ratingText(row)}
                    facts={[
                      {
                        key: 'reviewedOn',
                        label: t('partyOrg.field.reviewedOn'),
                        value: row.assessment?.reviewedOn ?? '—',
                      },
                      {
                        key: 'demonstration',
                        label: t('partyOrg.field.demonstration'),
                        value: demonstration(row),
                      },
                    ]}
                    actions={rate(row)}
                  />
                )}
              </ListCards>
            ) : (
              <Table<Row>
                rowKey={(row) => row.branch?.id ?? ''}
                size="middle"
                aria-label={t('partyOrg.assessments.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  {
                    key: 'branch',
                    title: t('partyOrg.field.branch'),
                    render: (_, row) => row.branch?.name,
                  },
                  {
                    key: 'rating',
                    title: t('partyOrg.field.rating'),
                    width: 110,
                    render: (_, row) => ratingText(row),
                  },
                  {
                    key: 'reviewedOn',
                    title: t('partyOrg.field.reviewedOn'),
                    width: 130,
                    render: (_, row) => row.assessment?.reviewedOn ?? '—',
                  },
                  {
                    key: 'remarks',
                    title: t('partyOrg.field.remarks'),
                    render: (_, row) => row.assessment?.remarks,
                  },
                  {
                    key: 'demonstration',
                    title: t('partyOrg.field.demonstration'),
                    width: 160,
                    render: (_, row) => demonstration(row),
                  },
                  { key: 'actions', width: 90, render: (_, row) => rate(row) },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('partyOrg.assessments.count', { count: connection.totalCount })}
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
      {rating?.branch && (
        <AssessmentModal
          branch={rating.branch}
          year={year}
          assessment={rating.assessment ?? null}
          onClose={() => setRating(null)}
          onSaved={() => void refetch()}
        />
      )}
    </Flex>
  );
}
