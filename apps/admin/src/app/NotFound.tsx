import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from './i18n';

/** What an address the console does not know shows: say so, and offer the way home. */
export default function NotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('common.pageNotFound')}
      subTitle={t('common.pageNotFoundHint')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
