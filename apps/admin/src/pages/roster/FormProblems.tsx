import { Alert } from 'antd';
import { useI18n } from '../../app/i18n';
import type { UserErrorLike } from '../../components/user-errors';

/** Problems from the server that belong to no field of the form, listed above it. */
export function FormProblems({ problems }: { problems: readonly UserErrorLike[] }) {
  const { t } = useI18n();
  if (!problems.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('roster.form.problems')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((p, i) => (
            <li key={`${p.code}-${i}`}>{p.message}</li>
          ))}
        </ul>
      }
    />
  );
}

/** A failure of the request itself (network, permission), in the shape of a user error. */
export function requestProblem(error: unknown): UserErrorLike {
  return {
    field: [],
    code: 'REQUEST',
    message: error instanceof Error ? error.message : String(error),
  };
}
