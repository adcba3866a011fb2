import dayjs from 'dayjs';
import type { TableColumnsType } from 'antd';
import { useI18n } from '../../app/i18n';
import { useWholeList } from '../../components/useWholeList';
import type {
  DecadeBirthdaysQuery,
  MedalMembersQuery,
  PoliticalBirthdaysQuery,
} from '../../gql/graphql';
import {
  DecadeBirthdaysDocument,
  MedalMembersDocument,
  PoliticalBirthdaysDocument,
} from './queries';
import { decadeBirthdayIn } from './calendar-entries';
import { monthParts } from './month-param';
import { PrintableList, useListColumns } from './PrintableList';
import './locale';

type BirthdayRow = DecadeBirthdaysQuery['members']['nodes'][number];
type PoliticalRow = PoliticalBirthdaysQuery['members']['nodes'][number];
type MedalRow = MedalMembersQuery['members']['nodes'][number];

interface ListProps {
  /** `YYYY-MM`. */
  month: string;
  signature: boolean;
}

/** 本月整十生日: who turns 60, 70, 80… in the month, by birthday. */
export function DecadeBirthdayList({ month, signature }: ListProps) {
  const { t } = useI18n();
  const parts = monthParts(month);
  const list = useWholeList({
    query: DecadeBirthdaysDocument,
    variables: (after) => ({ year: parts.year, from: parts.fromDay, to: parts.toDay, after }),
    connection: (data) => data.members,
    key: month,
  });
  const own: TableColumnsType<BirthdayRow> = [
    {
      key: 'birthDate',
      title: t('coverage.lists.col.birthDate'),
      width: 112,
      render: (_, m) => m.birthDate,
    },
    {
      key: 'birthday',
      title: t('coverage.lists.col.birthday'),
      width: 96,
      render: (_, m) =>
        dayjs(decadeBirthdayIn(m.birthDate, parts.year).date).format(t('coverage.lists.dayFormat')),
    },
    {
      key: 'age',
      title: t('coverage.lists.col.turning'),
      width: 80,
      align: 'center',
      render: (_, m) =>
        t('coverage.lists.years', { age: decadeBirthdayIn(m.birthDate, parts.year).age }),
    },
  ];
  return (
    <PrintableList<BirthdayRow>
      title={t('coverage.lists.decade.title', { year: parts.year, month: parts.month })}
      label={t('coverage.lists.decade.tab')}
      columns={useListColumns(own, signature)}
      rows={list.nodes}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      empty={t('coverage.lists.decade.empty')}
    />
  );
}

/** 本月政治生日: who joined the party in the month, and how many years it makes this year. */
export function PoliticalBirthdayList({ month, signature }: ListProps) {
  const { t } = useI18n();
  const parts = monthParts(month);
  const list = useWholeList({
    query: PoliticalBirthdaysDocument,
    variables: (after) => ({ month: parts.month, after }),
    connection: (data) => data.members,
    key: month,
  });
  const own: TableColumnsType<PoliticalRow> = [
    {
      key: 'partyJoinDate',
      title: t('coverage.lists.col.partyJoinDate'),
      width: 112,
      render: (_, m) => m.partyJoinDate ?? '—',
    },
    {
      key: 'partyYears',
      title: t('coverage.lists.col.anniversary'),
      width: 96,
      align: 'center',
      // The years the political birthday of this month completes, the same for the whole month
      // (partyYears counts from today, so it would change halfway through it).
      render: (_, m) =>
        m.partyJoinDate
          ? t('coverage.lists.partyYears', {
              years: parts.year - Number(m.partyJoinDate.slice(0, 4)),
            })
          : '—',
    },
  ];
  return (
    <PrintableList<PoliticalRow>
      title={t('coverage.lists.political.title', { year: parts.year, month: parts.month })}
      label={t('coverage.lists.political.tab')}
      columns={useListColumns(own, signature)}
      rows={list.nodes}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      empty={t('coverage.lists.political.empty')}
    />
  );
}

/** 光荣在党50年: members eligible for the medal this year, longest in the party first. */
export function MedalList({ year, signature }: { year: number; signature: boolean }) {
  const { t } = useI18n();
  const list = useWholeList({
    query: MedalMembersDocument,
    variables: (after) => ({ after }),
    connection: (data) => data.members,
  });
  const own: TableColumnsType<MedalRow> = [
    {
      key: 'birthDate',
      title: t('coverage.lists.col.birthDate'),
      width: 112,
      render: (_, m) => m.birthDate,
    },
    {
      key: 'partyStandingFrom',
      title: t('coverage.lists.col.fullMembershipDate'),
      width: 124,
      // Without a full-membership date on record, 党龄 counts from an estimate: say so.
      render: (_, m) =>
        m.partyStandingEstimated
          ? t('coverage.lists.estimated', { date: m.partyStandingFrom ?? '' })
          : (m.partyStandingFrom ?? '—'),
    },
    {
      key: 'partyYears',
      title: t('coverage.lists.col.partyYears'),
      width: 80,
      align: 'center',
      render: (_, m) =>
        m.partyYears == null ? '—' : t('coverage.lists.partyYears', { years: m.partyYears }),
    },
  ];
  return (
    <PrintableList<MedalRow>
      title={t('coverage.lists.medal.title', { year })}
      label={t('coverage.lists.medal.tab')}
      columns={useListColumns(own, signature)}
      rows={list.nodes}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      empty={t('coverage.lists.medal.empty')}
    />
  );
}
