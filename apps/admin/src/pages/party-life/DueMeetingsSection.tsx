import { Link } from 'react-router';
import { Badge, Card, Col, Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { DueMeetingsDocument } from './queries';
import { dueMeetings } from './party-life-view';
import '../my-tasks/locale';
import './locale';

/** 我的待办's 到期会议 (a column of its grid): the meetings of 三会一课 overdue or due within the month in one's branches. */
export function DueMeetingsSection() {
  const { t } = useI18n();
  const { access } = useViewer();
  const today = chinaToday();
  const { data } = useQuery(DueMeetingsDocument, {
    variables: { year: Number(today.slice(0, 4)) },
    skip: !access.canReadMembers,
    fetchPolicy: 'cache-and-network',
  });
  if (!access.canReadMembers) return null;
  const due = dueMeetings(data?.partyLifeCompliance.nodes ?? [], today);
  const shown = due.slice(0, 10);
  return (
    <Col xs={24} xl={12}>
      <Card
        title={
          <Flex align="center" gap={8}>
            <span>{t('partyLife.due.title')}</span>
            <Badge
              count={due.length}
              showZero
              overflowCount={999}
              color={due.length ? '#c0390d' : '#595959'}
            />
          </Flex>
        }
        extra={
          due.length > 0 ? (
            <Link to="/party-life/compliance" style={touchLink}>
              {t('myTasks.all', { count: due.length })}
            </Link>
          ) : undefined
        }
      >
        <ListCards
          items={shown}
          rowKey={(d) => `${d.branch.id}:${d.kind}`}
          loading={!data}
          label={t('partyLife.due.title')}
          empty={<Typography.Text type="secondary">{t('partyLife.due.none')}</Typography.Text>}
        >
          {(d) => (
            <ListCard
              title={
                <Link
                  to={`/party-life/compliance/${encodeURIComponent(d.branch.id)}`}
                  style={touchLink}
                >
                  {d.branch.name}
                </Link>
              }
              facts={[
                {
                  key: 'kind',
                  label: t(`partyLife.kind.${d.kind}`),
                  value:
                    d.overdue > 0
                      ? t('partyLife.due.overdue', { count: d.overdue })
                      : t('partyLife.due.by', { date: d.dueBy ?? '' }),
                },
              ]}
            />
          )}
        </ListCards>
      </Card>
    </Col>
  );
}
