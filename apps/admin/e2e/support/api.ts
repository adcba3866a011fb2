/* eslint-disable @typescript-eslint/no-explicit-any -- the answers are checked field by field by each test */
import { baseUrl } from './browser';

/** A GraphQL request as a demo account, outside the browser: to compare the console with the data. */
export async function apiAs(username: string, query: string): Promise<Record<string, any>> {
  const call = async (body: object, token?: string) => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data: Record<string, any> };
  };
  const login = await call({
    query:
      'mutation($u: String!) { login(input: { username: $u, password: "wanxia2022" }) { token } }',
    variables: { u: username },
  });
  return (await call({ query }, login.data.login.token)).data;
}
