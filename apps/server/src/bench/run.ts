import 'reflect-metadata';
import { deepStrictEqual } from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp, limitsFrom } from '../api/http/app';
import { loadConfig } from '../kernel/config';
import { PostgresDatabase } from '../db/database';
import { chinaDate, parts } from '@wanxia/schema';
import { seedDemo } from '../db/seed/demo';
import { generateVisitTasks } from '../modules/visit/task-generator';
import { DEMO_PASSWORD, seedDemoUsers } from '../modules/user/accounts-seed';
import { createSchema } from '../api/graphql/schema';
import { createLogger } from '../kernel/logger';
import { benchCampaign } from './campaign';
import { benchCentre } from './centre';
import { benchPartyLife } from './party-life';
import { benchImport } from './excel-import';
import { benchYearReport } from './year-report';
import { benchVolunteerRanking } from './volunteer-ranking';
import { httpLoad } from './http-load';
import { closedLoop, merge, summarize, type Sample } from './load';
import { embeddedDatabase, externalDatabase } from './postgres';
import { startPostGraphile, type PostGraphileEndpoint } from './postgraphile';
import { formatDecimal, formatTable, type ResultRow } from './report';
import { buildScenarios, type Row, type Scenario } from './scenarios';
import { describeError, runBench } from './exit';

interface Settings {
  /** Only the read scenarios whose label contains one of these (BENCH_ONLY, comma-separated). */
  only: string[];
  /** Folder for CPU profiles of the process during each scenario's API and PostGraphile loads (BENCH_PROFILE). */
  profileDir: string | null;
  seconds: number;
  /** The measured seconds are split into this many rounds of API, PGL and SQL in turn. */
  rounds: number;
  warmupSeconds: number;
  connections: number;
  poolSize: number;
}

/** How many distinct members the by-id query rotates over. */
const MEMBER_SAMPLE = 300;

function numberFromEnv(name: string, fallback: number, integer: boolean): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'whole ' : ''}number, got "${text}"`);
  }
  return value;
}

export function readSettings(): Settings {
  return {
    only: (process.env.BENCH_ONLY ?? '')
      .split(',')
      .map((label) => label.trim())
      .filter(Boolean),
    profileDir: process.env.BENCH_PROFILE || null,
    seconds: numberFromEnv('BENCH_SECONDS', 6, false),
    rounds: numberFromEnv('BENCH_ROUNDS', 3, true),
    warmupSeconds: numberFromEnv('BENCH_WARMUP_SECONDS', 2, false),
    connections: numberFromEnv('BENCH_CONNECTIONS', 20, true),
    // The server's own default (DB_POOL_SIZE); both sides get the same.
    poolSize: numberFromEnv('BENCH_POOL_SIZE', 10, true),
  };
}

/** Resources to release on the way out, newest first. */
class Cleanup {
  private readonly steps: (() => Promise<unknown>)[] = [];
  add(step: () => Promise<unknown>): void {
    this.steps.unshift(step);
  }
  /** Runs each step once, even if called again. */
  async run(): Promise<void> {
    for (const step of this.steps.splice(0)) {
      try {
        await step();
      } catch (error) {
        console.error('cleanup step failed:', error instanceof Error ? error.message : error);
      }
    }
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

interface Facts {
  postgres: string;
  members: number;
  activeMembers: number;
  branches: number;
  memberKeys: number[];
}

async function readFacts(pool: pg.Pool): Promise<Facts> {
  const [version] = (
    await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
  ).rows;
  const [counts] = (
    await pool.query<{ members: number; active: number; branches: number }>(`
      SELECT (SELECT count(*)::int FROM member) AS members,
             (SELECT count(*)::int FROM member WHERE status = 'ACTIVE') AS active,
             (SELECT count(*)::int FROM branch) AS branches`)
  ).rows;
  // Spread over the whole roster, but the same ids every run.
  const keys = await pool.query<{ id: number }>(
    'SELECT id FROM member ORDER BY md5(id::text) LIMIT $1',
    [MEMBER_SAMPLE],
  );
  return {
    postgres: version.v,
    members: counts.members,
    activeMembers: counts.active,
    branches: counts.branches,
    memberKeys: keys.rows.map((r) => r.id),
  };
}

function printMachine(settings: Settings): void {
  const cpus = os.cpus();
  console.log(
    `machine     ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown cpu'}, ` +
      `${formatDecimal(os.totalmem() / 2 ** 30, 0)} GiB, ${os.platform()} ${os.release()}`,
  );
  console.log(`node        ${process.version}`);
  console.log(
    `load        ${settings.connections} concurrent clients, ${settings.warmupSeconds} s warm-up + ` +
      `${settings.seconds} s measured per side in ${settings.rounds} rounds taken in turn, ` +
      `pool size ${settings.poolSize}, all on 127.0.0.1`,
  );
}

