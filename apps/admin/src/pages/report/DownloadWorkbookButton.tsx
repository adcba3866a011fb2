import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { errorMessage } from '../../components/server-message';
import { ApiFileError, downloadFile } from '../../components/api-file';

/** 下载 Excel: the year's workbook as the server draws it up, saved under the server's name. */
export function DownloadWorkbookButton({ year }: { year: number }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(`/api/reports/${year}.xlsx`, t('report.downloadFile', { year }));
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
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
      {t('report.download')}
    </Button>
  );
}
