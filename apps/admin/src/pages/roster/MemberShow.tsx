import { useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, Card, Col, Flex, Row, Statistic, Tabs, Tag, Typography } from 'antd';
import { AlertOutlined, ArrowLeftOutlined, EditOutlined, TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { useCommittedValue } from '../../components/useCommittedValue';
import type { MemberDetailFragment } from '../../gql/graphql';
import { BranchHistory } from './BranchHistory';
import { MemberNotFound, isNotFound } from './MemberNotFound';
import { MemberProfile } from './MemberProfile';
import { RetirementTag, StatusTag } from './labels';
import { usePersonalDataReveal } from './personal-data';
import { MemberDetailDocument } from './queries';
import { MemberVisits } from '../visits/MemberVisits';
import { ReportLifeEventModal } from '../visits/ReportLifeEventModal';
import { MemberPayments } from '../funding/MemberPayments';
import { MemberHonours } from '../party-org/MemberHonours';
import { MemberActivities } from '../party-life/MemberActivities';
import { MemberLifeActions } from './life/MemberLifeActions';
import { useCompact } from '../../components/useCompact';
import { BereavementNotice } from './life/BereavementNotice';
import type { BereavementTask } from './life/RecordDeathModal';
import { chinaDateTime } from '@wanxia/schema';
import { MemberEducation } from '../education/MemberEducation';
import { MemberRoles } from '../volunteers/MemberRoles';
import '../party-life/locale';
import '../party-org/locale';
import './life/locale';
import './locale';
import '../visits/locale';
import '../volunteers/locale';

/** Who this is at a glance: name, status, branch, and what can be done. */
function MemberHeader({
  member,
  onReport,
  onDeathRecorded,
}: {
  member: MemberDetailFragment;
  onReport: () => void;
  onDeathRecorded: (task: BereavementTask | null) => void;
}) {
  const { t } = useI18n();
  const { access } = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const path = [...member.branch.ancestors.map((a) => a.name), member.branch.name].join(' / ');
  return (
    <Flex justify="space-between" align="start" wrap gap={16}>
      <Flex vertical gap={6}>
        <Flex align="center" gap={10} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {member.name}
          </Typography.Title>
          <StatusTag status={member.status} />
          <RetirementTag type={member.retirementType} />
          {member.partyMember && <Tag color="red">{t('roster.show.partyMember')}</Tag>}
          {member.eligibleMedals.includes('PARTY_50_YEARS') && (
            <Tag color="gold" icon={<TrophyOutlined />}>
              {t('roster.medal.PARTY_50_YEARS')}
            </Tag>
          )}
        </Flex>
        <Typography.Text type="secondary">{path}</Typography.Text>
        {member.deathDate && (
          <Typography.Text type="secondary">
            {t('roster.show.deceased', { date: member.deathDate })}
            {member.deathCause && ` · ${t('life.cause', { cause: member.deathCause })}`}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('roster.show.updated', {
            time: chinaDateTime(member.updatedAt),
            version: member.version,
          })}
        </Typography.Text>
      </Flex>
      <Flex gap={8} wrap>
        {/* Back to the list as it was (filters, page) when the person came from it. */}
        <Button
          icon={<ArrowLeftOutlined />}
          onClick={() => (location.key === 'default' ? navigate('/roster') : navigate(-1))}
        >
          {t('roster.show.backToList')}
        </Button>
        {access.canWriteVisits && member.status === 'ACTIVE' && (
          <Button icon={<AlertOutlined />} onClick={onReport}>
            {t('visits.action.report')}
          </Button>
        )}
        <MemberLifeActions member={member} onDeathRecorded={onDeathRecorded} />
        {access.canWriteMembers && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => navigate(`/roster/${encodeURIComponent(member.id)}/edit`)}
          >
            {t('roster.show.edit')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

/** The figures the bureau plans around: age, party years and the birthdays to come. */
function MemberFigures({ member }: { member: MemberDetailFragment }) {
  const { t } = useI18n();
  const birthday = (b: MemberDetailFragment['nextBirthday']) =>
    b ? t('roster.value.birthday', { date: b.date, age: b.age }) : '—';
  const figures = [
    {
      key: 'age',
      title: t('roster.field.age'),
      value: member.age,
      suffix: t('roster.list.ageUnit'),
    },
    {
      key: 'partyYears',
      title: t('roster.field.partyYears'),
      value: member.partyYears ?? '—',
      suffix: member.partyYears === null ? undefined : t('roster.list.yearsUnit'),
    },
    {
      key: 'nextBirthday',
      title: t('roster.field.nextBirthday'),
      value: birthday(member.nextBirthday),
    },
    {
      key: 'nextDecadeBirthday',
      title: t('roster.field.nextDecadeBirthday'),
      value: birthday(member.nextDecadeBirthday),
    },
    {
      key: 'medals',
      title: t('roster.field.medals'),
      value: member.eligibleMedals.length
        ? member.eligibleMedals.map((m) => t(`roster.medal.${m}`)).join('、')
        : t('roster.show.medalNone'),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col key={f.key} xs={12} md={8} xl={f.key.startsWith('next') ? 6 : 4}>
          <Statistic
            title={f.title}
            value={f.value}
            suffix={f.suffix}
            styles={{ content: { fontSize: typeof f.value === 'number' ? 24 : 16 } }}
          />
        </Col>
      ))}
    </Row>
  );
}

/** The member page: the record, derived figures, branch history, and tabs for what comes next. */
export default function MemberShow() {
  const { t } = useI18n();
  const { access } = useViewer();
  const id = useCommittedValue(useParams().id ?? '');
  const { data, loading, error, refetch } = useQuery(MemberDetailDocument, { variables: { id } });
  const personal = usePersonalDataReveal(id);
  const [reporting, setReporting] = useState(false);
  const [bereavement, setBereavement] = useState<BereavementTask | null>(null);
  const compact = useCompact();
  // The open tab is in the address (`?tab=visits`): a reload or a shared link opens it again.
  const [params, setParams] = useSearchParams();

  if (!data) {
    if (isNotFound(error)) return <MemberNotFound />;
    return <PageState loading={loading} error={error} onRetry={() => void refetch()} />;
  }
  const member = data.node?.__typename === 'Member' ? data.node : null;
  if (!member) return <MemberNotFound />;
  const tabs = [
    'basic',
    'history',
    ...(access.canReadVisits ? ['visits'] : []),
    ...(access.canReadFunding ? ['funding'] : []),
    'activities',
    'honours',
    'roles',
  ];
  const tab = tabs.find((key) => key === params.get('tab')) ?? 'basic';

  return (
    <Flex vertical gap={16}>
      {bereavement && (
        <BereavementNotice
          task={bereavement}
          memberName={member.name}
          onClose={() => setBereavement(null)}
        />
      )}
      <Card>
        <Flex vertical gap={20}>
          <MemberHeader
            member={member}
            onReport={() => setReporting(true)}
            onDeathRecorded={setBereavement}
          />
          <MemberFigures member={member} />
        </Flex>
      </Card>
      {/* On a phone the seven tabs fit the width only with short names and less padding (no overflow menu). */}
      <Card styles={compact ? { body: { padding: 12 } } : undefined}>
        <Tabs
          tabBarGutter={compact ? 14 : undefined}
          activeKey={tab}
          onChange={(tab) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                if (tab === 'basic') next.delete('tab');
                else next.set('tab', tab);
                return next;
              },
              { replace: true },
            )
          }
          items={[
            {
              key: 'basic',
              label: t(compact ? 'roster.show.tabShort.basic' : 'roster.show.tab.basic'),
              children: (
                <MemberProfile
                  member={member}
                  personal={personal.shown}
                  canReveal={access.canReadPersonalData}
                  revealing={personal.loading}
                  revealError={personal.error?.message ?? null}
                  onReveal={() => void personal.reveal()}
                  onHide={personal.hide}
                />
              ),
            },
            {
              key: 'history',
              label: t(compact ? 'roster.show.tabShort.history' : 'roster.show.tab.history'),
              children: <BranchHistory history={member.branchHistory} />,
            },
            ...(access.canReadVisits
              ? [
                  {
                    key: 'visits',
                    label: t(compact ? 'roster.show.tabShort.visits' : 'roster.show.tab.visits'),
                    children: <MemberVisits member={member} onReport={() => setReporting(true)} />,
                  },
                ]
              : []),
            ...(access.canReadFunding
              ? [
                  {
                    key: 'funding',
                    label: t(compact ? 'roster.show.tabShort.funding' : 'roster.show.tab.funding'),
                    children: <MemberPayments memberId={member.id} />,
                  },
                ]
              : []),
            {
              key: 'activities',
              label: t('partyLife.member.tab'),
              children: <MemberActivities memberId={member.id} />,
            },
            {
              key: 'honours',
              label: t('honours.member.tab'),
              children: <MemberHonours memberId={member.id} />,
            },
            {
              key: 'roles',
              label: t(compact ? 'volunteers.roles.tabShort' : 'volunteers.roles.tab'),
              children: <MemberRoles member={member} />,
            },
          ]}
        />
      </Card>
      <MemberEducation memberId={member.id} />
      {reporting && <ReportLifeEventModal member={member} onClose={() => setReporting(false)} />}
    </Flex>
  );
}
