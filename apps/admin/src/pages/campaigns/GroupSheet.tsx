import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import sheet from '../../components/print.module.css';
import type { GroupSheetData } from './useGroupSheet';
import './locale';

/**
 * A work group's printed sheet: back and print above the A4 card, its heading (campaign, group,
 * the day), and what shows until the group's whole list is in; `children` draws the list.
 */
export function GroupSheet({
  title,
  data,
  suffix,
  meta,
  footer,
  children,
}: {
  title: string;
  data: GroupSheetData;
  /** After the campaign and group on the heading's first line (e.g. the budget line). */
  suffix?: string;
  /** Lines of the heading under the first. */
  meta?: ReactNode;
  /** Below the list, printed even when it is empty (lines to sign). */
  footer?: ReactNode;
  /** The group's list, drawn once it is in and not empty. */
  children: ReactNode;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { campaign, group, groupId, campaignQuery, list } = data;
  const entries = list.nodes ?? [];
  return (
    <Flex vertical gap={16}>
      <Flex className={sheet.noPrint} justify="space-between" align="center" wrap gap={12}>
        <PageTitle title={title} />
        <Flex gap={8}>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            {t('campaigns.print.back')}
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!entries.length}
            onClick={() => window.print()}
          >
            {t('campaigns.print.print')}
          </Button>
        </Flex>
      </Flex>
      <Card className={sheet.sheet}>
        {!groupId ? (
          <Alert type="info" showIcon title={t('campaigns.print.noGroup')} />
        ) : !campaign || !list.nodes ? (
          <PageState
            loading={campaignQuery.loading || list.loading}
            error={campaignQuery.error ?? list.error}
            onRetry={() => void list.reload()}
          />
        ) : (
          <>
            <header className={sheet.heading}>
              <Typography.Title level={4} className={sheet.title}>
                {title}
              </Typography.Title>
              <div className={sheet.meta}>
                <span>
                  {t('campaigns.print.group', {
                    campaign: campaign.name,
                    group: group?.name ?? '',
                  })}
                  {suffix && ` · ${suffix}`}
                </span>
                <span>
                  {t('campaigns.print.date', {
                    date: dayjs(chinaToday()).format(t('campaigns.print.dateFormat')),
                  })}
                </span>
              </div>
              {meta}
            </header>
            {entries.length === 0 ? (
              <Alert type="info" showIcon title={t('campaigns.print.empty')} />
            ) : (
              children
            )}
            {footer}
          </>
        )}
      </Card>
    </Flex>
  );
}