function printDataset(origin: string, facts: Facts): void {
  console.log(`postgres    ${facts.postgres} (${origin})`);
  console.log(
    `dataset     ${facts.members} members (${facts.activeMembers} active), ${facts.branches} branches`,
  );
}

interface GraphQLReply {
  data?: unknown;
  errors?: unknown[];
}

/**
 * One request per scenario before any load: data present, no errors, same as the SQL.
 * Returns how many statements the request sent.
 */
async function sanityCheck(
  scenario: Scenario,
  api: Api,
  db: PostgresDatabase,
  pool: pg.Pool,
): Promise<number> {
  let response: Response | undefined;
  let reply: GraphQLReply | undefined;
  // Counted on the second request: the first also looks the caller up and leases its budget.
  await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...api.headers },
    body: scenario.bodies[0],
  });
  const { count } = await db.countStatements(async () => {
    response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.headers },
      body: scenario.bodies[0],
    });
    reply = (await response.json()) as GraphQLReply;
  });
  if (!response || !reply) throw new Error(`"${scenario.label}" got no reply`);
  if (response.status !== 200 || reply.errors || !reply.data) {
    throw new Error(
      `"${scenario.label}" failed through the API (HTTP ${response.status}): ${JSON.stringify(reply)}`,
    );
  }
  const { text, values } = scenario.sql(0);
  const rows = (await pool.query<Row>(text, values)).rows;
  if (rows.length === 0) throw new Error(`"${scenario.label}" returned no rows through SQL`);
  try {
    deepStrictEqual(reply.data, scenario.toApiData(rows));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`"${scenario.label}": the API and the SQL disagree\n${detail}`);
  }
  return count;
}

/** The same check for PostGraphile: its data, renamed and masked as the API's, equals the SQL's. */
async function sanityCheckPostGraphile(
  scenario: Scenario,
  pgl: PostGraphileEndpoint,
  pool: pg.Pool,
): Promise<void> {
  const response = await fetch(pgl.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...pgl.headers },
    body: scenario.pgl.bodies[0],
  });
  const reply = (await response.json()) as GraphQLReply;
  if (response.status !== 200 || reply.errors || !reply.data) {
    throw new Error(
      `"${scenario.label}" failed through PostGraphile (HTTP ${response.status}): ${JSON.stringify(reply)}`,
    );
  }
  const { text, values } = scenario.sql(0);
  const rows = (await pool.query<Row>(text, values)).rows;
  try {
    deepStrictEqual(scenario.pgl.toApiData(reply.data), scenario.toApiData(rows));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`"${scenario.label}": PostGraphile and the SQL disagree\n${detail}`);
  }
}

/** One timed run of HTTP load (after `warmupSeconds` unmeasured); a failed request stops the bench. */
async function httpSample(
  scenario: Scenario,
  side: string,
  target: { url: string; headers: Record<string, string>; bodies: string[] },
  settings: Settings,
  warmupSeconds: number,
): Promise<Sample> {
  const { connections, seconds, rounds } = settings;
  const output = await httpLoad({
    ...target,
    connections,
    warmupSeconds,
    seconds: seconds / rounds,
  });
  if (output.failures > 0) {
    throw new Error(`"${scenario.label}": ${output.failures} ${side} requests failed under load`);
  }
  return output;
}

/**
 * Runs `work` under the inspector's CPU profiler when `dir` is set, writing
 * `<dir>/<label>.cpuprofile` (open it in Chrome's DevTools): the server's main thread, as the
 * load comes from a worker.
 */
async function profiled<T>(dir: string | null, label: string, work: () => Promise<T>) {
  if (!dir) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${label.replace(/[^A-Za-z0-9]+/g, '-')}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    console.log(`profile     ${file}`);
    session.disconnect();
  }
}

