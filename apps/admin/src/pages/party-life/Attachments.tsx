import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Typography } from 'antd';
import { DeleteOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { apiRequest } from '../../components/api-file';
import { errorMessage } from '../../components/server-message';
import { DeleteAttachmentDocument } from './queries';
import './locale';

export interface AttachmentItem {
  id: string;
  fileName: string;
  contentType: string;
  url: string;
  thumbnailUrl?: string | null;
}

/** An /api file as an object URL (the session cookie needs the CSRF header an <img> cannot send). */
function useApiObjectUrl(path: string | null | undefined) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!path) return;
    let revoked = false;
    let made: string | null = null;
    void apiRequest(path)
      .then((r) => r.blob())
      .then((blob) => {
        if (revoked) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch(() => undefined);
    return () => {
      revoked = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [path]);
  return url;
}

async function openFile(path: string) {
  const blob = await (await apiRequest(path)).blob();
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function Thumbnail({ item }: { item: AttachmentItem }) {
  const { t } = useI18n();
  const src = useApiObjectUrl(item.thumbnailUrl);
  const label = t('partyLife.attachment.open', { name: item.fileName });
  return (
    <button
      type="button"
      aria-label={label}
      onClick={() => void openFile(item.url)}
      style={{
        width: 96,
        height: 96,
        padding: 0,
        border: '1px solid #d9d9d9',
        borderRadius: 6,
        background: '#fafafa',
        cursor: 'pointer',
        overflow: 'hidden',
      }}
    >
      {item.thumbnailUrl ? (
        src && (
          <img
            src={src}
            alt={item.fileName}
            style={{ width: '100%', height: '100%', objectFit: 'cover' }}
          />
        )
      ) : (
        <Flex vertical align="center" justify="center" style={{ height: '100%' }}>
          <FilePdfOutlined style={{ fontSize: 28, color: '#c0390d' }} />
          <Typography.Text ellipsis style={{ maxWidth: 88, fontSize: 12 }}>
            {item.fileName}
          </Typography.Text>
        </Flex>
      )}
    </button>
  );
}

/** Chooses photos and PDFs (several at once) with a button a finger can hit. */
function FilePicker({ busy, onFiles }: { busy: boolean; onFiles: (files: FileList) => void }) {
  const { t } = useI18n();
  return (
    <div>
      <label
        className="ant-btn ant-btn-default"
        style={{
          cursor: 'pointer',
          minHeight: 44,
          display: 'inline-flex',
          alignItems: 'center',
          padding: '0 15px',
        }}
      >
        {busy ? '…' : t('partyLife.upload')}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          multiple
          aria-label={t('partyLife.upload')}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
          disabled={busy}
          onChange={(e) => {
            if (e.target.files?.length) onFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('partyLife.upload.hint')}
      </Typography.Paragraph>
    </div>
  );
}

/** A file uploaded for an activity not saved yet; saving the activity takes it. */
export interface StagedUpload {
  id: string;
  fileName: string;
}

/**
 * Photos and files for a new activity: each is uploaded as soon as it is chosen (a wrong type is
 * refused at once), and the activity takes them all when it is saved, in the same transaction.
 */
export function StagedUploads({
  uploads,
  onChange,
}: {
  uploads: readonly StagedUpload[];
  onChange: (uploads: StagedUpload[]) => void;
}) {
  const { t, locale } = useI18n();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (files: FileList) => {
    setUploading(true);
    setProblem(null);
    const added: StagedUpload[] = [];
    try {
      for (const file of Array.from(files)) {
        const response = await apiRequest(
          `/api/attachments?filename=${encodeURIComponent(file.name)}`,
          { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file },
        );
        const { upload } = (await response.json()) as { upload: StagedUpload };
        added.push({ id: upload.id, fileName: upload.fileName });
      }
    } catch (error) {
      setProblem(t('partyLife.upload.failed', { message: errorMessage(error, locale) }));
    } finally {
      setUploading(false);
      onChange([...uploads, ...added]);
    }
  };

  return (
    <Flex vertical gap={8}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
      {uploads.length > 0 && (
        <ul aria-label={t('partyLife.upload.staged')} style={{ margin: 0, paddingLeft: 20 }}>
          {uploads.map((u) => (
            <li key={u.id}>
              {u.fileName}{' '}
              <Button
                size="small"
                type="link"
                danger
                aria-label={`${t('partyLife.attachment.delete')} ${u.fileName}`}
                onClick={() => onChange(uploads.filter((other) => other.id !== u.id))}
              >
                {t('partyLife.attachment.delete')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FilePicker busy={uploading} onFiles={(files) => void upload(files)} />
      <Typography.Text type="secondary">{t('partyLife.upload.withSave')}</Typography.Text>
    </Flex>
  );
}

/** An activity's photos and files: thumbnails (a PDF as its icon), upload and delete. */
export function Attachments({
  activityId,
  items,
  canWrite,
  onChanged,
}: {
  activityId: string;
  items: readonly AttachmentItem[];
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove] = useMutation(DeleteAttachmentDocument);

  const upload = async (files: FileList) => {
    setUploading(true);
    setProblem(null);
    try {
      for (const file of Array.from(files)) {
        await apiRequest(
          `/api/activities/${encodeURIComponent(activityId)}/attachments?filename=${encodeURIComponent(file.name)}`,
          { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file },
        );
      }
    } catch (error) {
      setProblem(t('partyLife.upload.failed', { message: errorMessage(error, locale) }));
    } finally {
      setUploading(false);
      onChanged();
    }
  };

  return (
    <Flex vertical gap={8}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
      <Flex gap={8} wrap>
        {items.map((item) => (
          <Flex key={item.id} vertical align="center" gap={4}>
            <Thumbnail item={item} />
            {canWrite && (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('partyLife.attachment.delete')} ${item.fileName}`}
                onClick={async () => {
                  await remove({ variables: { input: { attachmentId: item.id } } });
                  onChanged();
                }}
              />
            )}
          </Flex>
        ))}
      </Flex>
      {canWrite && <FilePicker busy={uploading} onFiles={(files) => void upload(files)} />}
    </Flex>
  );
}
