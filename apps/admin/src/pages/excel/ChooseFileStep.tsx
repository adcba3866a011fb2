import { useState } from 'react';
import { Alert, Button, Flex, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { downloadFile } from '../../components/api-file';
import { errorMessage } from '../../components/server-message';
import { IMPORT_TEMPLATE_PATH, MAX_IMPORT_BYTES } from '@wanxia/schema';
import './locale';
import { useFeedback } from '../../components/feedback';

interface Props {
  file: File | null;
  onFile: (file: File | null) => void;
  onCheck: () => void;
  checking: boolean;
  /** Why the server refused the file, as it said it. */
  /** Why the server refused the file, if it did. */
  refusal: unknown;
}

/** Step 1: the template to fill in, and the file to check. */
export function ChooseFileStep({ file, onFile, onCheck, checking, refusal }: Props) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const [downloading, setDownloading] = useState(false);
  const tooBig = file !== null && file.size > MAX_IMPORT_BYTES;

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      await downloadFile(IMPORT_TEMPLATE_PATH, '人员导入模板.xlsx');
    } catch (e: unknown) {
      void message.error(errorMessage(e, locale));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={() => void downloadTemplate()}
        >
          {t('excel.choose.template')}
        </Button>
        <Typography.Text type="secondary">{t('excel.choose.templateHelp')}</Typography.Text>
      </Flex>
      <Upload.Dragger
        accept=".xlsx,.csv"
        maxCount={1}
        fileList={file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : []}
        beforeUpload={(chosen) => {
          onFile(chosen);
          // The file goes up only when checked.
          return false;
        }}
        onRemove={() => onFile(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('excel.choose.drop')}</p>
        <p className="ant-upload-hint">{t('excel.choose.dropHelp')}</p>
      </Upload.Dragger>
      {tooBig && <Alert type="error" showIcon title={t('excel.choose.tooBig')} />}
      {refusal != null && !tooBig && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('excel.choose.refused', {
            message: errorMessage(refusal, locale),
          })}
        />
      )}
      <Flex justify="flex-end">
        <Button type="primary" disabled={!file || tooBig} loading={checking} onClick={onCheck}>
          {t('excel.choose.check')}
        </Button>
      </Flex>
    </Flex>
  );
}
