import { useState } from 'react';
import { Button, Tooltip } from 'antd';
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
 * up, saved under the server's name. The server draws them up for the viewer's whole reach only:
 * with a bureau picked they are not offered (`wholeReachOnly`).
 */
export function DownloadWorkbookButton({
  year,
  format = 'xlsx',
  wholeReachOnly = false,
}: {
  year: number;
  format?: keyof typeof FILES;
  wholeReachOnly?: boolean;
}) {
  const { label, file, icon } = FILES[format];
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(`/api/reports/${year}.${format}`, t(file, { year }));
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
  const button = (
    <Button icon={icon} loading={busy} disabled={wholeReachOnly} onClick={() => void download()}>
      {t(label)}
    </Button>
  );
  return wholeReachOnly ? (
    <Tooltip title={t('report.downloadWholeReach')}>{button}</Tooltip>
  ) : (
    button
  );
}
