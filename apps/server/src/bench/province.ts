import 'reflect-metadata';
import pg from 'pg';
import { buildApp, limitsFrom } from '../api/http/app';
import { createSchema } from '../api/graphql/schema';
import { openDatabase } from '../db/open';
import { chinaDate, parts } from '@wanxia/schema';
import { loadConfig, readEnvFile } from '../kernel/config';
import { createLogger } from '../kernel/logger';
import { sql } from '../kernel/db/sql';
import { toGlobalId } from '../kernel/global-id';
import { Lifecycle } from '../lifecycle';
import { DEMO_PASSWORD } from '../modules/user/accounts-seed';
import { askApi, percentiles, timeEach, type BenchApi } from './api-timing';
import { benchImport } from './excel-import';
import { benchYearReport } from './year-report';
import { runBench } from './exit';

/** What to time: the reads, the yearly report files, the 100,000-row import's dry run (default: all). */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'reads,report,import').split(','));
/** The province's yearly report files (a county's are promised within 5 s). */
const PROVINCE_REPORT_SECONDS = 10;
/** Rows of the province's import: a county's whole roster sent in one file. */
const IMPORT_ROWS = 100_000;

/** Requests per scenario after the warm-up ones, sent one after another. */
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 2;

interface Scenario {
  label: string;
  api: 'admin' | 'secretary';
  query: string;
  /** Variables of each request, in turn. */
  variables: Record<string, unknown>[];
  targetMs: number;
}

const PAGE = `query($search: String, $after: String) {
  members(first: 50, after: $after, filter: { search: $search }) {
    totalCount nodes { id name age branch { name parent { name } } } pageInfo { endCursor } } }`;
const COVERAGE = `query($year: Int!, $branchId: ID) { visitCoverage(year: $year, branchId: $branchId) {
  total { tasks doneOnTime rate } byOccasion { occasion tasks } byMonth { month tasks }
  byBranch { branch { id } tasks rate } } }`;
const STATS = `query($year: Int!) { countyStats(year: $year) {
  members { active deceased partyMembers medalEligible byAge { count } byPartyYears { count } }
  visits { total byMonth { count } } coverage { total { tasks rate } } } }`;

async function signIn(url: string, username: string): Promise<BenchApi> {
  const { login } = await askApi<{ login: { token: string | null } }>(
    { url, headers: {} },
    `sign in as ${username}`,
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username, password: DEMO_PASSWORD } },
  );
  if (!login.token) throw new Error(`cannot sign in as ${username}: run pnpm db:generate first`);
  return { url, headers: { authorization: `Bearer ${login.token}` } };
}

/**
 * Times the hot reads on the database `pnpm db:generate` filled (the configured one): the
 * member page, searches, visit coverage and countyStats, through the real app, as the
 * administrator (the whole province) and as the demo secretary (one general branch); then the
 * province's yearly report files and a 100,000-row import's dry run.
 */
async function main() {
  readEnvFile();
  const config = loadConfig();
  const lifecycle = new Lifecycle(createLogger('warn'));
  try {
    const { db, url: databaseUrl } = await openDatabase(config, createLogger('warn'), lifecycle);
    const [facts] = await db.run(sql`
      SELECT (SELECT count(*)::int FROM member) AS members, (SELECT count(*)::int FROM branch) AS branches,
        (SELECT count(*)::int FROM visit_task) AS tasks, (SELECT count(*)::int FROM visit) AS visits`);
    const year = parts(chinaDate(new Date())).year - 1;
    // Secretaries' branches and ID numbers' ends to ask for, the same every run.
    const generals = await db.run(sql`
      SELECT id FROM branch WHERE kind = 'GENERAL_BRANCH' ORDER BY md5(id::text) LIMIT ${RUNS}`);
    const idEnds = await db.run(sql`
      SELECT right(id_card_number, 6) AS tail FROM member ORDER BY md5(id::text) LIMIT ${RUNS}`);
    console.log(
      `dataset     ${facts.members} members, ${facts.branches} branches, ${facts.tasks} visit tasks, ${facts.visits} visits`,
    );

    const limits = { ...limitsFrom(config), capacity: 1e12, restorePerSecond: 1e12 };
    const app = await buildApp({
      db,
      schema: await createSchema(),
      logger: createLogger('silent'),
      limits,
    });
    lifecycle.onStop('bench app', () => app.close());
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const url = `http://127.0.0.1:${port}/graphql`;
    const apis = { admin: await signIn(url, 'admin'), secretary: await signIn(url, 'shuji') };

    const branchIds = generals.map((g) => toGlobalId('Branch', Number(g.id)));
    const each = (v: Record<string, unknown>) => Array.from({ length: RUNS }, () => v);
    const scenarios: Scenario[] = [
      {
        label: 'member page (first 50)',
        api: 'admin',
        query: PAGE,
        variables: each({}),
        targetMs: 100,
      },
      ...['zjg', '张', '张伟', 'zhangjianguo', '建国'].map((search) => ({
        label: `search "${search}"`,
        api: 'admin' as const,
        query: PAGE,
        variables: each({ search }),
        targetMs: 100,
      })),
      {
        label: 'search ID number ends',
        api: 'admin',
        query: PAGE,
        variables: idEnds.map((r) => ({ search: r.tail })),
        targetMs: 100,
      },
      {
        label: `visitCoverage(${year}) of a general branch`,
        api: 'admin',
        query: COVERAGE,
        variables: branchIds.map((branchId) => ({ year, branchId })),
        targetMs: 200,
      },
      {
        label: `visitCoverage(${year}) of the province`,
        api: 'admin',
        query: COVERAGE,
        variables: each({ year }),
        targetMs: 1000,
      },
      {
        label: `countyStats(${year}) of a secretary`,
        api: 'secretary',
        query: STATS,
        variables: each({ year }),
        targetMs: 200,
      },
      {
        label: `countyStats(${year}) of the province`,
        api: 'admin',
        query: STATS,
        variables: each({ year }),
        targetMs: 1000,
      },
    ];
    for (const s of PARTS.has('reads') ? scenarios : []) {
      const ask = (variables: Record<string, unknown>) =>
        askApi(apis[s.api], s.label, s.query, variables);
      for (const variables of s.variables.slice(0, WARMUP)) await ask(variables);
      const times = await timeEach(s.variables, ask);
      console.log(`${s.label.padEnd(44)} ${percentiles(times, s.targetMs)}`);
    }
    if (PARTS.has('report')) {
      await benchYearReport(apis.admin, chinaDate(new Date()), PROVINCE_REPORT_SECONDS);
    }
    if (PARTS.has('import')) {
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
      lifecycle.onStop('bench pool', () => pool.end());
      await benchImport(apis.admin, pool, { rows: IMPORT_ROWS, targets: { 'dry-run': 30 } });
    }
  } finally {
    await lifecycle.stop();
  }
}

runBench(main);
