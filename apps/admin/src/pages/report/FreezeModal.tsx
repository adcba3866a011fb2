import { useState } from 'react';
import { Alert, Modal, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import { CountyStatsDocument, FreezeCountyStatsDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

/**
 * Confirms freezing a year: from then on its report and workbook keep the figures of this
 * moment. The server's refusal (already frozen) is shown in the dialog.
 */
export function FreezeModal({
  year,
  bureauId,
  onClose,
}: {
  year: number;
  /** The county to freeze, when the viewer reaches more than one. */
  bureauId: string | null;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const [freeze, { loading }] = useMutation(FreezeCountyStatsDocument, {
    // The year's figures now come from its snapshot, with when and by whom.
    refetchQueries: [CountyStatsDocument],
    awaitRefetchQueries: true,
  });
  const [refusals, setRefusals] = useState<string[]>([]);

  const submit = async () => {
    setRefusals([]);
    try {
      const { data } = await freeze({ variables: { year, bureauId: bureauId ?? undefined } });
      const result = data?.freezeCountyStats;
      if (!result) return;
      if (result.userErrors.length || !result.countyStats) {
        setRefusals(localizeUserErrors(result.userErrors, locale).map((e) => e.message));
        return;
      }
      void message.success(t('report.frozenDone', { year }));
      onClose();
    } catch (e: unknown) {
      setRefusals([errorMessage(e, locale)]);
    }
  };

  return (
    <Modal
      open
      title={t('report.freezeTitle', { year })}
      okText={t('report.freezeOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={loading}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('report.freezeBody', { year })}
        </Typography.Paragraph>
        {refusals.length > 0 && (
          <Alert type="error" showIcon role="alert" title={refusals.join('；')} />
        )}
      </Space>
    </Modal>
  );
}
