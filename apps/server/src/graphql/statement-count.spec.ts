import { startTestApp, type TestApp } from '../test/harness';

/** Relations load through per-request DataLoaders: the statement count must not grow with the page. */
describe('no N+1 queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  async function statementsFor(query: string) {
    let errors: unknown;
    const counted = await t.db.countStatements(async () => {
      errors = (await t.gql(query)).errors;
    });
    expect(errors).toBeUndefined();
    return counted.count;
  }

  it('members with branch and parent: the same small constant for 10 and 100 rows', async () => {
    const page = (n: number) =>
      `{ members(first: ${n}) { nodes { name branch { name parent { name } } } } }`;
    const ten = await statementsFor(page(10));
    const hundred = await statementsFor(page(100));
    expect(ten).toBe(3); // the page, its branches, their parents
    expect(hundred).toBe(ten);
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
    expect(ten).toBeLessThanOrEqual(7);
  });
});
