import { Alert, Button } from 'antd';
import { useI18n } from '../app/i18n';

/**
 * Someone else saved the record first (STALE), so this save was refused: says so, with the
 * server's message, and offers to load the latest version.
 */
export function StaleAlert({
  title,
  message,
  onReload,
}: {
  /** What was changed meanwhile, e.g. 该账号刚被他人修改，您的修改未保存. */
  title: string;
  message: string;
  onReload: () => void;
}) {
  const { t } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={title}
      description={message}
      action={
        <Button size="small" onClick={onReload}>
          {t('common.stale.reload')}
        </Button>
      }
    />
  );
}