async function sqlSample(
  scenario: Scenario,
  pool: pg.Pool,
  settings: Settings,
  warmupSeconds: number,
): Promise<Sample> {
  const run = (i: number) => {
    const { text, values } = scenario.sql(i);
    return pool.query(text, values);
  };
  if (warmupSeconds > 0) await closedLoop(run, settings.connections, warmupSeconds);
  return closedLoop(run, settings.connections, settings.seconds / settings.rounds);
}

/**
 * The three systems in turn, `rounds` times: a load that comes and goes on the machine then
 * falls on each of them alike, so their ratios hold even where the absolute figures do not.
 */
async function measure(
  scenario: Scenario,
  api: Api,
  pgl: PostGraphileEndpoint,
  pool: pg.Pool,
  settings: Settings,
) {
  const samples: Record<'api' | 'pgl' | 'sql', Sample[]> = { api: [], pgl: [], sql: [] };
  for (let round = 0; round < settings.rounds; round++) {
    const warmup = round === 0 ? settings.warmupSeconds : 0;
    samples.api.push(
      await profiled(settings.profileDir, `${scenario.label} ${round + 1}`, () =>
        httpSample(scenario, 'API', { ...api, bodies: scenario.bodies }, settings, warmup),
      ),
    );
    samples.pgl.push(
      await profiled(settings.profileDir, `${scenario.label} PGL ${round + 1}`, () =>
        httpSample(
          scenario,
          'PostGraphile',
          { ...pgl, bodies: scenario.pgl.bodies },
          settings,
          warmup,
        ),
      ),
    );
    samples.sql.push(await sqlSample(scenario, pool, settings, warmup));
  }
  return {
    api: summarize(merge(samples.api)),
    pgl: summarize(merge(samples.pgl)),
    sql: summarize(merge(samples.sql)),
  };
}

const LEGEND = [
  'Latencies in ms; each system in turn gets the same clients, duration and pool size, in rounds',
  'taken API, PGL, SQL, API, … so a load that comes and goes on the machine falls on all three.',
  'API: HTTP POST /graphql to the real app (Fastify + Apollo), signed in as the demo admin:',
  'authentication, reach, rate budget and masking on every request; load from autocannon in',
  'a worker thread; stmts: the statements one API request sends to PostgreSQL.',
  'PGL: PostGraphile 5 (Amber preset + connection filter) over HTTP on the same database, the',
  'same data in the same order; it runs as the database owner with no app-level auth, reach,',
  'budget or masking (the check masks its reply before comparing).',
  'SQL: the hand-written statement through a pg.Pool.',
  'API÷PGL req/s = API req/s ÷ PGL req/s (≥ 1.0× = the API serves more, i.e. is faster);',
  'SQL÷API q/s = SQL q/s ÷ API req/s; API÷SQL p50 = API p50 ÷ SQL p50 (1.0× = no API overhead).',
];

/** A migrated, seeded throwaway database, and the plain pool the SQL side uses. */
async function prepareDatabase(settings: Settings, cleanup: Cleanup) {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const database = adminUrl ? await externalDatabase(adminUrl) : await embeddedDatabase();
  cleanup.add(() => database.dispose());

  const db = new PostgresDatabase(database.url, settings.poolSize);
  await db.open();
  cleanup.add(() => db.close());
  await db.migrate();
  // The server reads "today" from the system clock in China time; seed as of the same day.
  const today = chinaDate(new Date());
  const seed = await timed(async () => {
    await seedDemo(db, { today });
    await seedDemoUsers(db);
  });
  console.log(`seed        demo roster as of ${today} in ${formatDecimal(seed.ms / 1000, 2)} s`);
  const year = parts(today).year + 1;
  const generation = await timed(() =>
    generateVisitTasks(db, { from: `${year}-01-01`, until: `${year}-12-31` }),
  );
  const { holidayTasks, decadeBirthdayTasks } = generation.result;
  console.log(
    `visit tasks ${holidayTasks + decadeBirthdayTasks} holiday and birthday tasks for ${year} in ${formatDecimal(generation.ms / 1000, 2)} s (set-based)`,
  );

  const pool = new pg.Pool({ connectionString: database.url, max: settings.poolSize });
  // Idle clients may still be closing when the server stops; without a listener that crashes.
  // A failing query still rejects its own promise.
  pool.on('error', () => undefined);
  cleanup.add(() => pool.end());
  // Fresh statistics and visibility map, so autovacuum cannot change plans mid-run.
  await pool.query('VACUUM ANALYZE');
  return { origin: database.origin, url: database.url, db, pool, today };
}

