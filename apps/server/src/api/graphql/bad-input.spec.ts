import { sql } from '../../kernel/db/sql';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/harness';
import { testIdCard } from '../../test/id-cards';
import { countWrites } from '../../test/write-counter';
import { MEMBER_COLUMNS, headerText } from '../../modules/excel/member-sheet';
import { rosterCsv, sampleRoster } from '../../test/sample-roster';
import type { ImportReport } from '@wanxia/schema';

type RestError = { error: { code: string; message: string } };

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Every connection of the schema, reached from a root field; `ARGS` takes the page arguments. */
const LISTS: Record<string, { query: string; textOrder?: boolean }> = {
  apiTokens: { query: 'apiTokens(ARGS) { PAGE }' },
  auditEvents: { query: 'auditEvents(ARGS) { PAGE }' },
  branches: { query: 'branches(ARGS) { PAGE }', textOrder: true },
  budgets: { query: 'budgets(ARGS) { PAGE }' },
  disbursements: { query: 'disbursements(ARGS) { PAGE }' },
  members: { query: 'members(ARGS) { PAGE }', textOrder: true },
  users: { query: 'users(ARGS) { PAGE }', textOrder: true },
  visitTasks: { query: 'visitTasks(ARGS) { PAGE }' },
  visits: { query: 'visits(ARGS) { PAGE }' },
  'Branch.children': {
    query: 'branches(first: 1, filter: { rootsOnly: true }) { nodes { children(ARGS) { PAGE } } }',
    textOrder: true,
  },
  'Branch.members': {
    query: 'branches(first: 1) { nodes { members(ARGS) { PAGE } } }',
    textOrder: true,
  },
  'Budget.disbursements': { query: 'budgets(first: 1) { nodes { disbursements(ARGS) { PAGE } } }' },
  'Member.lifeEvents': { query: 'members(first: 1) { nodes { lifeEvents(ARGS) { PAGE } } }' },
  'Member.payments': { query: 'members(first: 1) { nodes { payments(ARGS) { PAGE } } }' },
  'Member.visitTasks': { query: 'members(first: 1) { nodes { visitTasks(ARGS) { PAGE } } }' },
  'Member.visits': { query: 'members(first: 1) { nodes { visits(ARGS) { PAGE } } }' },
};

const listQuery = (list: string, args: string) =>
  `query${args.includes('$c') ? '($c: String)' : ''} { ${LISTS[list].query.replace('ARGS', args).replace('PAGE', 'pageInfo { startCursor endCursor } nodes { id }')} }`;

/** The connection in a list query's answer, however deep. */
function connectionIn(data: unknown): { pageInfo: { endCursor: string | null } } {
  if (data && typeof data === 'object') {
    if ('pageInfo' in data) return data as { pageInfo: { endCursor: string | null } };
    for (const value of Object.values(data)) {
      const found = Array.isArray(value) ? connectionIn(value[0]) : connectionIn(value);
      if (found) return found;
    }
  }
  return null as never;
}

