import type { ReactNode } from 'react';
import { Alert } from 'antd';
import { useI18n } from '../app/i18n';

/**
 * Why a save did not go through, above the form: the problems that belong to no field of it
 * (or a failed request). One problem reads as a sentence, several as a list.
 */
export function FormProblems({
  problems,
  title,
  children,
}: {
  /** The messages, in the reader's language. */
  problems: readonly string[];
  /** What did not happen; 未能保存，请处理以下问题 unless said. */
  title?: string;
  /** Under the problems: the way to settle them, such as a link. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  if (!problems.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? t('common.formProblems')}
      description={
        <>
          {problems.length === 1 ? (
            <div>{problems[0]}</div>
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((problem, i) => (
                <li key={`${i}-${problem}`}>{problem}</li>
              ))}
            </ul>
          )}
          {children}
        </>
      }
    />
  );
}
