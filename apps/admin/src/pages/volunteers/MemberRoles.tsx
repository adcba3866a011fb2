import { useState } from 'react';
import { Button, Empty, Flex, List, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import type { MemberRolesQuery } from '../../gql/graphql';
import { MemberAssociations } from '../associations/MemberAssociations';
import { ON_TRACK_TEXT } from '../party-life/status-colors';
import { termText } from '../party-org/party-org-view';
import { AddMemberRoleModal } from './AddMemberRoleModal';
import { EndMemberRoleModal } from './EndMemberRoleModal';
import { MemberRolesDocument } from './queries';
import '../party-org/locale';
import './locale';

export type MemberRole = Extract<
  MemberRolesQuery['node'],
  { __typename: 'Member' }
>['roles'][number];

/**
 * The member page's 社会任职 tab: the member's community and advisory roles, held first (added
 * and ended by those who may write), and the associations they are or were in.
 */
export function MemberRoles({ member }: { member: { id: string; name: string } }) {
  const { t } = useI18n();
  const { access } = useViewer();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<MemberRole | null>(null);
  const { data, loading, error, refetch } = useQuery(MemberRolesDocument, {
    variables: { id: member.id },
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node;
  const roles = node?.__typename === 'Member' ? node.roles : null;
  const name = (r: MemberRole) =>
    r.title
      ? t('volunteers.roles.named', { kind: t(`volunteers.roleKind.${r.kind}`), title: r.title })
      : t(`volunteers.roleKind.${r.kind}`);
  return (
    <Flex vertical gap={24}>
      <section aria-label={t('volunteers.roles.title')}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('volunteers.roles.title')}
          </Typography.Title>
          {access.canWriteMembers && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('volunteers.roles.add')}
            </Button>
          )}
        </Flex>
        {error && !roles ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <List
            size="small"
            loading={loading && !roles}
            dataSource={roles ?? []}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('volunteers.roles.empty')}
                />
              ),
            }}
            renderItem={(r) => (
              <List.Item
                actions={
                  access.canWriteMembers && r.endedOn === null
                    ? [
                        <Button
                          key="end"
                          aria-label={t('volunteers.roles.endOf', { role: name(r) })}
                          onClick={() => setEnding(r)}
                        >
                          {t('volunteers.roles.end')}
                        </Button>,
                      ]
                    : undefined
                }
              >
                <List.Item.Meta
                  title={
                    <>
                      {name(r)}{' '}
                      {r.endedOn === null ? (
                        <Tag color="success" style={{ color: ON_TRACK_TEXT }}>
                          {t('volunteers.roles.held')}
                        </Tag>
                      ) : (
                        <Tag>{t('volunteers.roles.past')}</Tag>
                      )}
                    </>
                  }
                  description={[
                    r.studio?.name ?? r.organisation,
                    termText(r.startedOn, r.endedOn, t('honours.present')),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </List.Item>
            )}
          />
        )}
      </section>
      <MemberAssociations memberId={member.id} />
      {adding && (
        <AddMemberRoleModal
          member={member}
          onClose={() => setAdding(false)}
          onSaved={() => void refetch()}
        />
      )}
      {ending && (
        <EndMemberRoleModal
          role={ending}
          roleName={name(ending)}
          onClose={() => setEnding(null)}
          onSaved={() => void refetch()}
        />
      )}
    </Flex>
  );
}