describe('input at the edge', () => {
  let t: TestApp;
  let writes: () => Promise<number>;
  let branchId: string;
  let memberId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    writes = await countWrites(t.ownerUrl);
    const res = await t.gql(`{ branches(first: 1, filter: { kind: BRANCH }) { nodes { id } }
      members(first: 1, filter: { status: [ACTIVE] }) { nodes { id } } }`);
    branchId = res.data!.branches.nodes[0].id;
    memberId = res.data!.members.nodes[0].id;
    // Some lists are empty in the demo data.
    await t.gql(
      'mutation { createApiToken(input: { name: "对账", scopes: [MEMBERS_READ] }) { secret } }',
    );
  });
  afterAll(() => t.stop());

  /** Sends a request expected to be refused: BAD_USER_INPUT, HTTP 400, nothing written. */
  async function refused(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ) {
    const before = await writes();
    const response = await t.http('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token !== null ? { authorization: `Bearer ${token ?? (await t.adminToken())}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.data).toBeUndefined();
    expect(await writes()).toBe(before);
    return body.errors![0];
  }

  describe('control characters in GraphQL arguments', () => {
    const createMember =
      'mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } userErrors { field code } } }';
    const newMember = (overrides: Record<string, unknown>) => ({
      name: '李秀英',
      idCardNumber: testIdCard('1950-03-04', 7),
      branchId,
      retirementType: 'TUIXIU',
      residenceKind: 'TOWNSHIP',
      residencePlace: '东坪镇',
      partyMember: false,
      ...overrides,
    });

    it.each([
      ['a member’s name', () => [createMember, { input: newMember({ name: '李\u0000秀英' }) }]],
      [
        'an address',
        () => [
          'mutation($input: UpdateMemberInput!) { updateMember(input: $input) { userErrors { code } } }',
          { input: { id: memberId, address: '东坪镇\u0000' } },
        ],
      ],
      ['a tag in a list', () => [createMember, { input: newMember({ tags: ['军休', '\u0007'] }) }]],
      [
        'a search',
        () => [
          'query($s: String) { members(filter: { search: $s }) { totalCount } }',
          { s: 'zh\u0000' },
        ],
      ],
      [
        'a tag filter',
        () => [
          'query($t: String) { members(filter: { tag: $t }) { totalCount } }',
          { t: '\u001b[31m' },
        ],
      ],
      [
        'a token name',
        () => [
          'mutation($n: String!) { createApiToken(input: { name: $n, scopes: [MEMBERS_READ] }) { secret } }',
          { n: 'sync\u0000' },
        ],
      ],
      [
        'a \\b escape in the query text',
        () => ['{ members(filter: { search: "a\\bc" }) { totalCount } }', undefined],
      ],
      [
        'an escape in the query text',
        () => ['{ members(filter: { search: "\\u0000" }) { totalCount } }', undefined],
      ],
    ] as [string, () => [string, Record<string, unknown> | undefined]][])(
      'refuses %s with BAD_USER_INPUT naming the argument, and writes nothing',
      async (_case, request) => {
        const [query, variables] = request();
        const error = await refused(query, variables);
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.extensions?.argument).toMatch(/^(input|filter)\./);
        expect(error.message).toMatch(/^\S+ 含有不可见的控制字符 U\+00[01][0-9A-F]，.* \(.+\)$/);
      },
    );

    it('names the path of the argument, list positions included', async () => {
      const error = await refused(createMember, {
        input: newMember({ tags: ['军休', 'a\u0001'] }),
      });
      expect(error.extensions).toMatchObject({ argument: 'input.tags.1', field: 'createMember' });
      expect(error.message).toContain('U+0001');
    });

    it('refuses them in login before any attempt is counted', async () => {
      const login =
        'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';
      const user = await refused(login, { u: 'shu\u0000ji', p: 'x' }, null);
      expect(user.extensions?.argument).toBe('input.username');
      for (let i = 0; i < 6; i++) {
        const password = await refused(login, { u: 'shuji', p: `wrong\u0000${i}` }, null);
        expect(password.extensions?.argument).toBe('input.password');
      }
      // Six refused attempts and no lock: none of them reached the sign-in.
      await expect(t.login('shuji')).resolves.toMatch(/./);
    });

    it('takes tab, newline and carriage return as they are', async () => {
      const res = await t.gql(
        'query($s: String) { members(filter: { search: $s }) { totalCount } }',
        {
          s: '张\t建\r\n国',
        },
      );
      expect(res.errors).toBeUndefined();
    });
  });

  describe('control characters in /api requests', () => {
    const get = async (path: string) =>
      t.http(path, { headers: { authorization: `Bearer ${await t.adminToken()}` } });

    it.each([
      [
        '/api/members/export.xlsx?filter=' + encodeURIComponent('{"search":"\\u0000"}'),
        'filter.search',
      ],
      [
        '/api/visits/export.xlsx?filter=' +
          encodeURIComponent('{"occasion":["HOLIDAY"],"memberId":"\\u0002"}'),
        'filter.memberId',
      ],
      ['/api/members/export.xlsx?orderBy=%00', 'orderBy'],
      ['/api/members/template.xlsx?x=%1F', 'x'],
    ])('%s is a 400 in the JSON error shape, and writes nothing', async (path, at) => {
      const before = await writes();
      const response = await get(path);
      expect(response.status).toBe(400);
      const body = (await response.json()) as RestError;
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.message).toContain(`${at} 含有不可见的控制字符`);
      expect(await writes()).toBe(before);
    });

    it('refuses a control character in the import’s file name before reading the file', async () => {
      const before = await writes();
      const response = await t.http('/api/members/import?mode=commit&filename=a%00.csv', {
        method: 'POST',
        headers: { authorization: `Bearer ${await t.adminToken()}` },
        body: 'x',
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as RestError).error.message).toContain(
        'filename 含有不可见的控制字符 U+0000',
      );
      expect(await writes()).toBe(before);
    });

    it('reports a control character in an uploaded cell as a problem of its row and column', async () => {
      const paths = await t.db.run(sql`
        SELECT p.name || '/' || b.name AS path FROM branch b JOIN branch p ON p.id = b.parent_id
        WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL LIMIT 1`);
      const taken = await t.db.run(sql`SELECT id_card_number AS id FROM member`);
      const rows = sampleRoster({
        count: 3,
        branches: [String(paths[0].path)],
        taken: new Set(taken.map((r) => String(r.id))),
      });
      rows[1].name = '王\u0007芳';
      const before = await writes();
      const response = await t.http('/api/members/import?mode=commit&filename=roster.csv', {
        method: 'POST',
        headers: { authorization: `Bearer ${await t.adminToken()}` },
        body: rosterCsv(rows),
      });
      expect(response.status).toBe(200);
      const report = (await response.json()) as ImportReport;
      const nameHeader = headerText(MEMBER_COLUMNS.find((c) => c.field === 'name')!);
      expect(report.committed).toBe(false);
      expect(report.problems).toEqual([
        expect.objectContaining({
          row: 3,
          column: nameHeader.replace(/\*$/, ''),
          field: 'name',
          code: 'INVALID',
        }),
      ]);
      expect(report.problems[0].message).toContain('U+0007');
      expect(await writes()).toBe(before);
    });
  });

  describe('cursors', () => {
    const bad: [string, string][] = [
      ['[1, 9007199254740991]', cursor([1, 9007199254740991])],
      ['["a", 2147483648]', cursor(['a', 2147483648])],
      ['not JSON', Buffer.from('{oops').toString('base64url')],
      ['[]', cursor([])],
      ['a NUL in the value', cursor(['\u0000', 1])],
    ];

    it.each(Object.keys(LISTS))(
      '%s refuses cursors of the wrong types and ranges',
      async (list) => {
        const cases = [...bad];
        // A text-ordered list takes any text; the others only their dates and times.
        if (!LISTS[list].textOrder) cases.push(['["x", 1]', cursor(['x', 1])]);
        for (const [, value] of cases) {
          for (const argument of ['after', 'before']) {
            const res = await t.gql(listQuery(list, `${argument}: $c`), { c: value });
            expect(res.errors?.map((e) => e.extensions)).toEqual([
              expect.objectContaining({ code: 'BAD_USER_INPUT', argument }),
            ]);
          }
        }
      },
    );

    it.each(Object.keys(LISTS))('%s takes its own cursors', async (list) => {
      const first = await t.gql(listQuery(list, 'first: 2'));
      expect(first.errors).toBeUndefined();
      const end = connectionIn(first.data).pageInfo.endCursor;
      if (end === null) return;
      for (const args of ['first: 2, after: $c', 'last: 2, before: $c']) {
        const page = await t.gql(listQuery(list, args), { c: end });
        expect(page.errors).toBeUndefined();
      }
    });

    it.each([
      [
        'members',
        [
          'NAME',
          'BIRTH_DATE',
          'BIRTHDAY',
          'PARTY_JOIN_DAY',
          'PARTY_JOIN_DATE',
          'CREATED_AT',
          'UPDATED_AT',
        ],
      ],
      ['branches', ['NAME', 'FOUNDED_ON', 'CREATED_AT']],
    ])('%s pages on through every order', async (list, fields) => {
      for (const field of fields) {
        for (const direction of ['ASC', 'DESC']) {
          const order = `orderBy: { field: ${field}, direction: ${direction} }`;
          const query = `query($c: String) { ${list}(first: 3, after: $c, ${order}) { nodes { id } pageInfo { endCursor } } }`;
          const first = await t.gql(query);
          const second = await t.gql(query, { c: first.data![list].pageInfo.endCursor });
          expect(second.errors).toBeUndefined();
          expect(second.data![list].nodes).toHaveLength(3);
          const firstIds = first.data![list].nodes.map((n: { id: string }) => n.id);
          for (const node of second.data![list].nodes) expect(firstIds).not.toContain(node.id);
        }
      }
    });
  });

  describe('dates', () => {
    it('answers holidays up to the last day of 9999', async () => {
      const res = await t.gql(
        '{ holidays(from: "9990-01-01", to: "9999-12-31") { date holiday } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.holidays).toHaveLength(20);
      expect(res.data!.holidays.at(-1)).toEqual({ date: '9999-10-10', holiday: 'DOUBLE_NINTH' });
    });

    it('still refuses a span over ten years, or backwards', async () => {
      for (const [from, to] of [
        ['2026-01-01', '2036-01-02'],
        ['2026-01-02', '2026-01-01'],
      ]) {
        const res = await t.gql(`{ holidays(from: "${from}", to: "${to}") { date } }`);
        expect(res.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument: 'to',
        });
      }
    });
  });
});
