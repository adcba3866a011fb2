import { Button, Empty, Flex, Spin } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import type { ErrorLike } from '@apollo/client';
import { useI18n } from '../app/i18n';

/** The loading, error and empty states every list and page shows the same way. */
export function PageState({
  loading,
  error,
  empty,
  onRetry,
  fullPage,
}: {
  loading?: boolean;
  error?: ErrorLike | null;
  empty?: boolean;
  onRetry?: () => void;
  fullPage?: boolean;
}) {
  const { t } = useI18n();
  const style = fullPage
    ? { minHeight: '100vh', display: 'grid', placeItems: 'center' }
    : { padding: 48, textAlign: 'center' as const };
  if (error) {
    return (
      <div style={style}>
        {/* Not antd's Result: it would bring its large illustrations into every first load. */}
        <Flex vertical align="center" gap={16} role="alert">
          <WarningFilled aria-hidden style={{ fontSize: 56, color: '#d46b08' }} />
          {/* Plain text, not antd's Typography: it would bring its editing and copying code too. */}
          <span style={{ color: 'rgba(0, 0, 0, 0.88)', fontSize: 20 }}>
            {t('common.error', { message: error.message })}
          </span>
          {onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
        </Flex>
      </div>
    );
  }
  if (loading) {
    return (
      <div style={style} role="status" aria-live="polite">
        <Spin description={t('common.loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </div>
    );
  }
  if (empty) return <Empty description={t('common.empty')} style={{ padding: 32 }} />;
  return null;
}
