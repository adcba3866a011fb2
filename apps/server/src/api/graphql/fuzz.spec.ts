import fc from 'fast-check';
import {
  GraphQLNonNull,
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from './schema';
import { toGlobalId } from '../../kernel/global-id';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/harness';
import { countWrites } from '../../test/write-counter';
import { MEMBER_COLUMNS, headerText } from '../../modules/excel/member-sheet';

/**
 * Random arguments for every root field of the schema and random query strings and uploads for
 * every /api route, as an admin: nothing may answer 5xx or INTERNAL_SERVER_ERROR, and whatever
 * holds a control character is refused with nothing written. FUZZ_SEED repeats a run,
 * FUZZ_RUNS sets the runs per field and route.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
/** About 300 requests at the default runs; a busy 2-core machine may take half a minute. */
const TIMEOUT_MS = 60_000 + RUNS * 15_000;

/** The test's own rule, apart from the server's: C0 but tab, newline and carriage return. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const holdsControl = (value: unknown): boolean =>
  typeof value === 'string'
    ? CONTROL.test(value)
    : value !== null && typeof value === 'object' && Object.values(value).some(holdsControl);

const base64 = (text: string) => Buffer.from(text).toString('base64url');

const controlCharacter = fc
  .integer({ min: 0, max: 0x1f })
  .filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d)
  .map((c) => String.fromCharCode(c));

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 4 }), controlCharacter, fc.string({ maxLength: 4 }))
      .map(([a, c, b]) => a + c + b),
  },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), '张'.repeat(20_000)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '%',
      '_',
      '\\',
      "'",
      '"',
      '\t\n\r',
      '张建国',
      'zjg',
      '0011',
    ),
  },
);

const int = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 120 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 1949, 2026, 9999, 10000) },
  // Not Ints at all: GraphQL refuses them.
  { weight: 1, arbitrary: fc.constantFrom<unknown>(2 ** 31, 2 ** 53, 1.5, 'NaN', '1', 1e308) },
);

const money = fc.oneof(
  fc.integer({ min: -1, max: 1_000_000 }),
  fc.constantFrom<unknown>(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 0.5, '100'),
);

const date = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -62_000, max: 2_900_000 }).map(dayToDate) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '1800-01-01',
      '9999-12-31',
      '2024-02-29',
      '2026-06-15',
      '2023-02-29',
      '10000-01-01',
      '0000-01-01',
      '2026-13-01',
      '2026-6-1',
    ),
  },
  { weight: 1, arbitrary: text },
);

/** Days from 1970-01-01 as YYYY-MM-DD (1800 to 9900). */
function dayToDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const monthDay = fc.oneof(
  fc.constantFrom('01-01', '02-29', '12-31', '13-01', '00-10', '2-1'),
  fc.integer({ min: 1, max: 400 }).map((d) => dayToDate(d).slice(5)),
  text,
);

const dateTime = fc.oneof(
  fc.constantFrom('2026-06-15T08:00:00+08:00', '2026-06-15T00:00:00Z', '9999-12-31T23:59:59Z'),
  text,
);

interface Pools {
  ids: string[];
  cursors: string[];
}

/** A JSON value of any shape, for cursors and untyped places. */
const anything = fc.jsonValue({ maxDepth: 2 });

function cursorOf(pools: Pools) {
  const pair = fc.tuple(fc.oneof(date, dateTime, text, int), fc.oneof(int, text));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...pools.cursors) },
    { weight: 4, arbitrary: pair.map((values) => base64(JSON.stringify(values))) },
    { weight: 1, arbitrary: anything.map((value) => base64(JSON.stringify(value))) },
    { weight: 1, arbitrary: text },
  );
}

function scalarOf(name: string, argument: string, pools: Pools): fc.Arbitrary<unknown> {
  if (argument === 'after' || argument === 'before') return cursorOf(pools);
  switch (name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...pools.ids), text);
    case 'Int':
      return int;
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return date;
    case 'MonthDay':
      return monthDay;
    case 'DateTime':
      return dateTime;
    case 'Money':
      return money;
    case 'JSONObject':
      return fc.dictionary(fc.string({ maxLength: 4 }), anything, { maxKeys: 3 });
    default:
      return text;
  }
}

/** A random value of a GraphQL input type; `undefined` leaves a nullable one out. */
function valueOf(
  type: GraphQLInputType,
  name: string,
  pools: Pools,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!isNonNullType(type)) {
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 4, arbitrary: valueOf(new GraphQLNonNull(type), name, pools, depth) },
    );
  }
  const inner = type.ofType;
  if (isListType(inner)) {
    return fc.array(valueOf(inner.ofType as GraphQLInputType, name, pools, depth + 1), {
      maxLength: depth > 2 ? 0 : 3,
    });
  }
  if (isEnumType(inner)) return fc.constantFrom(...inner.getValues().map((v) => v.name));
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    return fc.record(
      Object.fromEntries(
        fields.map((f) => [f.name, valueOf(f.type, f.name, pools, depth + 1)] as const),
      ),
    );
  }
  return scalarOf(inner.name, name, pools);
}

