import { startTestApp, type TestApp } from '../../test/harness';
import { toGlobalId } from '../../kernel/global-id';

describe('the HTTP API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('answers the probes', async () => {
    expect(await (await t.http('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.http('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the console at / and its client-side routes, but not unknown API paths', async () => {
    for (const url of ['/', '/roster/123']) {
      const res = await t.http(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('晚霞');
    }
    expect((await t.http('/graphql/nope', { method: 'POST' })).status).toBe(404);
  });

  it('answers the first question a new user asks: 147 branches', async () => {
    const res = await t.gql('{ branches(first: 1) { totalCount } }');
    expect(res.data).toEqual({ branches: { totalCount: 147 } });
    expect(res.extensions?.cost).toEqual({
      requested: 1,
      limit: 5000,
      remaining: expect.any(Number),
    });
  });

  it('serves queries over GET and echoes a request id', async () => {
    const res = await t.http(
      `/graphql?query=${encodeURIComponent('{ branches(first: 1) { totalCount } }')}`,
      {
        headers: {
          'x-request-id': 'trace-123',
          'apollo-require-preflight': 'true',
          authorization: `Bearer ${await t.adminToken()}`,
        },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    const body = (await res.json()) as { data: { branches: { totalCount: number } } };
    expect(body.data.branches.totalCount).toBe(147);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const res = await t.http(`/graphql?query=${encodeURIComponent('{ townships }')}`);
    expect(res.status).toBe(400);
  });

  it('refuses pages over 100 rather than cutting them silently', async () => {
    const res = await t.gql('{ members(first: 500) { totalCount } }');
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/at most 100/);
  });

  it('refuses negative pages, both first and last, and malformed cursors', async () => {
    for (const query of [
      '{ members(first: -1) { totalCount } }',
      '{ members(first: 5, last: 5) { totalCount } }',
      '{ members(first: 5, after: "not-a-cursor") { totalCount } }',
      '{ members(last: 5, before: "eyJ4Ijp0cnVlfQ") { totalCount } }',
    ]) {
      const res = await t.gql(query);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a global id of the wrong type in a filter', async () => {
    const res = await t.gql(
      'query($id: ID!) { members(filter: { branchSubtree: $id }) { totalCount } }',
      {
        id: toGlobalId('Member', 1),
      },
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('Branch');
  });

  it('gives every error a code and never a stack trace or SQL', async () => {
    const responses = [
      await t.gql('{ nope }'),
      await t.gql('{ members(first: 5'),
      await t.gql('query($d: MonthDay) { members(filter: { birthdayFrom: $d }) { totalCount } }', {
        d: '13-45',
      }),
    ];
    for (const res of responses) {
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors!) {
        expect(typeof error.extensions?.code).toBe('string');
        expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.js|SELECT/);
      }
    }
  });

  it('refuses costly, deep, alias-bomb and token-bomb queries before they run', async () => {
    const nested = '{ branches(first: 100) { nodes { members(first: 100) { nodes { name } } } } }';
    const deep = `{ members(first: 1) { nodes { branch { ${'parent { '.repeat(15)}name${' }'.repeat(15)} } } } }`;
    const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: townships`).join(' ')} }`;
    const tokens = `{ townships ${'__typename '.repeat(6000)} }`;
    await t.adminToken();
    for (const query of [nested, deep, aliases, tokens]) {
      let res: Awaited<ReturnType<typeof t.gql>> | undefined;
      const { statements } = await t.db.countStatements(
        async () => {
          res = await t.gql(query);
        },
        { admission: true },
      );
      expect(res!.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(res!.data).toBeUndefined();
      // At most the session's look-up: no resolver ran, no budget was charged.
      expect(statements.filter((text) => !/user_session/.test(text))).toEqual([]);
      expect(statements.join()).not.toMatch(/rate_budget/);
    }
  });

  it('gives anonymous callers no schema suggestions, and signed-in callers do get them', async () => {
    const anonymous = await t.gql('{ memberz }', undefined, { token: null });
    expect(anonymous.errors?.[0].message).not.toMatch(/Did you mean/);
    const signedIn = await t.gql('{ memberz }');
    expect(signedIn.errors?.[0].message).toMatch(/Did you mean "members"/);
  });

  it('refuses request bodies over the limit', async () => {
    const res = await t.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ townships } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('fetches any record by global id, and null for unknown or malformed ids', async () => {
    const page = await t.gql(
      '{ members(first: 1) { nodes { id name } } branches(first: 1) { nodes { id name } } }',
    );
    const member = page.data!.members.nodes[0];
    const branch = page.data!.branches.nodes[0];
    const res = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Member { name } ... on Branch { name } } }`,
      { ids: [member.id, branch.id, toGlobalId('Member', 999999), 'garbage'] },
    );
    expect(res.data!.nodes).toEqual([
      { __typename: 'Member', id: member.id, name: member.name },
      { __typename: 'Branch', id: branch.id, name: branch.name },
      null,
      null,
    ]);
    const single = await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: branch.id });
    expect(single.data!.node.id).toBe(branch.id);
  });
});
