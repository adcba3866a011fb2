import { useState } from 'react';
import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { chinaDateTime } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { useCompact } from '../../components/useCompact';
import type { SignupWindowRowFragment } from '../../gql/graphql';
import { timeRange } from '../party-life/party-life-view';
import { SignupDetailModal } from './SignupDetailModal';
import { OpenSignupsDocument } from './queries';
import { signupTitle } from './signup-view';
import './locale';

/** 网络报名: the activities and courses open for sign-up, the nearest deadline first. */
export default function SignupPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const [chosen, setChosen] = useState<SignupWindowRowFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(OpenSignupsDocument, {
    variables: { first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.openSignups.nodes ?? [];

  const keyOf = (w: SignupWindowRowFragment) => w.activityId ?? w.courseId!;
  const title = (w: SignupWindowRowFragment) => (
    <a
      href={`#${keyOf(w)}`}
      style={touchLink}
      onClick={(e) => {
        e.preventDefault();
        setChosen(w);
      }}
    >
      {signupTitle(w)}
    </a>
  );
  const kind = (w: SignupWindowRowFragment) => (
    <Tag color={w.activityId ? 'blue' : 'purple'}>
      {w.activityId ? t('signup.kind.activity') : t('signup.kind.course')}
    </Tag>
  );
  const when = (w: SignupWindowRowFragment) =>
    w.startsAt && w.endsAt
      ? `${timeRange(w.startsAt, w.endsAt)}${w.place ? ` · ${w.place}` : ''}`
      : `${w.course?.termStartsOn ?? ''} – ${w.course?.termEndsOn ?? ''}`;
  const places = (w: SignupWindowRowFragment) => (
    <Flex gap={4} wrap>
      <span>{t('signup.placesLine', { left: w.placesLeft, capacity: w.capacity })}</span>
      {w.placesLeft === 0 && <Tag color="red">{t('signup.full')}</Tag>}
      {w.waiting > 0 && <Tag color="orange">{t('signup.waitingLine', { waiting: w.waiting })}</Tag>}
    </Flex>
  );
  const deadline = (w: SignupWindowRowFragment) => chinaDateTime(w.closesAt);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('signup.empty')} />;

  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('signup.title')} lead={t('signup.lead')} />
      <Card>
        {error && !data ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <Flex vertical gap={12}>
            {compact ? (
              <ListCards
                items={rows}
                rowKey={keyOf}
                loading={loading}
                empty={empty}
                label={t('signup.table')}
              >
                {(w) => (
                  <ListCard
                    title={title(w)}
                    tags={kind(w)}
                    facts={[
                      { key: 'when', label: t('signup.when'), value: when(w) },
                      { key: 'deadline', label: t('signup.deadline'), value: deadline(w) },
                      { key: 'places', label: t('signup.places'), value: places(w) },
                    ]}
                  />
                )}
              </ListCards>
            ) : (
              <Table<SignupWindowRowFragment>
                rowKey={keyOf}
                size="middle"
                aria-label={t('signup.table')}
                dataSource={rows}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  { key: 'what', title: t('signup.what'), render: (_, w) => title(w) },
                  { key: 'kind', title: t('signup.kind'), width: 90, render: (_, w) => kind(w) },
                  { key: 'when', title: t('signup.when'), render: (_, w) => when(w) },
                  { key: 'deadline', title: t('signup.deadline'), render: (_, w) => deadline(w) },
                  { key: 'places', title: t('signup.places'), render: (_, w) => places(w) },
                ]}
              />
            )}
            {data && (
              <Typography.Text type="secondary">
                {t('signup.count', { count: data.openSignups.totalCount })}
              </Typography.Text>
            )}
          </Flex>
        )}
      </Card>
      {chosen && (
        <SignupDetailModal
          entry={chosen}
          onClose={() => setChosen(null)}
          onChanged={() => void refetch()}
        />
      )}
    </Flex>
  );
}
