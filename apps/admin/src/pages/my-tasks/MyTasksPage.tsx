import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge, Card, Col, Flex, Row, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { chinaToday } from '@wanxia/schema';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import type { MyTasksQuery, VisitTaskRowFragment } from '../../gql/graphql';
import { formatFen } from '@wanxia/schema';
import { PhoneLink } from '../roster/PhoneLink';
import { TaskCards } from '../visits/TaskCards';
import { WaiveTaskModal } from '../visits/WaiveTaskModal';
import { RecordVisitModal, type RecordTarget } from '../visits/RecordVisitModal';
import { approvable, myTasksFilters } from './my-tasks-view';
import { MyTasksDocument } from './queries';
import { CampaignTasksSection } from '../campaigns/CampaignTasksSection';
import { DueMeetingsSection } from '../party-life/DueMeetingsSection';
import './locale';
import '../roster/locale';

type Person = MyTasksQuery['decade']['nodes'][number];

const memberLink = (member: { id: string; name: string }) => (
  <Link to={`/roster/${encodeURIComponent(member.id)}`} style={touchLink}>
    {member.name}
  </Link>
);

/** A section of the page: its title and count, a few records, and the way to the whole list. */
function Section({
  title,
  count,
  more,
  children,
}: {
  title: string;
  count: number;
  more: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Card
      title={
        <Flex align="center" gap={8}>
          <span>{title}</span>
          <Badge count={count} showZero overflowCount={999} color={count ? '#c0390d' : '#595959'} />
        </Flex>
      }
      extra={
        count > 0 ? (
          <Link to={more} style={touchLink}>
            {t('myTasks.all', { count })}
          </Link>
        ) : undefined
      }
    >
      {children}
    </Card>
  );
}

/**
 * 我的待办: a secretary's day on one page — the visits overdue and due this week in their
 * branches, this month's decade and political birthdays, and the payments they may approve.
 */
export default function MyTasksPage() {
  const { t } = useI18n();
  const { viewer, access } = useViewer();
  const today = chinaToday();
  const withPayments = access.canWriteFunding;
  const { data, loading, error, refetch } = useQuery(MyTasksDocument, {
    variables: { ...myTasksFilters(today), withPayments },
    fetchPolicy: 'cache-and-network',
  });
  const [recording, setRecording] = useState<RecordTarget | null>(null);
  const [waiving, setWaiving] = useState<VisitTaskRowFragment | null>(null);

  if (!data) return <PageState loading={loading} error={error} onRetry={() => void refetch()} />;

  const taskCards = (tasks: readonly VisitTaskRowFragment[]) => (
    <TaskCards
      tasks={tasks}
      loading={false}
      empty={<Typography.Text type="secondary">{t('myTasks.none')}</Typography.Text>}
      actions={
        access.canWriteVisits
          ? {
              onRecord: (task) =>
                setRecording({ member: task.member!, occasion: task.occasion, task }),
              onWaive: setWaiving,
            }
          : null
      }
    />
  );

  const personCards = <P extends Person>(
    people: readonly P[],
    label: string,
    line: (p: P) => string,
  ) => (
    <ListCards
      items={people}
      rowKey={(p) => p.id}
      loading={false}
      label={t('roster.list.title')}
      empty={<Typography.Text type="secondary">{t('myTasks.none')}</Typography.Text>}
    >
      {(person) => (
        <ListCard
          title={memberLink(person)}
          facts={[
            { key: 'branch', label: t('roster.field.branch'), value: person.branch.name },
            { key: 'when', label, value: line(person) },
            {
              key: 'phone',
              label: t('roster.field.phone'),
              value: <PhoneLink memberId={person.id} masked={person.phone ?? null} />,
            },
          ]}
        />
      )}
    </ListCards>
  );

  const drafts = data.payments
    ? approvable(
        data.payments.nodes,
        viewer.user?.displayName ?? '',
        data.fundingSettings?.allowSelfApproval ?? false,
      )
    : [];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('myTasks.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('myTasks.lead', { today })}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <CampaignTasksSection />
        <Col xs={24} xl={12}>
          <Section
            title={t('myTasks.overdue')}
            count={data.overdue.totalCount}
            more="/visits?section=overdue"
          >
            {taskCards(data.overdue.nodes)}
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section
            title={t('myTasks.week')}
            count={data.week.totalCount}
            more="/visits?section=week"
          >
            {taskCards(data.week.nodes)}
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section
            title={t('myTasks.decade')}
            count={data.decade.totalCount}
            more="/visits/lists?list=decade"
          >
            {personCards(data.decade.nodes, t('myTasks.birthday'), (p) =>
              p.nextBirthday
                ? t('myTasks.turning', { date: p.nextBirthday.date, age: p.nextBirthday.age })
                : p.birthDate,
            )}
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section
            title={t('myTasks.political')}
            count={data.political.totalCount}
            more="/visits/lists?list=political"
          >
            {personCards(data.political.nodes, t('myTasks.partyJoinDate'), (p) =>
              t('myTasks.joined', { date: p.partyJoinDate ?? '—' }),
            )}
          </Section>
        </Col>
        <DueMeetingsSection />
        {data.payments && (
          <Col xs={24} xl={12}>
            <Section
              title={t('myTasks.payments')}
              count={drafts.length}
              more="/funding/disbursements?status=DRAFT"
            >
              <ListCards
                items={drafts}
                rowKey={(d) => d.id}
                loading={false}
                label={t('myTasks.payments')}
                empty={<Typography.Text type="secondary">{t('myTasks.none')}</Typography.Text>}
              >
                {(d) => (
                  <ListCard
                    title={d.purpose}
                    facts={[
                      { key: 'payee', label: t('myTasks.payee'), value: d.payeeName },
                      { key: 'amount', label: t('myTasks.amount'), value: formatFen(d.amountFen) },
                      { key: 'by', label: t('myTasks.createdBy'), value: d.createdBy },
                    ]}
                  />
                )}
              </ListCards>
            </Section>
          </Col>
        )}
      </Row>
      {waiving && (
        <WaiveTaskModal
          task={waiving}
          onClose={() => {
            setWaiving(null);
            void refetch();
          }}
        />
      )}
      {recording && (
        <RecordVisitModal
          target={recording}
          onClose={() => {
            setRecording(null);
            void refetch();
          }}
        />
      )}
    </Flex>
  );
}
