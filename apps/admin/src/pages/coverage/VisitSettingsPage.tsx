import { useState } from 'react';
import { Alert, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { VisitSettingsDocument } from './queries';
import { MUST_VISITS } from '../visits/occasions';
import { isMustVisit, type MustVisitOccasion } from './coverage-figures';
import { VisitSettingModal, type VisitSettingRow } from './VisitSettingModal';
import { PageTitle } from '../../components/PageTitle';
import { chinaDateTime } from '@wanxia/schema';
import { picksBureau, useViewer } from '../../app/viewer';
import { useUrlState } from '../../components/useUrlState';
import { BureauPicker } from '../../components/BureauPicker';
import { bureauCodec, useBureauScope } from '../../components/useBureauScope';
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
  const { viewer } = useViewer();
  // A province's or city's account picks the county whose windows it sees and sets (?bureau=).
  const [bureauId, setBureauId] = useUrlState(bureauCodec);
  const { ready } = useBureauScope(bureauId, () => setBureauId(null, { replace: true }));
  const { data, loading, error, refetch } = useQuery(VisitSettingsDocument, {
    variables: { bureauId: bureauId ?? undefined },
    fetchPolicy: 'cache-and-network',
    skip: !ready,
  });
  // A city's account sets a county's windows: until one is picked there is nothing to change.
  const mustPick = !bureauId && Boolean(viewer.bureau) && picksBureau(viewer);
  const province = !viewer.bureau && !viewer.branch && !bureauId;
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
      width: 110,
      render: (_, s) => (
        <Typography.Text strong>{t(`enum.VisitOccasion.${s.occasion}`)}</Typography.Text>
      ),
    },
    {
      key: 'trigger',
      title: t('coverage.settings.col.trigger'),
      // Wide enough to read beside the source column (it wrapped a character a line).
      width: 170,
      render: (_, s) => t(`coverage.settings.triggerHelp.${s.occasion}`),
    },
    {
      key: 'daysBefore',
      title: t('coverage.settings.daysBefore'),
      dataIndex: 'daysBefore',
      width: 96,
      align: 'right',
    },
    {
      key: 'daysAfter',
      title: t('coverage.settings.daysAfter'),
      dataIndex: 'daysAfter',
      width: 96,
      align: 'right',
    },
    {
      key: 'window',
      title: t('coverage.settings.col.window'),
      width: 200,
      render: (_, s) => windowText(s),
    },
    {
      key: 'source',
      title: t('coverage.settings.col.source'),
      width: 100,
      render: (_, s) =>
        province ? (
          <Tag color="blue">{t('coverage.settings.source.province')}</Tag>
        ) : s.ownSetting ? (
          <Tag color="green">{t('coverage.settings.source.own')}</Tag>
        ) : (
          <Tag>{t('coverage.settings.source.default')}</Tag>
        ),
    },
    {
      key: 'updatedAt',
      title: t('coverage.settings.col.updatedAt'),
      width: 140,
      render: (_, s) => chinaDateTime(s.updatedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 72,
      render: (_, s) => (
        <Button type="link" size="small" disabled={mustPick} onClick={() => setEditing(s.occasion)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('coverage.settings.title')} lead={t('coverage.settings.lead')} />
      <BureauPicker
        countiesOnly
        value={bureauId}
        onChange={(next) => setBureauId(next)}
        placeholder={t(
          viewer.bureau ? 'coverage.settings.pickCounty' : 'coverage.settings.provinceDefault',
        )}
        style={{ minWidth: 220, alignSelf: 'flex-start' }}
      />
      <Alert
        type="info"
        showIcon
        title={t(mustPick ? 'coverage.settings.pickCountyFirst' : 'coverage.settings.appliesLater')}
      />
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
            scroll={{ x: 984 }}
          />
        )}
      </Card>
      {current && (
        <VisitSettingModal
          key={`${current.occasion}:${current.version}`}
          setting={current}
          bureauId={bureauId}
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