/** Where and as whom the load is sent. */
interface Api {
  url: string;
  headers: Record<string, string>;
}

/** The real app on a free loopback port, signed in as the demo administrator. */
async function startApp(db: PostgresDatabase, cleanup: Cleanup): Promise<Api> {
  // The load is one caller asking far faster than any budget allows: the default capacity (so
  // leases on it are the size a deployment's are), refilled fast enough never to refuse.
  const limits = { ...limitsFrom(loadConfig({})), restorePerSecond: 1e12 };
  const app = await buildApp({
    db,
    schema: await createSchema(),
    logger: createLogger('silent'),
    limits,
  });
  cleanup.add(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/graphql`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { username: 'admin', password: DEMO_PASSWORD } },
    }),
  });
  const { data } = (await response.json()) as { data?: { login: { token: string | null } } };
  if (!data?.login.token) throw new Error('cannot sign in as the demo administrator');
  return { url, headers: { authorization: `Bearer ${data.login.token}` } };
}

async function bench(settings: Settings, cleanup: Cleanup): Promise<void> {
  printMachine(settings);
  const { origin, url, db, pool, today } = await prepareDatabase(settings, cleanup);
  const api = await startApp(db, cleanup);
  const postGraphile = await startPostGraphile(url, settings.poolSize);
  cleanup.add(() => postGraphile.stop());
  const pgl = postGraphile.endpoint;
  const facts = await readFacts(pool);
  printDataset(origin, facts);

  const scenarios = buildScenarios({ today, memberKeys: facts.memberKeys }).filter(
    ({ label }) => settings.only.length === 0 || settings.only.some((o) => label.includes(o)),
  );
  const statements = new Map<Scenario, number>();
  for (const scenario of scenarios) {
    statements.set(scenario, await sanityCheck(scenario, api, db, pool));
    await sanityCheckPostGraphile(scenario, pgl, pool);
  }
  console.log(
    'checked     each query: no errors, and the API and PostGraphile return exactly what the SQL does',
  );

  const rows: ResultRow[] = [];
  for (const scenario of scenarios) {
    const { api: apiStats, pgl: pglStats, sql } = await measure(scenario, api, pgl, pool, settings);
    rows.push({
      label: scenario.label,
      statements: statements.get(scenario)!,
      api: apiStats,
      pgl: pglStats,
      sql,
    });
    console.log(
      `measured    ${scenario.label}: ${apiStats.count} API requests, ${pglStats.count} PostGraphile requests, ${sql.count} SQL queries`,
    );
  }
  console.log(['', formatTable(rows), '', ...LEGEND, ''].join('\n'));
  // A chosen few reads are a quick look, not a whole run.
  if (settings.only.length) return;
  await benchYearReport(api, today);
  await benchVolunteerRanking(api, today);
  await benchCentre(api, today);
  await benchPartyLife(api, today);
  // After the reads (it records visits and payments), before the import (the demo roster only).
  await benchCampaign(api, today);
  // Last: it adds 10,000 members the read scenarios must not see.
  await benchImport(api, pool);
}

/** An error escaping every await (an unhandled 'error' event) still stops PostgreSQL. */
function cleanUpOnCrash(cleanup: Cleanup): void {
  const crash = (error: unknown) => {
    console.error(`bench failed: ${describeError(error)}`);
    void cleanup.run().finally(() => process.exit(1));
  };
  process.once('uncaughtException', crash);
  process.once('unhandledRejection', crash);
}

export async function main(): Promise<void> {
  const settings = readSettings();
  const cleanup = new Cleanup();
  cleanUpOnCrash(cleanup);
  try {
    await bench(settings, cleanup);
  } finally {
    await cleanup.run();
  }
}

/** `pnpm bench --scale province`: the province bench (province.ts) on the configured database. */
function scale(): string | null {
  const at = process.argv.indexOf('--scale');
  return at === -1 ? null : (process.argv[at + 1] ?? '');
}

if (scale() === 'province') {
  void import('./province.js');
} else if (scale() !== null) {
  console.error(`bench: unknown --scale "${scale()}"; the one there is: --scale province`);
  process.exit(2);
} else {
  runBench(main);
}
