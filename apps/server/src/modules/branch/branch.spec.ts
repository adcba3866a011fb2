import { startTestApp, type TestApp } from '../../test/harness';
import { toGlobalId } from '../../kernel/global-id';

const BRANCH_FIELDS = 'id name kind version depth parent { id } ';

describe('branches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  const count = async (filter: string) =>
    (await t.gql(`{ branches(filter: ${filter}) { totalCount } }`)).data!.branches.totalCount;

  it('reproduces the county figures of 2022 through the API', async () => {
    expect(await count('{ kind: GENERAL_BRANCH }')).toBe(7);
    expect(await count('{ kind: BRANCH }')).toBe(140);
    expect(await count('{ demonstrationLevel: PROVINCIAL }')).toBe(3);
    expect(await count('{ demonstrationLevel: CITY }')).toBe(16);
    expect(await count('{ demonstrationLevel: COUNTY }')).toBe(11);
    expect(await count('{ isDemonstration: true }')).toBe(30);
    expect(await count('{ hasMembersHome: true }')).toBe(94);
    expect(await count('{ rootsOnly: true }')).toBe(7);
  });

  it('walks the tree: children, parent, ancestors and member counts that include sub-branches', async () => {
    const res = await t.gql(`{
      branches(first: 7, filter: { rootsOnly: true }) {
        nodes { id name memberCount children(first: 40) { totalCount nodes { id memberCount parent { id } ancestors { id } } } }
      }
    }`);
    const roots = res.data!.branches.nodes;
    expect(roots).toHaveLength(7);
    let total = 0;
    for (const root of roots) {
      const kids = root.children.nodes;
      expect(kids.length).toBe(root.children.totalCount);
      expect(root.memberCount).toBe(
        kids.reduce((sum: number, k: { memberCount: number }) => sum + k.memberCount, 0),
      );
      for (const kid of kids) {
        expect(kid.parent.id).toBe(root.id);
        expect(kid.ancestors).toEqual([{ id: root.id }]);
      }
      total += root.memberCount;
    }
    const active = await t.gql('{ members(filter: { status: [ACTIVE] }) { totalCount } }');
    expect(total).toBe(active.data!.members.totalCount);
  });

  it('filters a subtree and searches by Chinese name, pinyin and initials', async () => {
    const root = (
      await t.gql(
        '{ branches(first: 1, filter: { rootsOnly: true }) { nodes { id name children { totalCount } } } }',
      )
    ).data!.branches.nodes[0];
    expect(await count(`{ subtreeOf: "${root.id}" }`)).toBe(root.children.totalCount + 1);
    expect(await count(`{ parentId: "${root.id}" }`)).toBe(root.children.totalCount);
    expect(await count('{ search: "林业局" }')).toBeGreaterThan(0);
    expect(await count('{ search: "linyeju" }')).toBe(await count('{ search: "林业局" }'));
    expect(await count('{ search: "dzz" }')).toBe(7); // 党总支
  });

  it('orders and pages through all 147 with cursors, forwards and backwards, without gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await t.gql(
        'query($after: String) { branches(first: 40, after: $after, orderBy: { field: NAME }) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page = res.data.branches;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(147);
    expect(new Set(seen).size).toBe(147);
    const back = await t.gql(
      '{ branches(last: 5, orderBy: { field: NAME }) { nodes { id } pageInfo { hasPreviousPage } } }',
    );
    expect(back.data!.branches.nodes.map((n: { id: string }) => n.id)).toEqual(seen.slice(-5));
    expect(back.data!.branches.pageInfo.hasPreviousPage).toBe(true);
  });

  describe('changes', () => {
    const create = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { ${BRANCH_FIELDS} } userErrors { field code message } } }`,
        { input },
      );
    const move = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: MoveBranchInput!) { moveBranch(input: $input) { branch { ${BRANCH_FIELDS} ancestors { id } } userErrors { field code } } }`,
        { input },
      );

    it('creates a general branch with a branch under it, then moves and archives them', async () => {
      const general = (
        await create({
          name: '县水利局离退休干部党总支',
          kind: 'GENERAL_BRANCH',
          foundedOn: '2020-05-01',
        })
      ).data!.createBranch;
      expect(general.userErrors).toEqual([]);
      expect(general.branch).toMatchObject({
        kind: 'GENERAL_BRANCH',
        depth: 0,
        parent: null,
        version: 1,
      });
      const branch = (
        await create({
          name: '县水利局离退休干部第一党支部',
          kind: 'BRANCH',
          parentId: general.branch.id,
          hasMembersHome: true,
        })
      ).data!.createBranch.branch;
      expect(branch).toMatchObject({ depth: 1, parent: { id: general.branch.id } });

      const other = (await create({ name: '县交通局离退休干部党总支', kind: 'GENERAL_BRANCH' }))
        .data!.createBranch.branch;
      const moved = (await move({ id: general.branch.id, parentId: other.id, expectedVersion: 1 }))
        .data!.moveBranch;
      expect(moved.userErrors).toEqual([]);
      expect(moved.branch).toMatchObject({ depth: 1, version: 2, ancestors: [{ id: other.id }] });
      const grandchild = await t.gql(
        `query($id: ID!) { node(id: $id) { ... on Branch { depth ancestors { id } } } }`,
        { id: branch.id },
      );
      expect(grandchild.data!.node).toEqual({
        depth: 2,
        ancestors: [{ id: other.id }, { id: general.branch.id }],
      });

      const archive = (id: string) =>
        t.gql(
          `mutation($id: ID!) { archiveBranch(input: { id: $id }) { branch { archivedAt } userErrors { code } } }`,
          { id },
        );
      expect((await archive(general.branch.id)).data!.archiveBranch.userErrors).toEqual([
        { code: 'HAS_CHILDREN' },
      ]);
      expect((await archive(branch.id)).data!.archiveBranch.branch.archivedAt).toEqual(
        expect.any(String),
      );
      expect(await count(`{ subtreeOf: "${other.id}" }`)).toBe(2);
    });

    it('refuses to move a branch under itself or its own descendant, changing nothing', async () => {
      const root = (await create({ name: '循环测试党总支', kind: 'GENERAL_BRANCH' })).data!
        .createBranch.branch;
      const mid = (
        await create({ name: '循环测试中层党总支', kind: 'GENERAL_BRANCH', parentId: root.id })
      ).data!.createBranch.branch;
      for (const target of [root.id, mid.id]) {
        const res = (await move({ id: root.id, parentId: target })).data!.moveBranch;
        expect(res).toEqual({ branch: null, userErrors: [{ field: ['parentId'], code: 'CYCLE' }] });
      }
      const after = await t.gql(
        `query($id: ID!) { node(id: $id) { ... on Branch { version depth parent { id } } } }`,
        { id: root.id },
      );
      expect(after.data!.node).toEqual({ version: 1, depth: 0, parent: null });
    });

    it('refuses to archive a branch that still has members', async () => {
      const busy = (
        await t.gql(
          '{ branches(first: 1, filter: { kind: BRANCH }) { nodes { id memberCount version } } }',
        )
      ).data!.branches.nodes[0];
      expect(busy.memberCount).toBeGreaterThan(0);
      const res = await t.gql(
        `mutation($id: ID!) { archiveBranch(input: { id: $id }) { branch { id } userErrors { field code message } } }`,
        {
          id: busy.id,
        },
      );
      expect(res.data!.archiveBranch.branch).toBeNull();
      expect(res.data!.archiveBranch.userErrors[0]).toMatchObject({
        field: ['id'],
        code: 'HAS_MEMBERS',
      });
      expect(res.data!.archiveBranch.userErrors[0].message).toContain(String(busy.memberCount));
    });

    it('answers bad input with userErrors naming the field', async () => {
      const aBranch = (
        await t.gql('{ branches(first: 1, filter: { kind: BRANCH }) { nodes { id } } }')
      ).data!.branches.nodes[0];
      const cases: [Record<string, unknown>, string, string][] = [
        [{ name: '  ', kind: 'BRANCH' }, 'name', 'REQUIRED'],
        [{ name: '党'.repeat(200), kind: 'BRANCH' }, 'name', 'TOO_LONG'],
        [
          { name: 'x', kind: 'BRANCH', parentId: toGlobalId('Branch', 999999) },
          'parentId',
          'NOT_FOUND',
        ],
        [
          { name: 'x', kind: 'BRANCH', parentId: toGlobalId('Member', 1) },
          'parentId',
          'INVALID_ID',
        ],
        [{ name: 'x', kind: 'BRANCH', parentId: aBranch.id }, 'parentId', 'INVALID'],
        [
          { name: 'x', kind: 'BRANCH', demonstrationLevel: 'CITY' },
          'demonstrationYear',
          'REQUIRED',
        ],
        [
          { name: 'x', kind: 'BRANCH', demonstrationLevel: 'CITY', demonstrationYear: 2099 },
          'demonstrationYear',
          'IN_FUTURE',
        ],
        [{ name: 'x', kind: 'BRANCH', foundedOn: '2099-01-01' }, 'foundedOn', 'IN_FUTURE'],
      ];
      const before = await count('{ includeArchived: true }');
      for (const [input, field, code] of cases) {
        const res = (await create(input)).data!.createBranch;
        expect({
          input,
          errors: res.userErrors.map((e: { field: string[]; code: string }) => [
            e.field.join('.'),
            e.code,
          ]),
        }).toEqual({
          input,
          errors: expect.arrayContaining([[field, code]]),
        });
        expect(res.branch).toBeNull();
      }
      expect(await count('{ includeArchived: true }')).toBe(before);
    });

    it('refuses a duplicate sibling name and a stale version', async () => {
      const first = (await create({ name: '重名测试党总支', kind: 'GENERAL_BRANCH' })).data!
        .createBranch.branch;
      const dup = (await create({ name: '重名测试党总支', kind: 'GENERAL_BRANCH' })).data!
        .createBranch;
      expect(dup.userErrors).toEqual([
        expect.objectContaining({ field: ['name'], code: 'DUPLICATE' }),
      ]);

      const update = (input: Record<string, unknown>) =>
        t.gql(
          `mutation($input: UpdateBranchInput!) { updateBranch(input: $input) { branch { name version } userErrors { field code } } }`,
          { input },
        );
      const ok = (
        await update({ id: first.id, expectedVersion: 1, meetingPlace: '老干部活动中心' })
      ).data!.updateBranch;
      expect(ok.branch.version).toBe(2);
      const stale = (await update({ id: first.id, expectedVersion: 1, name: '新名称' })).data!
        .updateBranch;
      expect(stale).toEqual({
        branch: null,
        userErrors: [{ field: ['expectedVersion'], code: 'STALE' }],
      });
    });
  });
});
