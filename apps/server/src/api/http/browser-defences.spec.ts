import { startTestApp, type TestApp } from '../../test/harness';
import { DEMO_PASSWORD } from '../../modules/user/accounts-seed';
import { sql } from '../../kernel/db/sql';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { token expiresAt user { username } userErrors { code } }
}`;
const VIEWER = '{ viewer { user { username } } }';

describe('the browser-side defences', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  /** Signs in as the console does; the answer and the session cookie it set. */
  async function cookieLogin(username: string, headers: Record<string, string> = {}) {
    const response = await t.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { username, password: DEMO_PASSWORD, sessionCookie: true } },
      }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    const body = (await response.json()) as { data: { login: Record<string, unknown> } };
    return { body: body.data.login, setCookie, cookie: setCookie.split(';')[0] };
  }

  /** A JSON POST to /graphql carrying only the cookie, as the console sends it. */
  async function withCookie(cookie: string, query: string) {
    const response = await t.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query }),
    });
    return { response, body: (await response.json()) as Record<string, any> };
  }

  it('sends a strict CSP, no framing, nosniff and no referrer on the console, /graphql and /api', async () => {
    const answers = [
      await t.http('/'),
      await t.http('/roster/123'),
      await t.http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await t.http('/api/members/export.xlsx'),
    ];
    for (const response of answers) {
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'script-src-attr': "'none'",
        'object-src': "'none'",
        'frame-ancestors': "'none'",
        'base-uri': "'self'",
      });
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('forbids any cache to keep an answer of /graphql or /api', async () => {
    const graphql = await t.http('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.adminToken()}`,
      },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(graphql.status).toBe(200);
    const refused = await t.http('/api/members/export.xlsx');
    expect(refused.status).toBe(401);
    const unknown = await t.http('/api/nothing-here');
    for (const response of [graphql, refused, unknown]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('keeps a console session in an HttpOnly, SameSite=Strict cookie and returns no token', async () => {
    const { body, setCookie, cookie } = await cookieLogin('guest');
    expect(body).toMatchObject({ token: null, user: { username: 'guest' }, userErrors: [] });
    expect(setCookie).toMatch(/^wanxia_session=wxs_[\w-]+;/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(new Date(/Expires=([^;]+)/.exec(setCookie)![1]).getTime()).toBe(
      new Date(body.expiresAt as string).setMilliseconds(0),
    );
    // Plain HTTP: a Secure cookie would never come back.
    expect(setCookie).not.toMatch(/Secure/);

    const { body: answer } = await withCookie(cookie, VIEWER);
    expect(answer.data).toEqual({ viewer: { user: { username: 'guest' } } });
  });

  it('marks the cookie Secure behind a TLS proxy', async () => {
    const { setCookie } = await cookieLogin('guest', { 'x-forwarded-proto': 'https' });
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; HttpOnly/);
  });

  it('refuses cookie-authenticated requests that a cross-site page could forge', async () => {
    const { cookie } = await cookieLogin('admin');
    const viewerUrl = `/graphql?query=${encodeURIComponent(VIEWER)}`;

    // GraphQL over GET, and a form-like POST: simple requests, refused before they run.
    const get = await t.http(viewerUrl, { headers: { cookie } });
    expect(get.status).toBe(400);
    const form = await t.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(form.status).toBe(400);
    // With the console's header the same GET is answered.
    const allowed = await t.http(viewerUrl, { headers: { cookie, 'x-wanxia-csrf': '1' } });
    expect(((await allowed.json()) as any).data.viewer.user.username).toBe('admin');

    // The Excel routes: a download and an upload without the header are refused, unaudited.
    const audited = async () =>
      Number((await t.db.run(sql`SELECT count(*) AS n FROM audit_event`))[0].n);
    const before = await audited();
    const template = await t.http('/api/members/template.xlsx', { headers: { cookie } });
    expect(template.status).toBe(403);
    expect(await template.json()).toEqual({
      error: { code: 'CSRF', message: expect.stringMatching(/^请求缺少 x-wanxia-csrf 请求头.*\(/) },
    });
    const upload = await t.http('/api/members/import?mode=commit', {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv' },
      body: '姓名*\n张三\n',
    });
    expect(upload.status).toBe(403);
    expect(await audited()).toBe(before);

    const download = await t.http('/api/members/template.xlsx', {
      headers: { cookie, 'x-wanxia-csrf': '1' },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/spreadsheetml/);
  });

  it('leaves Bearer tokens as they were: no header needed, and they win over a cookie', async () => {
    const { cookie } = await cookieLogin('guest');
    const token = await t.adminToken();
    const download = await t.http('/api/members/template.xlsx', {
      headers: { authorization: `Bearer ${token}`, cookie },
    });
    expect(download.status).toBe(200);
    const res = await t.gql(VIEWER, undefined, { token, headers: { cookie } });
    expect(res.data).toEqual({ viewer: { user: { username: 'admin' } } });
    // A login without sessionCookie returns the token and sets no cookie.
    const plain = await t.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { username: 'guest', password: DEMO_PASSWORD } },
      }),
    });
    expect(plain.headers.get('set-cookie')).toBeNull();
    expect(((await plain.json()) as any).data.login.token).toMatch(/^wxs_/);
  });

  it('ends the session on logout and clears the cookie; the stale cookie then signs nobody in', async () => {
    const { cookie } = await cookieLogin('admin');
    const { response, body } = await withCookie(cookie, 'mutation { logout { ok } }');
    expect(body.data).toEqual({ logout: { ok: true } });
    const cleared = response.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/^wanxia_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);

    // The browser may still send it: the caller is anonymous, told to clear it again, and
    // a sign-in on top of it works.
    const stale = await withCookie(cookie, VIEWER);
    expect(stale.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(stale.response.headers.get('set-cookie')).toMatch(/^wanxia_session=;/);
    const again = await withCookie(
      cookie,
      `mutation { login(input: { username: "admin", password: "${DEMO_PASSWORD}", sessionCookie: true }) { user { username } } }`,
    );
    expect(again.body.data).toEqual({ login: { user: { username: 'admin' } } });
    // A stale Bearer secret is still refused outright.
    const bearer = await t.http('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${cookie.split('=')[1]}`,
      },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(bearer.status).toBe(401);
  });
});
