import { useNavigate } from 'react-router';
import { Button, Result } from 'antd';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ErrorLike } from '@apollo/client';
import { useI18n } from '../../app/i18n';
import './locale';

/** Out of reach behaves as missing (API.md); a malformed id is missing too. */
export function isNotFound(error: ErrorLike | undefined): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => ['NOT_FOUND', 'BAD_USER_INPUT'].includes(String(e.extensions?.code)))
  );
}

/** A clear dead end, with the way back to the roster. */
export function MemberNotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/roster')}>
          {t('roster.show.backToList')}
        </Button>
      }
    />
  );
}
