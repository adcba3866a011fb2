import { Link, useParams, useSearchParams } from 'react-router';
import { Card, Flex, Statistic, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { BranchComplianceDocument } from './queries';
import { KindTable } from './KindTable';
import { PeriodChooser } from './CompliancePage';
import { percent } from './party-life-view';
import './locale';

/** One branch's 三会一课 in a year or quarter: per kind, and its attendance. */
export default function BranchCompliancePage() {
  const { t } = useI18n();
  const { branchId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || Number(chinaToday().slice(0, 4));
  const quarter = Number(params.get('quarter')) || null;
  const { data, loading, error, refetch } = useQuery(BranchComplianceDocument, {
    variables: { branchId, year, quarter },
    fetchPolicy: 'cache-and-network',
  });
  const compliance = data?.branchCompliance;
  if (!compliance)
    return <PageState loading={loading} error={error} onRetry={() => void refetch()} />;
  return (
    <Flex vertical gap={16}>
      <PageTitle
        title={t('partyLife.compliance.detail', { branch: compliance.branch.name })}
        lead={compliance.branch.parent?.name}
      />
      <Card size="small">
        <Flex gap={16} wrap align="center" justify="space-between">
          <PeriodChooser
            year={year}
            quarter={quarter}
            onChange={(y, q) =>
              setParams({ year: String(y), ...(q ? { quarter: String(q) } : {}) })
            }
          />
          <Link to={`/party-life?branch=${encodeURIComponent(branchId)}`}>
            {t('partyLife.compliance.activities')}
          </Link>
        </Flex>
      </Card>
      <Flex gap={16} wrap>
        <Card size="small">
          <Statistic
            title={t('partyLife.compliance.rate')}
            value={percent(compliance.attendanceRate)}
          />
        </Card>
        <Card size="small">
          <Statistic
            title={t('partyLife.compliance.overdue')}
            value={compliance.overdueKinds.length}
          />
          <Typography.Text type="secondary">
            {compliance.overdueKinds.map((k) => t(`partyLife.kind.${k}`)).join('、') ||
              t('partyLife.compliance.onTrack')}
          </Typography.Text>
        </Card>
      </Flex>
      <Card>
        <KindTable kinds={compliance.kinds} />
      </Card>
    </Flex>
  );
}
