import { Link } from 'react-router';
import { Empty, List, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { termText } from '../party-org/party-org-view';
import { currentFirst } from './associations-view';
import { AssociationRoleTag } from './labels';
import { MemberAssociationsDocument } from './queries';
import './locale';
import '../party-org/locale';

/** The associations a member is or was in, with the role and the time (the 社会任职 tab). */
export function MemberAssociations({ memberId }: { memberId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MemberAssociationsDocument, {
    variables: { id: memberId },
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node;
  const member = node?.__typename === 'Member' ? node : null;
  return (
    <section aria-label={t('associations.member.title')}>
      <Typography.Title level={5}>{t('associations.member.title')}</Typography.Title>
      {error && !member ? (
        <PageState error={error} onRetry={() => void refetch()} />
      ) : (
        <List
          size="small"
          loading={loading && !member}
          dataSource={member ? currentFirst(member.associations) : []}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('associations.member.empty')}
              />
            ),
          }}
          renderItem={(m) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <>
                    {m.association ? (
                      <Link to={`/associations/${encodeURIComponent(m.association.id)}`}>
                        {m.association.name}
                      </Link>
                    ) : (
                      '—'
                    )}{' '}
                    <AssociationRoleTag role={m.role} />
                    {m.leftOn && <Tag>{t('associations.member.left')}</Tag>}
                  </>
                }
                description={termText(m.joinedOn, m.leftOn, t('honours.present'))}
              />
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