/** Drops the `undefined` a nullable value left out, so JSON and literals agree. */
function defined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(defined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, defined(v)]),
  );
}

/**
 * The operation for a root field: arguments as variables, or written into the query as
 * literals (escapes and all) when they can be; a `__typename` is all it selects.
 */
function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  literal: boolean,
) {
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const passed = field.args
    .filter((a) => args[a.name] !== undefined)
    .map((a: GraphQLArgument) => {
      const value = args[a.name];
      if (literal) {
        try {
          const ast = astFromValue(value, a.type);
          if (ast) return `${a.name}: ${print(ast)}`;
        } catch {
          // not expressible as a literal of its type: sent as a variable
        }
      }
      variables[a.name] = value;
      declarations.push(`$${a.name}: ${String(a.type)}`);
      return `${a.name}: $${a.name}`;
    });
  const head = declarations.length ? `(${declarations.join(', ')})` : '';
  const call = passed.length ? `(${passed.join(', ')})` : '';
  return { query: `${kind} Fuzz${head} { ${field.name}${call}${selection} }`, variables };
}

/** The /api routes as the app lists them, HEAD aside. */
function apiRoutes(t: TestApp): { method: string; path: string }[] {
  return t.app
    .printRoutes({ commonPrefix: false })
    .split('\n')
    .flatMap((line) => {
      const match = /(\/api\/\S+) \(([^)]+)\)/.exec(line);
      if (!match) return [];
      return match[2]
        .split(', ')
        .filter((m) => m !== 'HEAD')
        .map((method) => ({ method, path: match[1] }));
    });
}

/**
 * Whether a route reads its body as a table of strings (an import), where a cell with a control
 * character must be refused; an attachment's body is a file, bytes of any value.
 */
const readsTable = (route: { method: string; path: string }) =>
  route.method === 'POST' && !route.path.includes('attachments');

/** The schema's input type for a route's JSON parameter: `/api/visit-tasks/…` → VisitTaskFilter. */
function routeInputType(schema: GraphQLSchema, path: string, suffix: string) {
  const resource = path.split('/')[2];
  const name = resource
    .replace(/s$/, '')
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return schema.getType(`${name}${suffix}`) as GraphQLInputType | undefined;
}

