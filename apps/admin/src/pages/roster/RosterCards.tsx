import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { RetirementTag, StatusTag } from './labels';
import { PhoneLink } from './PhoneLink';
import type { RosterRow } from './roster-columns';
import type { ReactNode } from 'react';
import './locale';

/** The roster on a phone: a card per member with name, branch, age and phone. */
export function RosterCards({
  members,
  loading,
  empty,
}: {
  members: readonly RosterRow[];
  loading: boolean;
  empty: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ListCards
      items={members}
      rowKey={(m) => m.id}
      loading={loading}
      empty={empty}
      label={t('roster.list.title')}
    >
      {(member) => (
        <ListCard
          title={
            <Link to={`/roster/${encodeURIComponent(member.id)}`} style={touchLink}>
              {member.name}
            </Link>
          }
          tags={
            <>
              {member.status !== 'ACTIVE' && <StatusTag status={member.status} />}
              <RetirementTag type={member.retirementType} />
            </>
          }
          facts={[
            { key: 'branch', label: t('roster.field.branch'), value: member.branch.name },
            {
              key: 'age',
              label: t('roster.field.age'),
              value: `${member.age} ${t('roster.list.ageUnit')}`,
            },
            {
              key: 'phone',
              label: t('roster.field.phone'),
              value: <PhoneLink memberId={member.id} masked={member.phone ?? null} />,
            },
          ]}
        />
      )}
    </ListCards>
  );
}
