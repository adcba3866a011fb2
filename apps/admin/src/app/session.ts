import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The session is an HttpOnly cookie the server sets at sign-in and clears at sign-out: no
 * script here can read it, so the console learns that it has ended only from an answer.
 */

/** Sent with every request: the server refuses cookie-authenticated requests without it (CSRF). */
export const CSRF_HEADERS = { 'x-wanxia-csrf': '1' } as const;

/** Whether a GraphQL error says the session has ended (or there is none). */
export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}

/** Where to go after signing in: the page the person was sent away from. */
export function loginPath(from: string): string {
  return from && from !== '/' && !from.startsWith('/login')
    ? `/login?from=${encodeURIComponent(from)}`
    : '/login';
}
