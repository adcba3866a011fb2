import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { ListCard, ListCards, touchLink } from '../../../components/ListCards';
import type { VisitRecordFragment } from '../../../gql/graphql';
import { PhoneLink } from '../../roster/PhoneLink';
import { LateTag, OccasionTag } from '../labels';
import '../../roster/locale';
import './locale';

/** The visits made, as cards on a phone: whom, when, what for, who went, and the phone. */
export function RecordCards({
  visits,
  loading,
  empty,
}: {
  visits: readonly VisitRecordFragment[];
  loading: boolean;
  empty: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ListCards
      items={visits}
      rowKey={(visit) => visit.id}
      loading={loading}
      empty={empty}
      label={t('visitRecords.table')}
    >
      {(visit) => (
        <ListCard
          title={
            visit.member ? (
              <Link to={`/roster/${encodeURIComponent(visit.member.id)}`} style={touchLink}>
                {visit.member.name}
              </Link>
            ) : (
              '—'
            )
          }
          tags={
            <>
              <OccasionTag occasion={visit.occasion} />
              {visit.late && <LateTag />}
            </>
          }
          facts={[
            {
              key: 'branch',
              label: t('visitRecords.column.branch'),
              value: visit.member?.branch.name ?? '—',
            },
            { key: 'date', label: t('visitRecords.column.visitedOn'), value: visit.visitedOn },
            { key: 'visitors', label: t('visitRecords.column.visitors'), value: visit.visitors },
            {
              key: 'phone',
              label: t('roster.field.phone'),
              value: visit.member ? (
                <PhoneLink memberId={visit.member.id} masked={visit.member.phone ?? null} />
              ) : (
                '—'
              ),
            },
          ]}
        />
      )}
    </ListCards>
  );
}
