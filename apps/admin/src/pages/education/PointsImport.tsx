import { useState } from 'react';
import { Alert, Button, Card, Flex, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { apiRequest } from '../../components/api-file';
import { errorMessage } from '../../components/server-message';
import './locale';

/** What the import answers (the server's PointsImportResult). */
export interface PointsImportResult {
  committed: boolean;
  months: string[];
  rows: number;
  matched: number;
  matchedById: number;
  replaced: number;
  unmatched: {
    row: number;
    name: string | null;
    branch: string | null;
    code: string;
    message: string;
  }[];
}

async function sendPoints(file: File, mode: 'dry-run' | 'commit'): Promise<PointsImportResult> {
  const params = new URLSearchParams({ mode, filename: file.name });
  const response = await apiRequest(`/api/learning-points/import?${params}`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  return (await response.json()) as PointsImportResult;
}

/**
 * The bureau imports the platform's monthly export: a check first (what matches, what does not
 * and why, what it replaces), then the import; every unmatched row is listed with its number.
 */
export function PointsImport({ onImported }: { onImported: () => void }) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<PointsImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const send = async (mode: 'dry-run' | 'commit') => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const answer = await sendPoints(file, mode);
      setResult(answer);
      if (answer.committed) onImported();
    } catch (error) {
      setResult(null);
      setFailure(errorMessage(error, locale));
    } finally {
      setBusy(false);
    }
  };
  const counts = result && {
    rows: result.rows,
    matched: result.matched,
    byId: result.matchedById,
    unmatched: result.unmatched.length,
    replaced: result.replaced,
    months: result.months.join('、'),
  };

  return (
    <Card size="small" title={t('education.import.title')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('education.import.hint')}</Typography.Text>
        <Flex gap={8} wrap>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            fileList={
              file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : []
            }
            beforeUpload={(chosen) => {
              setFile(chosen);
              setResult(null);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setResult(null);
            }}
          >
            <Button icon={<UploadOutlined />}>{t('education.import.choose')}</Button>
          </Upload>
          <Button disabled={!file} loading={busy} onClick={() => void send('dry-run')}>
            {t('education.import.check')}
          </Button>
          <Button
            type="primary"
            disabled={!file || !result || result.committed}
            loading={busy}
            onClick={() => void send('commit')}
          >
            {t('education.import.commit')}
          </Button>
        </Flex>
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
        {result && counts && (
          <Alert
            type={result.committed ? 'success' : 'info'}
            showIcon
            role="status"
            title={t(
              result.committed ? 'education.import.done' : 'education.import.checked',
              counts,
            )}
          />
        )}
        {result && result.unmatched.length > 0 && (
          <Table
            size="small"
            rowKey="row"
            aria-label={t('education.import.unmatched')}
            title={() => t('education.import.unmatched')}
            pagination={false}
            scroll={{ x: true }}
            dataSource={result.unmatched}
            columns={[
              { key: 'row', title: t('education.import.row'), dataIndex: 'row', width: 70 },
              { key: 'name', title: t('education.points.member'), dataIndex: 'name' },
              { key: 'branch', title: t('education.points.branch'), dataIndex: 'branch' },
              { key: 'reason', title: t('education.import.reason'), dataIndex: 'message' },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
