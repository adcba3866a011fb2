import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Empty, Flex, Switch, Table, Typography } from 'antd';
import { LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { useCompact } from '../../components/useCompact';
import type { AssociationDetailFragment } from '../../gql/graphql';
import { termText } from '../party-org/party-org-view';
import { currentFirst } from './associations-view';
import { JoinAssociationModal } from './JoinAssociationModal';
import { AssociationRoleTag } from './labels';
import { LeaveAssociationModal } from './LeaveAssociationModal';
import './locale';
import '../party-org/locale';

type Membership = AssociationDetailFragment['memberships'][number];

/** An association's members, leaders first; former members on request; join and leave. */
export function AssociationMembers({
  association,
  onChanged,
}: {
  association: AssociationDetailFragment;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const [showFormer, setShowFormer] = useState(false);
  const [joining, setJoining] = useState(false);
  const [leaving, setLeaving] = useState<Membership | null>(null);
  const shown = currentFirst(association.memberships).filter(
    (m) => showFormer || m.leftOn === null,
  );
  const name = (m: Membership) =>
    m.member ? (
      <Link to={`/roster/${encodeURIComponent(m.member.id)}`} style={touchLink}>
        {m.member.name}
      </Link>
    ) : (
      '—'
    );
  const role = (m: Membership) => <AssociationRoleTag role={m.role} />;
  const term = (m: Membership) => termText(m.joinedOn, m.leftOn, t('honours.present'));
  const leave = (m: Membership) =>
    access.canWriteMembers && m.leftOn === null ? (
      <Button
        icon={<LogoutOutlined />}
        aria-label={t('associations.leave.of', { name: m.member?.name ?? '' })}
        onClick={() => setLeaving(m)}
      >
        {t('associations.leave')}
      </Button>
    ) : null;
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('associations.members.empty')} />
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="center" gap={8}>
          <Switch
            checked={showFormer}
            onChange={setShowFormer}
            aria-label={t('associations.members.showFormer')}
          />
          <Typography.Text>{t('associations.members.showFormer')}</Typography.Text>
        </Flex>
        {access.canWriteMembers && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setJoining(true)}>
            {t('associations.join')}
          </Button>
        )}
      </Flex>
      {compact ? (
        <ListCards
          items={shown}
          rowKey={(m) => m.id}
          loading={false}
          empty={empty}
          label={t('associations.members.table')}
        >
          {(m) => (
            <ListCard
              title={name(m)}
              tags={role(m)}
              facts={[
                {
                  key: 'branch',
                  label: t('associations.field.branch'),
                  value: m.member?.branch.name ?? '—',
                },
                { key: 'term', label: t('associations.field.term'), value: term(m) },
              ]}
              actions={leave(m)}
            />
          )}
        </ListCards>
      ) : (
        <Table<Membership>
          rowKey="id"
          size="middle"
          aria-label={t('associations.members.table')}
          dataSource={shown}
          pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: empty }}
          columns={[
            { key: 'name', title: t('associations.field.member'), render: (_, m) => name(m) },
            { key: 'role', title: t('associations.field.role'), render: (_, m) => role(m) },
            {
              key: 'branch',
              title: t('associations.field.branch'),
              render: (_, m) => m.member?.branch.name ?? '—',
            },
            { key: 'term', title: t('associations.field.term'), render: (_, m) => term(m) },
            ...(access.canWriteMembers
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 120,
                    render: (_: unknown, m: Membership) => leave(m),
                  },
                ]
              : []),
          ]}
        />
      )}
      {joining && (
        <JoinAssociationModal
          association={association}
          onClose={() => setJoining(false)}
          onSaved={onChanged}
        />
      )}
      {leaving && (
        <LeaveAssociationModal
          membership={leaving}
          onClose={() => setLeaving(null)}
          onSaved={onChanged}
        />
      )}
    </Flex>
  );
}
