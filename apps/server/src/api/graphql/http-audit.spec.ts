import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from '../../test/harness';

/** The GraphQL-over-HTTP specification's own server audit (API.md's yardstick). */
describe('GraphQL over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('passes every MUST of the graphql-http audit', async () => {
    const results = await auditServer({
      url: `${t.baseUrl}/graphql`,
      // Apollo's CSRF prevention asks GET requests to prove they are not simple requests.
      fetchFn: (input: string | URL | Request, init?: RequestInit) =>
        fetch(input, {
          ...init,
          headers: {
            ...(init?.headers as Record<string, string>),
            'apollo-require-preflight': 'true',
          },
        }),
    });
    const failedMusts = results
      .filter((r) => r.status === 'error')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failedMusts).toEqual([]);
    const warnings = results.filter((r) => r.status === 'warn').length;
    process.stdout.write(
      `graphql-http audit: ${results.length} audits, 0 MUST failures, ${warnings} SHOULD warnings\n`,
    );
  });

  it('lets signed-in callers introspect, and can refuse anonymous introspection', async () => {
    const closed = await startTestApp({ anonymousIntrospection: false });
    try {
      const anonymous = await closed.gql('{ __schema { queryType { name } } }', undefined, {
        token: null,
      });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const signedIn = await closed.gql('{ __schema { queryType { name } } }');
      expect(signedIn.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await closed.stop();
    }
  });
});
