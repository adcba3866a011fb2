import { CSRF_HEADERS } from '../../app/session';
import type { LoginInput, LoginMutation } from '../../gql/graphql';

// Codegen reads the operation (and types it) from the magic comment.
const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        id
        role
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

/**
 * Signs in; the server answers with the session in an HttpOnly cookie. The one request made
 * before there is a session is a plain POST, so the sign-in page loads no GraphQL client: the
 * signed-in console brings Apollo and its cache. Throws when the answer carries no data.
 */
export async function signIn(input: LoginInput): Promise<LoginMutation['login']> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...CSRF_HEADERS },
    body: JSON.stringify({ operationName: 'Login', query: LOGIN, variables: { input } }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: LoginMutation;
    errors?: { message: string }[];
  };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data.login;
}
