import { ADMISSION_TAG, raw, sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { toGlobalId } from '../../kernel/global-id';

const admitting = (statements: string[]) => statements.filter((s) => s.startsWith(ADMISSION_TAG));

/** Relations load through per-request DataLoaders: the statement count must not grow with the page. */
describe('no N+1 queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.adminToken(); // sign in first, so only the queries themselves are counted
  });
  afterAll(() => t.stop());

  async function statementsFor(query: string) {
    let errors: unknown;
    const { count } = await t.db.countStatements(async () => {
      errors = (await t.gql(query)).errors;
    });
    expect(errors).toBeUndefined();
    return count;
  }

  it('admits a caller it knows without a statement, and a new one with a single one', async () => {
    const query = '{ townships }';
    const token = await t.login('guest');
    const admission = { admission: true };
    const ask = () => t.gql(query, undefined, { token });
    const first = await t.db.countStatements(ask, admission);
    // The session's look-up with the budget's charge, in one statement.
    expect(admitting(first.statements)).toHaveLength(1);
    expect(first.statements[0]).toMatch(/user_session[\s\S]*rate_budget/);
    const leasing = await t.db.countStatements(ask, admission);
    // The kept caller; a cheap query takes a lease on the budget (a twentieth of it) …
    expect(admitting(leasing.statements)).toHaveLength(1);
    expect(leasing.statements[0]).not.toMatch(/user_session/);
    const again = await t.db.countStatements(ask, admission);
    // … and the next is paid from it: no statement admits it.
    expect(admitting(again.statements)).toEqual([]);
  });

  it('members with branch and parent: the same small constant for 10 and 100 rows', async () => {
    const page = (n: number) =>
      `{ members(first: ${n}) { nodes { name branch { name parent { name } } } } }`;
    const ten = await statementsFor(page(10));
    const hundred = await statementsFor(page(100));
    expect(ten).toBe(1); // the page with branch and parent joined in
    expect(hundred).toBe(ten);
  });

  it('joined branches and parents are the same records the loaders give', async () => {
    const res = await t.gql(
      '{ members(first: 30, orderBy: { field: BIRTH_DATE }) { nodes { id branch { id name kind parent { id name } } } } }',
    );
    for (const member of res.data!.members.nodes) {
      const direct = await t.gql(
        'query($id: ID!) { node(id: $id) { ... on Member { branch { id name kind parent { id name } } } } }',
        { id: member.id },
      );
      expect(direct.data!.node.branch).toEqual(member.branch);
    }
  });

  it('a member by id with its branch and parent: one statement, the same records the loaders give', async () => {
    const [member] = (await t.gql('{ members(first: 1) { nodes { id } } }')).data!.members.nodes;
    const fields = 'name idCardNumber branch { id name parent { id name } }';
    let joined: unknown;
    const { count } = await t.db.countStatements(async () => {
      joined = (
        await t.gql(`query($id: ID!) { node(id: $id) { ... on Member { ${fields} } } }`, {
          id: member.id,
        })
      ).data!.node;
    });
    expect(count).toBe(1); // the member with both joined in
    const loaded = await t.gql(
      `query($id: ID!) { nodes(ids: [$id]) { ... on Member { ${fields} } } }`,
      { id: member.id },
    );
    expect(loaded.data!.nodes[0]).toEqual(joined);
  });

  it('a branch tree with member counts: constant, and few', async () => {
    const tree = (n: number) => `{
      branches(first: ${n}, filter: { rootsOnly: true }) {
        nodes { name memberCount children(first: ${n}) { totalCount nodes { name memberCount } } }
      }
    }`;
    const small = await statementsFor(tree(3));
    const large = await statementsFor(tree(40));
    expect(large).toBe(small);
    expect(small).toBe(2); // roots with their counts, children with theirs
  });

  it('member counts read with a page are the ones the loader gives', async () => {
    const res = await t.gql(`{
      branches(first: 10, filter: { rootsOnly: true }) {
        nodes { id memberCount children(first: 12) { nodes { id memberCount } } }
      }
    }`); // the demo tree has 7 roots: at most 7 + 7 × 12 branches, within what nodes() takes
    const listed = res.data!.branches.nodes.flatMap(
      (root: { id: string; memberCount: number; children: { nodes: unknown[] } }) => [
        { id: root.id, memberCount: root.memberCount },
        ...root.children.nodes,
      ],
    );
    expect(listed.length).toBeGreaterThan(10);
    const loaded = await t.gql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Branch { memberCount } } }',
      {
        ids: listed.map((b: { id: string }) => b.id),
      },
    );
    expect(loaded.data!.nodes).toEqual(listed);
    // Both agree with a plain count per subtree.
    const rows = await t.db.run(
      raw(`
      SELECT r.id AS key, count(m.id)::int AS n FROM branch r
      JOIN branch d ON d.path LIKE r.path || '%'
      LEFT JOIN member m ON m.branch_id = d.id AND m.status = 'ACTIVE'
      GROUP BY r.id`),
    );
    const plain = new Map(rows.map((r) => [toGlobalId('Branch', Number(r.key)), Number(r.n)]));
    for (const b of listed) expect(b.memberCount).toBe(plain.get(b.id));
  });

  it('branches with counts, secretaries and history: constant too', async () => {
    const page = (n: number) => `{
      branches(first: ${n}, filter: { kind: BRANCH }) {
        totalCount
        nodes { name memberCount secretary { name branchHistory { branch { name } } } parent { name } ancestors { name } }
      }
    }`;
    const ten = await statementsFor(page(10));
    const hundred = await statementsFor(page(100));
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(8);
  });

  it('branches with their bureau, its parent and children: constant', async () => {
    const page = (n: number) =>
      `{ branches(first: ${n}) { nodes { bureau { name parent { name children { name } } } } } }`;
    const ten = await statementsFor(page(10));
    expect(await statementsFor(page(100))).toBe(ten);
    expect(ten).toBeLessThanOrEqual(4); // the page, the bureaus, their parents, the children
  });

  // Last: it adds bureaus the tests above do not expect.
  it('bureaus with parents and children: constant however many', async () => {
    await t.db.run(sql`
      WITH made AS (
        INSERT INTO bureau (name, level, code, parent_id, path, depth)
        SELECT '县' || g, 'COUNTY', (430900 + g)::text, c.id, '', 2
        FROM bureau c CROSS JOIN generate_series(30, 49) g WHERE c.code = '430900'
        RETURNING id, parent_id)
      UPDATE bureau u SET path = c.path || u.id || '/' FROM made, bureau c
      WHERE u.id = made.id AND c.id = made.parent_id`);
    const page = (n: number) =>
      `{ bureaus(first: ${n}) { nodes { name parent { name children { name } } children { name parent { name } } } } }`;
    const three = await statementsFor(page(3));
    expect(await statementsFor(page(23))).toBe(three);
    expect(three).toBeLessThanOrEqual(6);
  });
});
