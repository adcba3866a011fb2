import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Flex, Result, Select, Typography } from 'antd';
import { LockOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { BureauPicker } from '../../components/BureauPicker';
import { PageState } from '../../components/PageState';
import { useUrlState } from '../../components/useUrlState';
import { bureauCodec, useBureauScope } from '../../components/useBureauScope';
import { reportLink } from '../home/dashboard-links';
import { chinaToday } from '@wanxia/schema';
import printStyles from '../../components/print.module.css';
import { CountyStatsDocument } from './queries';
import { YearTables } from './YearTables';
import { formatChinaDateTime, statsYears } from './stats';
import { MembersSection, OrganisationSection } from './ReportRoster';
import { FundingSection, VisitsSection } from './ReportActivity';
import { DownloadWorkbookButton } from './DownloadWorkbookButton';
import { FreezeModal } from './FreezeModal';
import styles from './report.module.css';
import './locale';

/** The year in the address (this year at `/reports`), if the report can be drawn up for it. */
function reportYear(param: string | undefined, thisYear: number): number | null {
  if (param === undefined) return thisYear;
  if (!/^\d{4}$/.test(param)) return null;
  const year = Number(param);
  return year >= 2000 && year <= thisYear ? year : null;
}

/**
 * 年度报告: a year's figures as the document the bureau submits — organisation, members,
 * visits, money — to print on A4 or download as a workbook; an administrator freezes a
 * county's once submitted, so that later edits no longer change it. Those who reach more than
 * one county pick the bureau (`?bureau=`): a city's figures are its counties' added up.
 */
export default function ReportPage() {
  const { t, locale } = useI18n();
  const { viewer, access } = useViewer();
  const navigate = useNavigate();
  const today = chinaToday();
  const thisYear = Number(today.slice(0, 4));
  const year = reportYear(useParams().year, thisYear);
  const [freezing, setFreezing] = useState(false);
  const [bureauId, setBureauId] = useUrlState(bureauCodec);
  const { bureau, ready } = useBureauScope(bureauId, () => setBureauId(null, { replace: true }));
  const { data, previousData, loading, error, refetch } = useQuery(CountyStatsDocument, {
    variables: {
      year: year ?? thisYear,
      withVisits: access.canReadVisits,
      withFunding: access.canReadFunding,
      // Left out, not null, for the viewer's whole reach.
      bureauId: bureauId ?? undefined,
    },
    skip: year === null || !ready,
  });

  if (year === null) {
    return (
      <Card>
        <Result
          status="404"
          title={t('report.notAYear')}
          extra={
            <Button type="primary" onClick={() => void navigate(`/reports/${thisYear}`)}>
              {t('report.yearOption', { year: thisYear })}
            </Button>
          }
        />
      </Card>
    );
  }

  const stats = (data ?? previousData)?.countyStats;
  // A year is frozen county by county: not a city or the province picked (without a pick, the
  // server takes the one county in reach, or asks which).
  const freezes = !bureau || bureau.level === 'COUNTY';
  const scope = viewer.branch?.name ?? bureau?.name;
  const shown = stats?.year === year ? stats : undefined;
  const date = (value: string) => dayjs(value).format(t('report.dateFormat'));

  return (
    <Flex vertical gap={16}>
      <Flex className={printStyles.noPrint} justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('report.menu')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Select<number>
            aria-label={t('report.year')}
            value={year}
            onChange={(next) => void navigate(reportLink(next, bureauId))}
            options={statsYears(thisYear).map((value) => ({
              value,
              label: t('report.yearOption', { year: value }),
            }))}
            style={{ width: 112 }}
          />
          <BureauPicker value={bureauId} onChange={(next) => setBureauId(next)} />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!shown}>
            {t('report.print')}
          </Button>
          <DownloadWorkbookButton year={year} bureauId={bureauId} />
          <DownloadWorkbookButton year={year} format="docx" bureauId={bureauId} />
          {access.canAdmin && freezes && shown && !shown.frozenAt && (
            <Button danger icon={<LockOutlined />} onClick={() => setFreezing(true)}>
              {t('report.freeze')}
            </Button>
          )}
        </Flex>
      </Flex>

      {!shown ? (
        <Card>
          <PageState loading={loading} error={error} onRetry={() => void refetch()} />
        </Card>
      ) : (
        <Card className={printStyles.sheet}>
          <header className={printStyles.heading}>
            <Typography.Text className={printStyles.bureau}>
              {viewer.bureau
                ? t('layout.bureau', { name: viewer.bureau.name })
                : t('layout.provinceBureau')}
            </Typography.Text>
            <Typography.Title level={3} className={printStyles.title} style={{ fontSize: 26 }}>
              {t('report.title', {
                year,
                scope: bureau?.name ?? viewer.bureau?.name ?? t('layout.province'),
              })}
            </Typography.Title>
            <div className={printStyles.meta}>
              <span>
                {t('report.asOf', { date: date(shown.asOf) })}
                {scope && ` · ${t('report.scope', { scope })}`}
              </span>
              <span>{t('report.drawnUp', { date: date(today) })}</span>
            </div>
          </header>
          {shown.frozenAt ? (
            <Alert
              className={styles.frozen}
              type="info"
              showIcon
              icon={<LockOutlined />}
              title={t('report.frozen', {
                at: formatChinaDateTime(shown.frozenAt, locale),
                by: shown.frozenBy ?? '',
              })}
              description={t('report.frozenHelp')}
            />
          ) : (
            <Typography.Paragraph type="secondary" className={printStyles.noPrint}>
              {t('report.live')}
            </Typography.Paragraph>
          )}
          <OrganisationSection organisation={shown.organisation} />
          <MembersSection members={shown.members} />
          <VisitsSection visits={shown.visits} coverage={shown.coverage} />
          <FundingSection funding={shown.funding} />
          <YearTables year={year} bureauId={bureauId} />
        </Card>
      )}
      {freezing && (
        <FreezeModal year={year} bureauId={bureauId} onClose={() => setFreezing(false)} />
      )}
    </Flex>
  );
}