describe(`fuzzing every root field and /api route (seed ${SEED}, ${RUNS} runs each)`, () => {
  let t: TestApp;
  /** The /api routes run on an empty database: an export of the demo's visits takes seconds. */
  let rest: TestApp;
  let schema: GraphQLSchema;
  let writes: () => Promise<number>;
  let restWrites: () => Promise<number>;
  let token: string;
  let restToken: string;
  let pools: Pools;
  const tally = { refused: 0, answered: 0, requests: 0 };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    schema = await createSchema();
    writes = await countWrites(t.ownerUrl);
    token = await t.login('admin');
    rest = await startTestApp();
    restWrites = await countWrites(rest.ownerUrl);
    restToken = await rest.adminToken();
    const res = await t.gql(`{
      members(first: 2) { pageInfo { endCursor } nodes { id } }
      branches(first: 2, orderBy: { field: CREATED_AT }) { pageInfo { endCursor } nodes { id } }
      visits(first: 1) { pageInfo { endCursor } nodes { id } }
      visitTasks(first: 1) { pageInfo { endCursor } nodes { id } }
      budgets(first: 1) { pageInfo { endCursor } nodes { id } }
      disbursements(first: 1) { pageInfo { endCursor } nodes { id } }
      auditEvents(first: 1) { pageInfo { endCursor } nodes { id } }
      users(first: 5) { nodes { id username } }
    }`);
    const data = res.data!;
    const lists = Object.values(data) as {
      pageInfo?: { endCursor: string | null };
      nodes: { id: string; username?: string }[];
    }[];
    pools = {
      // The admin's own account is left out: disabling it would end the run.
      ids: [
        ...lists.flatMap((l) => l.nodes.filter((n) => n.username !== 'admin').map((n) => n.id)),
        ...['Member:0', 'Member:2147483648', 'Member:9007199254740993', 'Member:-1', 'Nope:1'].map(
          (raw) => base64(raw),
        ),
        toGlobalId('Branch', 2 ** 31 - 1),
      ],
      cursors: lists.flatMap((l) => (l.pageInfo?.endCursor ? [l.pageInfo.endCursor] : [])),
    };
  });
  afterAll(async () => {
    process.stdout.write(
      `fuzz seed ${SEED}: ${tally.requests} requests, ${tally.refused} refused for a control character, ${tally.answered} others answered\n`,
    );
    await Promise.all([t.stop(), rest.stop()]);
  });

  /** Checks an answer; whatever held a control character must be refused with nothing written. */
  async function check(
    status: number,
    codes: unknown[],
    mustRefuse: boolean,
    wrote: () => Promise<number>,
    before: number,
  ) {
    tally.requests++;
    expect(status).toBeLessThan(500);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    for (const code of codes) expect(typeof code).toBe('string');
    if (!mustRefuse) {
      tally.answered++;
      return;
    }
    tally.refused++;
    expect(status).toBe(400);
    expect(await wrote()).toBe(before);
  }

  const rootFields = () =>
    (['query', 'mutation'] as const).flatMap((kind) => {
      const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      return Object.values(type!.getFields()).map((field) => ({ kind, field }));
    });

  it(
    'covers every root field',
    async () => {
      const fields = rootFields();
      expect(fields.length).toBeGreaterThan(40);
      for (const { kind, field } of fields) {
        const args = fc.record(
          Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, a.name, pools)])),
        );
        await fc.assert(
          fc.asyncProperty(args, fc.boolean(), async (raw, literal) => {
            const values = defined(raw) as Record<string, unknown>;
            const { query, variables } = operationFor(kind, field, values, literal);
            const mustRefuse = holdsControl(values);
            let before = mustRefuse ? await writes() : 0;
            const send = () =>
              t.http('/graphql', {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
                body: JSON.stringify({ query, variables }),
              });
            let response = await send();
            if (response.status === 401) {
              // A fuzzed logout ended the session: sign in again and resend.
              token = await t.login('admin');
              before = mustRefuse ? await writes() : 0;
              response = await send();
            }
            const body = (await response.json()) as GraphQLResponse;
            const codes = (body.errors ?? []).map((e) => e.extensions?.code);
            if (mustRefuse) expect(body.data ?? null).toBeNull();
            await check(response.status, codes, mustRefuse, writes, before);
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
      }
    },
    TIMEOUT_MS,
  );

  it(
    'covers every /api route',
    async () => {
      const routes = apiRoutes(rest);
      expect(routes.length).toBeGreaterThanOrEqual(7);
      const header = MEMBER_COLUMNS.map(headerText);
      const cell = fc.oneof(text, date, int.map(String), fc.constantFrom('是', '否', '男', '女'));
      const upload = fc.oneof(
        fc
          .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
            minLength: 1,
            maxLength: 3,
          })
          .map((rows) => ({ rows, bytes: csv([header, ...rows]) })),
        fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ rows: [], bytes: Buffer.from(bytes) })),
      );
      for (const route of routes) {
        const filterType = routeInputType(schema, route.path, 'Filter');
        const orderType = routeInputType(schema, route.path, 'Order');
        const json = (type: GraphQLInputType | undefined) =>
          fc.oneof(
            type ? valueOf(type, 'filter', pools).map((v) => JSON.stringify(defined(v))) : text,
            text,
          );
        const query = fc.record(
          {
            filter: json(filterType),
            orderBy: json(orderType),
            mode: fc.oneof(fc.constantFrom('dry-run', 'commit'), text),
            filename: fc.oneof(fc.constantFrom('名单.csv', 'roster.xlsx'), text),
            other: text,
          },
          { requiredKeys: [] },
        );
        // A URL too long for HTTP is answered 414 or 431, which is fine but tests nothing.
        const year = fc.oneof(int.map(String), text).filter((v) => v.length < 4000);
        await fc.assert(
          fc.asyncProperty(query, year, upload, async (params, yearValue, file) => {
            const search = new URLSearchParams(
              Object.entries(params).filter(([, v]) => v !== undefined && v.length < 4000),
            );
            const path = route.path.replace(':year', encodeURIComponent(yearValue));
            const parsed = Object.values(Object.fromEntries(search)).map((v) => {
              try {
                return JSON.parse(v) as unknown;
              } catch {
                return null;
              }
            });
            const mustRefuse =
              holdsControl(Object.fromEntries(search)) ||
              holdsControl(parsed) ||
              (route.path.includes(':year') && CONTROL.test(yearValue)) ||
              (readsTable(route) && holdsControl(file.rows));
            const before = mustRefuse ? await restWrites() : 0;
            const response = await rest.http(`${path}?${search}`, {
              method: route.method,
              headers: { authorization: `Bearer ${restToken}` },
              body: route.method === 'POST' ? file.bytes : undefined,
            });
            // An export streams: reading it all shows it was not cut short.
            const bytes = Buffer.from(await response.arrayBuffer());
            const json = response.headers.get('content-type')?.includes('json')
              ? (JSON.parse(bytes.toString()) as {
                  error?: { code: string } | string;
                  committed?: boolean;
                })
              : {};
            // The app's 404 for an unknown path is `{ error: 'Not found' }`.
            const codes = typeof json.error === 'object' ? [json.error.code] : [];
            // A cell is refused as a problem of its row: the import answers, and writes nothing.
            // A path no route takes (a year of newlines) is a 404 before anything runs.
            if (mustRefuse && (response.status === 200 || response.status === 404)) {
              if (response.status === 200) expect(json.committed).toBe(false);
              tally.requests++;
              tally.refused++;
              expect(await restWrites()).toBe(before);
              return;
            }
            await check(response.status, codes, mustRefuse, restWrites, before);
          }),
          { seed: SEED, numRuns: RUNS * 3, endOnFailure: true },
        );
      }
    },
    TIMEOUT_MS,
  );
});

function csv(rows: string[][]): Buffer {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  return Buffer.from(rows.map((r) => r.map(quote).join(',')).join('\r\n'), 'utf8');
}
