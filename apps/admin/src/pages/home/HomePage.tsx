import { Link } from 'react-router';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';

const HomeFiguresDocument = graphql(`
  query HomeFigures($birthdayFrom: MonthDay!, $birthdayTo: MonthDay!) {
    members(filter: { status: [ACTIVE] }) {
      totalCount
    }
    lixiu: members(filter: { status: [ACTIVE], retirementType: LIXIU }) {
      totalCount
    }
    medal: members(filter: { eligibleForMedal: PARTY_50_YEARS }) {
      totalCount
    }
    birthdays: members(
      filter: { status: [ACTIVE], birthdayFrom: $birthdayFrom, birthdayTo: $birthdayTo }
    ) {
      totalCount
    }
    branches {
      totalCount
    }
  }
`);

/** The first screen: who is signed in, and the roster's key figures, each a link to its list. */
export default function HomePage() {
  const { t, locale } = useI18n();
  const { viewer, access } = useViewer();
  const today = dayjs();
  const { data, loading, error, refetch } = useQuery(HomeFiguresDocument, {
    variables: {
      birthdayFrom: today.startOf('month').format('MM-DD'),
      birthdayTo: today.endOf('month').format('MM-DD'),
    },
    skip: !access.canReadMembers,
  });
  const figures = data && [
    { label: t('home.members'), value: data.members.totalCount, to: '/roster?status=ACTIVE' },
    { label: t('home.branches'), value: data.branches.totalCount, to: '/branches' },
    {
      label: t('home.lixiu'),
      value: data.lixiu.totalCount,
      to: '/roster?status=ACTIVE&retirementType=LIXIU',
    },
    { label: t('home.medal'), value: data.medal.totalCount, to: '/roster?medal=1' },
    {
      label: t('home.birthdays'),
      value: data.birthdays.totalCount,
      to: '/roster?status=ACTIVE&birthdays=month',
    },
  ];
  return (
    <>
      <Typography.Title level={3}>
        {t('home.welcome', { name: viewer.user?.displayName ?? '' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.lead', { date: today.toDate().toLocaleDateString(locale, { dateStyle: 'full' }) })}
      </Typography.Paragraph>
      {figures ? (
        <Row gutter={[16, 16]}>
          {figures.map((f) => (
            <Col key={f.label} xs={24} sm={12} lg={8} xl={4}>
              <Link to={f.to} style={{ display: 'block', height: '100%' }}>
                <Card hoverable style={{ height: '100%' }}>
                  <Statistic title={f.label} value={f.value} />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      ) : (
        <PageState loading={loading} error={error} onRetry={() => void refetch()} />
      )}
    </>
  );
}
