import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { type Locale, messageForCode } from '@wanxia/schema';
import { ApiFileError } from './api-file';

/**
 * What the server refused, in the reader's language: the contract's message for the refusal's
 * code (the server's own message, written for integrators, only for a code it does not list).
 */

/** The same user errors, each with the message of its code. */
export function localizeUserErrors<E extends { code: string; message: string }>(
  errors: readonly E[],
  locale: Locale,
): E[] {
  return errors.map((error) => ({ ...error, message: messageForCode(error, locale) }));
}

/** The first GraphQL error of an answer that came back with a failing HTTP status. */
function graphQLErrorOf(error: ServerError): { code?: string; message: string } | null {
  try {
    const body = JSON.parse(error.bodyText) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const first = body.errors?.[0];
    return first ? { code: first.extensions?.code, message: first.message } : null;
  } catch {
    return null;
  }
}

/** The code and message of a failed request (GraphQL, `/api`), as far as it has them. */
function refusalOf(error: unknown): { code?: string; message: string } {
  if (CombinedGraphQLErrors.is(error) && error.errors.length) {
    const [first] = error.errors;
    return { code: first.extensions?.code as string | undefined, message: first.message };
  }
  if (ServerError.is(error)) return graphQLErrorOf(error) ?? { message: error.message };
  if (error instanceof ApiFileError) return error;
  return { message: error instanceof Error ? error.message : String(error) };
}

/** What went wrong with a request that did not get as far as user errors. */
export function errorMessage(error: unknown, locale: Locale): string {
  return messageForCode(refusalOf(error), locale);
}
