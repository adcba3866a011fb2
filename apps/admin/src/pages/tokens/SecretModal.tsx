import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import { CopyableSecret } from './CopyableSecret';
import './locale';

/**
 * The new token's secret, this once: the server keeps only its hash. The dialog closes only by
 * its button, so a stray click or Esc cannot lose the secret before it is copied.
 */
export function SecretModal({
  name,
  secret,
  onClose,
}: {
  name: string;
  secret: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={t('tokens.secret.title', { name })}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      width={640}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tokens.secret.close')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="warning"
          showIcon
          title={t('tokens.secret.warning')}
          description={t('tokens.secret.warningBody')}
        />
        <CopyableSecret secret={secret} label={t('tokens.secret.label')} />
        <Typography.Paragraph style={{ marginBottom: 0, color: 'rgba(0, 0, 0, 0.65)' }}>
          {t('tokens.secret.usage')}
        </Typography.Paragraph>
      </Space>
    </Modal>
  );
}
