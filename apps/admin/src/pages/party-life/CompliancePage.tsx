import { ON_TRACK_TEXT } from './status-colors';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Card, Empty, Flex, Select, Switch, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { CursorPager } from '../../components/CursorPager';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import type { BranchComplianceRowFragment } from '../../gql/graphql';
import { PartyLifeComplianceDocument } from './queries';
import { percent } from './party-life-view';
import './locale';

/** The period chooser both compliance screens share: a year, and the whole of it or a quarter. */
export function PeriodChooser({
  year,
  quarter,
  onChange,
}: {
  year: number;
  quarter: number | null;
  onChange: (year: number, quarter: number | null) => void;
}) {
  const { t } = useI18n();
  const thisYear = Number(chinaToday().slice(0, 4));
  return (
    <Flex gap={8} wrap>
      <Select<number>
        aria-label={t('partyLife.filter.year')}
        style={{ width: 120 }}
        value={year}
        onChange={(y) => onChange(y, quarter)}
        options={Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i).map((y) => ({
          value: y,
          label: String(y),
        }))}
      />
      <Select<number>
        aria-label={t('partyLife.compliance.quarter')}
        style={{ width: 140 }}
        value={quarter ?? 0}
        onChange={(q) => onChange(year, q || null)}
        options={[
          { value: 0, label: t('partyLife.compliance.wholeYear') },
          ...[1, 2, 3, 4].map((q) => ({
            value: q,
            label: t('partyLife.compliance.quarterN', { quarter: q }),
          })),
        ]}
      />
    </Flex>
  );
}

/** The branches' 三会一课 in a year or quarter: the county table, or only those behind. */
export default function CompliancePage() {
  const { t } = useI18n();
  const compact = useCompact();
  const [year, setYear] = useState(Number(chinaToday().slice(0, 4)));
  const [quarter, setQuarter] = useState<number | null>(null);
  const [behindOnly, setBehindOnly] = useState(true);
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const variables = useMemo(
    () => ({ year, quarter, behindOnly, ...pageVariables(paging) }),
    [year, quarter, behindOnly, paging],
  );
  const { data, previousData, loading, error, refetch } = useQuery(PartyLifeComplianceDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.partyLifeCompliance;
  const link = (row: BranchComplianceRowFragment) => (
    <Link
      to={`/party-life/compliance/${encodeURIComponent(row.branch.id)}?year=${year}${quarter ? `&quarter=${quarter}` : ''}`}
      style={touchLink}
    >
      {row.branch.name}
    </Link>
  );
  const overdue = (row: BranchComplianceRowFragment) =>
    row.overdueKinds.length ? (
      <Flex gap={4} wrap>
        {row.overdueKinds.map((k) => (
          <Tag key={k} color="error">
            {t(`partyLife.kind.${k}`)}
          </Tag>
        ))}
      </Flex>
    ) : (
      <Tag color="success" style={{ color: ON_TRACK_TEXT }}>
        {t('partyLife.compliance.onTrack')}
      </Tag>
    );
  const held = (row: BranchComplianceRowFragment) => {
    const met = row.kinds.reduce((sum, k) => sum + k.met, 0);
    const required = row.kinds.reduce((sum, k) => sum + k.required, 0);
    return t('partyLife.compliance.heldOfRequired', { met, required });
  };
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPaging((p) => ({ ...p, ...FIRST_PAGE }));
    };
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyLife.compliance.empty')} />
  );

  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('partyLife.compliance.title')} lead={t('partyLife.compliance.lead')} />
      <Card size="small">
        <Flex gap={16} wrap align="center">
          <PeriodChooser
            year={year}
            quarter={quarter}
            onChange={(y, q) => {
              setYear(y);
              reset(setQuarter)(q);
            }}
          />
          <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
            <Switch checked={behindOnly} onChange={reset(setBehindOnly)} />
            <Typography.Text>{t('partyLife.compliance.behindOnly')}</Typography.Text>
          </label>
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
                rowKey={(r) => r.branch.id}
                loading={loading}
                empty={empty}
                label={t('partyLife.compliance.table')}
              >
                {(row) => (
                  <ListCard
                    title={link(row)}
                    facts={[
                      {
                        key: 'parent',
                        label: t('partyLife.compliance.parent'),
                        value: row.branch.parent?.name ?? '—',
                      },
                      { key: 'held', label: t('partyLife.compliance.kinds'), value: held(row) },
                      {
                        key: 'rate',
                        label: t('partyLife.compliance.rate'),
                        value: percent(row.attendanceRate),
                      },
                      {
                        key: 'overdue',
                        label: t('partyLife.compliance.overdue'),
                        value: overdue(row),
                      },
                    ]}
                  />
                )}
              </ListCards>
            ) : (
              <Table<BranchComplianceRowFragment>
                rowKey={(r) => r.branch.id}
                size="middle"
                aria-label={t('partyLife.compliance.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  {
                    key: 'branch',
                    title: t('partyLife.compliance.branch'),
                    render: (_, r) => link(r),
                  },
                  {
                    key: 'parent',
                    title: t('partyLife.compliance.parent'),
                    render: (_, r) => r.branch.parent?.name ?? '',
                  },
                  {
                    key: 'held',
                    title: t('partyLife.compliance.kinds'),
                    render: (_, r) => held(r),
                  },
                  {
                    key: 'rate',
                    title: t('partyLife.compliance.rate'),
                    render: (_, r) => percent(r.attendanceRate),
                  },
                  {
                    key: 'overdue',
                    title: t('partyLife.compliance.overdue'),
                    render: (_, r) => overdue(r),
                  },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('partyLife.compliance.count', { count: connection.totalCount })}
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
    </Flex>
  );
}
