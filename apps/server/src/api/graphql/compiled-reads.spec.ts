import { parse } from 'graphql';
import { startTestApp, type TestApp } from '../../test/harness';
import { compiledPlanFor } from './compiled-reads';

/**
 * The roster page answered from its rows without the executor's walk must answer exactly what
 * the executor does. `@include(if: true)` on the root field leaves a query to the executor (a
 * compiled read takes no directive), so each query is asked both ways and the answers compared.
 */
describe('compiled reads', () => {
  let t: TestApp;
  let admin: string;
  let secretary: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.adminToken();
    secretary = await t.login('shuji');
  });
  afterAll(() => t.stop());

  const compiled = (query: string) => compiledPlanFor(t.schema, parse(query)) !== null;
  /** The same query left to the executor. */
  const executed = (query: string) =>
    query.replace(/members\(([^)]*)\)/, 'members($1) @include(if: true)');

  async function bothWays(query: string, variables?: Record<string, unknown>, token = admin) {
    expect(compiled(query)).toBe(true);
    expect(compiled(executed(query))).toBe(false);
    const fast = await t.gql(query, variables, { token });
    const slow = await t.gql(executed(query), variables, { token });
    expect(fast.errors).toBeUndefined();
    expect(slow.errors).toBeUndefined();
    expect(fast.data).toEqual(slow.data);
    return fast.data!;
  }

  it('answers the roster page as the executor does: aliases, fragments, typenames, masked phones', async () => {
    const data = await bothWays(
      `
      query Page($filter: MemberFilter) {
        roster: members(first: 60, filter: $filter) {
          __typename
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          nodes {
            __typename
            key: id
            ...Person
            ... on Member { status phone }
            branch { name up: parent { __typename id name } }
          }
        }
      }
      fragment Person on Member { name gender ethnicity birthDate }`,
      { filter: { status: ['ACTIVE'], ageMin: 70 } },
    );
    const nodes = data.roster.nodes;
    expect(nodes).toHaveLength(60);
    expect(data.roster.totalCount).toBeGreaterThan(60);
    // The demo has phones; every one is masked.
    const phones = nodes.map((n: { phone: string | null }) => n.phone).filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone).toMatch(/\*{4}/);
  });

  it('pages alike: edges with cursors, the next page after one, a jump by offset, backwards', async () => {
    const edges = `edges { __typename cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }`;
    const first = await bothWays(
      `{ members(first: 20, orderBy: { field: BIRTH_DATE, direction: DESC }) { ${edges} } }`,
    );
    const after = first.members.pageInfo.endCursor;
    await bothWays(
      `query($after: String) { members(first: 20, after: $after, orderBy: { field: BIRTH_DATE, direction: DESC }) { ${edges} } }`,
      { after },
    );
    await bothWays(`{ members(first: 15, offset: 45) { ${edges} totalCount } }`);
    await bothWays(
      `query($before: String) { members(last: 10, before: $before, orderBy: { field: BIRTH_DATE, direction: DESC }) { ${edges} } }`,
      { before: after },
    );
  });

  it("answers a secretary's page within their reach", async () => {
    const data = await bothWays(
      `{ members(first: 100) { totalCount nodes { id name branch { id name parent { id name } } } } }`,
      undefined,
      secretary,
    );
    const everyone = await t.gql('{ members { totalCount } }', undefined, { token: admin });
    expect(data.members.totalCount).toBeLessThan(everyone.data!.members.totalCount);
    expect(data.members.nodes).toHaveLength(100);
  });

  it('reads the page in one statement, searches included', async () => {
    for (const query of [
      '{ members(first: 50) { nodes { id name birthDate phone branch { name parent { name } } } } }',
      '{ members(first: 50, filter: { search: "张" }) { nodes { id name branch { name } } } }',
    ]) {
      expect(compiled(query)).toBe(true);
      const { count } = await t.db.countStatements(async () => {
        expect((await t.gql(query, undefined, { token: admin })).errors).toBeUndefined();
      });
      expect(count).toBe(1);
    }
  });

  it('leaves to the executor what it does not answer: derived, audited and argument fields, other types', () => {
    for (const query of [
      '{ members { nodes { id age } } }',
      '{ members { nodes { id idCardNumber } } }',
      '{ members { nodes { personalData { phone } } } }',
      '{ members { nodes { branch { members(first: 1) { totalCount } } } } }',
      '{ members { nodes { id } edges { node { id } } } }',
      '{ members { nodes { id @include(if: true) } } }',
      '{ members { nodes { ... on Node { id } } } }',
      '{ members { nodes { id } } townships }',
      'mutation { logout { ok } }',
    ]) {
      expect([query, compiled(query)]).toEqual([query, false]);
    }
  });

  it('refuses alike: no sign-in, no permission check skipped, bad arguments', async () => {
    const page = '{ members(first: 5) { nodes { id name } } }';
    const anonymous = await t.gql(page, undefined, { token: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();

    const tooMany = await t.gql('{ members(first: 5000) { nodes { id } } }', undefined, {
      token: admin,
    });
    expect(tooMany.errors?.[0]).toMatchObject({
      path: ['members'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    const badCursor = await t.gql('{ members(after: "nonsense") { nodes { id } } }', undefined, {
      token: admin,
    });
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badBranch = await t.gql(
      '{ members(filter: { branchSubtree: "TWVtYmVyOjE" }) { nodes { id } } }',
      undefined,
      { token: admin },
    );
    expect(badBranch.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
