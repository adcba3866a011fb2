import { ApolloServer, type GraphQLResponse } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { createLogger } from '../../../kernel/logger';
import type { TokenCaller } from '../../../kernel/access/caller';
import { Permission } from '../../../kernel/access/permissions';
import { TEST_NOW } from '../../../test/constants';
import { startTestApp, type TestApp } from '../../../test/harness';
import { Admission, createContext, openContext } from '../context';
import type { Context } from '../../../kernel/context';
import { createErrorFormatter } from '../format-error';
import { createSchema } from '../schema';
import { createLimitsPlugin, type LimitsOptions } from './limits-plugin';

const LIMITS: LimitsOptions = {
  maxCost: 1000,
  maxDepth: 12,
  maxAliases: 30,
  capacity: 5000,
  restorePerSecond: 50,
};

const READER: TokenCaller = {
  kind: 'TOKEN',
  tokenKey: 0,
  tokenName: 'limits test',
  permissions: new Set([Permission.MEMBERS_READ]),
  scopePath: null,
  scopeBranchKey: null,
  scopeBureauKey: null,
  scopeBureauPath: null,
};

const NESTED_PAGES =
  '{ branches(first: 100) { nodes { members(first: 100) { nodes { name } } } } }';

describe('the limits plugin', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let admission: Admission;
  const logger = createLogger('silent');
  const servers: ApolloServer<Context>[] = [];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    schema = await createSchema();
    admission = new Admission(t.db);
    await admission.ready;
  });
  afterAll(async () => {
    await admission.stop();
    await Promise.all(servers.map((server) => server.stop()));
    await t.stop();
  });

  async function serve(options: LimitsOptions) {
    const server = new ApolloServer<Context>({
      schema,
      plugins: [createLimitsPlugin(options)],
      formatError: createErrorFormatter(logger),
      includeStacktraceInErrorResponses: false,
    });
    await server.start();
    servers.push(server);
    return server;
  }

  async function contextFor(callerKey: string): Promise<Context> {
    const context = await createContext(t.db, admission, () => TEST_NOW, {
      requestId: 'limits-test',
      logger,
      ip: '127.0.0.1',
    });
    // Signed in, so the resolvers' access checks pass; the plugin charges callerKey's budget.
    return Object.assign(context, { caller: READER, callerKey });
  }

  /** Runs one operation, counting the SQL statements it sends. */
  async function run(
    server: ApolloServer<Context>,
    query: string,
    callerKey = 'test',
    variables?: Record<string, unknown>,
  ) {
    const contextValue = await contextFor(callerKey);
    let response: GraphQLResponse | undefined;
    const { count } = await t.db.countStatements(
      async () => {
        response = await server.executeOperation({ query, variables }, { contextValue });
      },
      { admission: true },
    );
    const { http, body } = response!;
    if (body.kind !== 'single') throw new Error('expected a single result');
    return {
      status: http.status,
      headers: http.headers,
      result: body.singleResult,
      statements: count,
    };
  }

  it('refuses a 100 × 100 page of pages before any resolver or SQL runs', async () => {
    const server = await serve(LIMITS);
    const { status, result, statements } = await run(server, NESTED_PAGES);
    expect(statements).toBe(0);
    expect(status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message: 'Query cost 10,201 exceeds the limit of 1,000; ask for smaller pages',
        extensions: { code: 'QUERY_TOO_COMPLEX', cost: { requested: 10_201, limit: 1000 } },
      },
    ]);
  });

  it('refuses an alias bomb', async () => {
    const server = await serve(LIMITS);
    const fields = Array.from({ length: 100 }, (_, i) => `a${i + 1}: townships`).join(' ');
    const { status, result, statements } = await run(server, `{ ${fields} }`);
    expect(statements).toBe(0);
    expect(status).toBe(400);
    expect(result.errors?.[0].message).toBe('Query uses 100 aliases, more than the limit of 30');
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      aliases: { requested: 100, limit: 30 },
    });
  });

  it('refuses a query 20 levels deep', async () => {
    const server = await serve(LIMITS);
    const parents = 'parent { '.repeat(16) + 'name' + ' }'.repeat(16);
    const query = `{ members(first: 1) { nodes { branch { ${parents} } } } }`;
    const { result, statements } = await run(server, query);
    expect(statements).toBe(0);
    expect(result.errors?.[0].message).toMatch(/^Query depth 20 exceeds the limit of 12/);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      depth: { requested: 20, limit: 12 },
    });
  });

  it('refuses a fragment bomb that would take long even to price', async () => {
    const server = await serve(LIMITS);
    const levels = Array.from(
      { length: 20 },
      (_, i) =>
        `fragment F${i} on Branch { parent { ...F${i + 1} } secretary { branch { ...F${i + 1} } } }`,
    ).join('\n');
    const query = `{ branches(first: 1) { nodes { ...F0 } } }\n${levels}\nfragment F20 on Branch { name }`;
    const { status, result, statements } = await run(server, query);
    expect(statements).toBe(0);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('runs a normal query and reports its cost with the points left', async () => {
    const server = await serve(LIMITS);
    const first = await run(server, '{ townships }', 'normal');
    expect(first.status ?? 200).toBe(200);
    expect(first.result.errors).toBeUndefined();
    expect(Array.isArray(first.result.data?.townships)).toBe(true);
    expect(first.result.extensions).toEqual({
      cost: { requested: 1, limit: 1000, remaining: 4999 },
    });

    const query = '{ members(first: 50) { nodes { name branch { name parent { name } } } } }';
    const second = await run(server, query, 'normal');
    expect(second.result.extensions?.cost).toEqual({
      requested: 151,
      limit: 1000,
      remaining: expect.any(Number),
    });
    const { remaining } = second.result.extensions?.cost as { remaining: number };
    // 4999 - 151, plus at most a few seconds of refill at 50 a second.
    expect(remaining).toBeGreaterThanOrEqual(4848);
    expect(remaining).toBeLessThan(5000);
  });

  it('refuses with RATE_LIMITED once the budget is spent, saying when to come back', async () => {
    const server = await serve({ ...LIMITS, maxCost: 100, capacity: 100, restorePerSecond: 1 });
    const query = '{ members(first: 59) { nodes { id } } }'; // 1 + 59 = 60
    const allowed = await run(server, query, 'spender');
    expect(allowed.result.extensions?.cost).toEqual({ requested: 60, limit: 100, remaining: 40 });

    const refused = await run(server, query, 'spender');
    expect(refused.statements).toBe(2); // the refused spend and the look-up of the points left
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('20');
    expect(refused.result.data).toBeUndefined();
    expect(refused.result.errors?.[0].message).toBe(
      'Rate limited: this query costs 60 points and 40 are left; try again in 20 seconds',
    );
    expect(refused.result.errors?.[0].extensions).toEqual({
      code: 'RATE_LIMITED',
      cost: { requested: 60, limit: 100, remaining: 40 },
      retryAfterSeconds: 20,
    });
    expect(refused.result.extensions?.cost).toEqual({ requested: 60, limit: 100, remaining: 40 });
  });

  it('charges a signed-in caller in the statement that checks its session, and refuses once spent', async () => {
    const server = await serve({ ...LIMITS, maxCost: 100, capacity: 100, restorePerSecond: 1 });
    const authorization = `Bearer ${await t.login('guest')}`;
    const query = '{ members(first: 59) { nodes { id } } }'; // 1 + 59 = 60
    const asGuest = async () => {
      const contextValue = openContext(t.db, admission, () => TEST_NOW, {
        requestId: 'limits-test',
        logger,
        ip: '127.0.0.1',
        authorization,
      });
      let response: GraphQLResponse | undefined;
      const { count } = await t.db.countStatements(
        async () => {
          response = await server.executeOperation({ query }, { contextValue });
        },
        { admission: true },
      );
      if (response!.body.kind !== 'single') throw new Error('expected a single result');
      return { status: response!.http.status, result: response!.body.singleResult, count };
    };
    const allowed = await asGuest();
    expect(allowed.count).toBe(2); // the session's look-up with the charge, then the page
    expect(allowed.result.extensions?.cost).toEqual({ requested: 60, limit: 100, remaining: 40 });

    const refused = await asGuest();
    expect(refused.count).toBe(2); // the look-up with the refused charge, then the points left
    expect(refused.status).toBe(429);
    expect(refused.result.errors?.[0].extensions).toEqual({
      code: 'RATE_LIMITED',
      cost: { requested: 60, limit: 100, remaining: 40 },
      retryAfterSeconds: 20,
    });
  });

  it('will not start with a budget smaller than one allowed query', () => {
    expect(() => createLimitsPlugin({ ...LIMITS, capacity: 999 })).toThrow(/at least maxCost/);
  });
});
