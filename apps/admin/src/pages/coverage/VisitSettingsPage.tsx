import { useState } from 'react';
import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { VisitSettingsDocument } from './queries';
import { MUST_VISITS } from '../visits/occasions';
import { isMustVisit, type MustVisitOccasion } from './coverage-figures';
import { VisitSettingModal, type VisitSettingRow } from './VisitSettingModal';
import { PageTitle } from '../../components/PageTitle';
import { chinaDateTime } from '@wanxia/schema';
import './locale';

/** "30 days before the holiday – the holiday itself", in the reader's language. */
function useWindowText() {
  const { t } = useI18n();
  return (setting: VisitSettingRow & { occasion: MustVisitOccasion }) => {
    const trigger = t(`coverage.settings.trigger.${setting.occasion}`);
    const edge = (days: number, key: 'coverage.settings.before' | 'coverage.settings.after') =>
      days ? t(key, { trigger, days }) : t('coverage.settings.sameDay', { trigger });
    return t('coverage.settings.window', {
      from: edge(setting.daysBefore, 'coverage.settings.before'),
      to: edge(setting.daysAfter, 'coverage.settings.after'),
    });
  };
}

/** 走访时限设置: the window of each of the six must-visits, for administrators to change. */
export default function VisitSettingsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(VisitSettingsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<MustVisitOccasion | null>(null);
  const windowText = useWindowText();
  // In the bureau's order, the six must-visits only (routine visits have no window).
  const rows = MUST_VISITS.flatMap((occasion) => {
    const setting = data?.visitSettings.find((s) => s.occasion === occasion);
    return setting && isMustVisit(occasion) ? [{ ...setting, occasion }] : [];
  });
  const current = rows.find((r) => r.occasion === editing);

  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      key: 'occasion',
      title: t('coverage.settings.col.occasion'),
      width: 140,
      render: (_, s) => (
        <Typography.Text strong>{t(`enum.VisitOccasion.${s.occasion}`)}</Typography.Text>
      ),
    },
    {
      key: 'trigger',
      title: t('coverage.settings.col.trigger'),
      render: (_, s) => t(`coverage.settings.triggerHelp.${s.occasion}`),
    },
    {
      key: 'daysBefore',
      title: t('coverage.settings.daysBefore'),
      dataIndex: 'daysBefore',
      width: 112,
      align: 'right',
    },
    {
      key: 'daysAfter',
      title: t('coverage.settings.daysAfter'),
      dataIndex: 'daysAfter',
      width: 112,
      align: 'right',
    },
    {
      key: 'window',
      title: t('coverage.settings.col.window'),
      width: 240,
      render: (_, s) => windowText(s),
    },
    {
      key: 'updatedAt',
      title: t('coverage.settings.col.updatedAt'),
      width: 148,
      render: (_, s) => chinaDateTime(s.updatedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 88,
      render: (_, s) => (
        <Button type="link" size="small" onClick={() => setEditing(s.occasion)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('coverage.settings.title')} lead={t('coverage.settings.lead')} />
      <Alert type="info" showIcon title={t('coverage.settings.appliesLater')} />
      <Card>
        {!data ? (
          <PageState loading={loading} error={error} onRetry={() => void refetch()} />
        ) : (
          <Table
            rowKey="occasion"
            size="middle"
            aria-label={t('coverage.settings.table')}
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            scroll={{ x: 960 }}
          />
        )}
      </Card>
      {current && (
        <VisitSettingModal
          key={`${current.occasion}:${current.version}`}
          setting={current}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refetch();
          }}
          onReload={() => refetch()}
        />
      )}
    </Flex>
  );
}
