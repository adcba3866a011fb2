import { Button, Result } from 'antd';
import { useI18n } from './i18n';

/** What a screen shows to an account whose role may not open it. */
export default function Forbidden() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t('common.forbidden')}
      extra={<Button href="/">{t('common.backHome')}</Button>}
    />
  );
}
