import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../app/i18n';
import { errorMessage } from './server-message';
import { downloadFile } from './api-file';
import '../pages/excel/locale';
import { useFeedback } from './feedback';

/** Which list to export, and how the list on screen is filtered and ordered. */
export interface ExportButtonProps {
  /** `members`, `visits`, `visit-tasks`, `disbursements` or `activities`. */
  list: 'members' | 'visits' | 'visit-tasks' | 'disbursements' | 'activities';
  filter?: object | null;
  orderBy?: object | null;
}

/** The export's address: the list's filter and order as JSON parameters. */
export function exportPath({ list, filter, orderBy }: ExportButtonProps): string {
  const params = new URLSearchParams();
  if (filter) params.set('filter', JSON.stringify(filter));
  if (orderBy) params.set('orderBy', JSON.stringify(orderBy));
  const query = params.toString();
  return `/api/${list}/export.xlsx${query ? `?${query}` : ''}`;
}

/** 导出 Excel: the whole list as filtered on screen, saved under the server's file name. */
export function ExportButton(props: ExportButtonProps) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const name = await downloadFile(exportPath(props), `${props.list}.xlsx`);
      void message.success(t('excel.export.done', { name }));
    } catch (e: unknown) {
      void message.error(t('excel.export.failed', { message: errorMessage(e, locale) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
      {t('excel.export.button')}
    </Button>
  );
}
