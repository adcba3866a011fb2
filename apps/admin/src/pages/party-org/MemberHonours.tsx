import { Empty, Flex, List, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { MemberHonoursDocument } from './queries';
import { termText } from './party-org-view';
import './locale';
import '../roster/locale';

/** The member page's 荣誉 tab: medals issued (and one due this year), representative roles. */
export function MemberHonours({ memberId }: { memberId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MemberHonoursDocument, {
    variables: { id: memberId },
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node;
  const member = node && 'medalAwards' in node ? node : null;
  if (error && !member) return <PageState error={error} onRetry={() => void refetch()} />;
  if (!member) return loading ? <PageState loading /> : null;
  const issued = new Set(member.medalAwards.map((a) => a.medal));
  const due = member.eligibleMedals.filter((m) => !issued.has(m));
  return (
    <Flex vertical gap={16}>
      <section aria-label={t('honours.member.medals')}>
        <Typography.Title level={5}>{t('honours.member.medals')}</Typography.Title>
        {due.map((medal) => (
          <Tag key={medal} style={{ marginBottom: 8 }}>
            {t('honours.member.eligible', { medal: t(`roster.medal.${medal}`) })}
          </Tag>
        ))}
        {member.medalAwards.length ? (
          <List
            size="small"
            dataSource={member.medalAwards}
            renderItem={(a) => (
              <List.Item>
                <List.Item.Meta
                  title={t(`roster.medal.${a.medal}`)}
                  description={[a.issuedOn, a.ceremony, a.issuedBy].filter(Boolean).join(' · ')}
                />
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('honours.member.noMedals')} />
        )}
      </section>
      <section aria-label={t('honours.member.roles')}>
        <Typography.Title level={5}>{t('honours.member.roles')}</Typography.Title>
        {member.representativeRoles.length ? (
          <List
            size="small"
            dataSource={member.representativeRoles}
            renderItem={(r) => (
              <List.Item>
                <List.Item.Meta
                  title={`${t(`honours.level.${r.level}`)}${t(`honours.kind.${r.kind}`)}`}
                  description={termText(r.termFrom, r.termTo, t('honours.present'))}
                />
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('honours.member.noRoles')} />
        )}
      </section>
    </Flex>
  );
}
