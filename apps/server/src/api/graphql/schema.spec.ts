import { readFile } from 'node:fs/promises';
import { CONTRACT_PATH } from './contract-path';
import { createSchema, printContract } from './schema';

describe('the published contract', () => {
  it('packages/schema/schema.graphql is exactly the SDL the server builds', async () => {
    const committed = await readFile(CONTRACT_PATH, 'utf8');
    const built = printContract(await createSchema());
    // On failure: run `pnpm --filter @wanxia/server build && pnpm --filter @wanxia/server emit-schema`.
    expect(committed).toBe(built);
  });

  it('keeps the operation names integrators rely on (API.md)', async () => {
    const schema = await createSchema();
    const queries = Object.keys(schema.getQueryType()!.getFields());
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(queries).toEqual(expect.arrayContaining(['node', 'nodes', 'branches', 'members']));
    expect(mutations).toEqual(
      expect.arrayContaining([
        'createBranch',
        'updateBranch',
        'createMember',
        'updateMember',
        'recordDeath',
      ]),
    );
  });
});
