import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { useI18n } from '../app/i18n';
import { errorMessage, localizeUserErrors } from './server-message';
import { applyUserErrors, type UserErrorLike } from './user-errors';

/**
 * What a form's save met, in the reader's language: userErrors on the fields they name, the
 * rest (and a request that failed) above the form; with `separateStale`, a STALE refusal apart,
 * for the "someone saved it first" warning.
 */
export function useSaveProblems(
  form: FormInstance,
  {
    separateStale = false,
    toFormFields = (errors) => errors,
  }: {
    separateStale?: boolean;
    /** Renames API fields to the form's, e.g. amountFen to the amount in yuan. */
    toFormFields?: (errors: UserErrorLike[]) => UserErrorLike[];
  } = {},
) {
  const { locale } = useI18n();
  const [problems, setProblems] = useState<string[]>([]);
  const [stale, setStale] = useState<string | null>(null);
  return {
    problems,
    stale,
    /** Clears what the last attempt showed. */
    reset() {
      setProblems([]);
      setStale(null);
    },
    clearStale: useCallback(() => setStale(null), []),
    /** Shows a payload's userErrors; true when there were none. */
    show(userErrors: readonly UserErrorLike[]): boolean {
      const errors = toFormFields(localizeUserErrors(userErrors, locale));
      const staleError = separateStale ? errors.find((e) => e.code === 'STALE') : undefined;
      if (staleError) setStale(staleError.message);
      else setProblems(applyUserErrors(form, errors).map((e) => e.message));
      return errors.length === 0;
    },
    /** A request that failed before it could answer with userErrors. */
    fail(error: unknown) {
      setProblems([errorMessage(error, locale)]);
    },
  };
}
