import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { errorMessage } from '../../components/server-message';
import { ApiFileError, downloadFile } from '../../components/api-file';
import './locale';
import { useFeedback } from '../../components/feedback';

const FILES = {
  xlsx: { label: 'report.download', file: 'report.downloadFile', icon: <DownloadOutlined /> },
  docx: {
    label: 'report.downloadSummary',
    file: 'report.summaryFile',
    icon: <FileWordOutlined />,
  },
} as const;

/**
 * 下载 Excel / 下载工作总结: the year's workbook or work summary (.docx) as the server draws it
 * up, saved under the server's name: for the bureau picked (`bureauId`), else the viewer's reach.
 */
export function DownloadWorkbookButton({
  year,
  format = 'xlsx',
  bureauId = null,
}: {
  year: number;
  format?: keyof typeof FILES;
  bureauId?: string | null;
}) {
  const { label, file, icon } = FILES[format];
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const bureau = bureauId ? `?bureau=${encodeURIComponent(bureauId)}` : '';
      await downloadFile(`/api/reports/${year}.${format}${bureau}`, t(file, { year }));
    } catch (e: unknown) {
      if (e instanceof ApiFileError && e.status === 404) {
        void message.warning({ content: t('report.downloadMissing'), duration: 8 });
      } else {
        void message.error(t('report.downloadFailed', { message: errorMessage(e, locale) }));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={icon} loading={busy} onClick={() => void download()}>
      {t(label)}
    </Button>
  );
}
