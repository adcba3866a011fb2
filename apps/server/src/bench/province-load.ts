import 'reflect-metadata';
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { fromRoot } from '../db/open';
import { EmbeddedCluster } from '../db/embedded';
import { loadConfig, readEnvFile } from '../kernel/config';
import { createLogger } from '../kernel/logger';
import { toGlobalId } from '../kernel/global-id';
import { Lifecycle } from '../lifecycle';
import { DEMO_PASSWORD } from '../modules/user/accounts-seed';
import { formatDecimal } from './report';
import { runBench } from './exit';

/** Concurrent clients, each sending its next request as soon as the last one is answered. */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SERVERS = 2;
/** The clients act as this many API tokens (callers), each with its own budget. */
const CALLERS = 20;
/** A request not answered by then counts as a TIMEOUT: the run stays bounded. */
const REQUEST_TIMEOUT_MS = 30_000;

const PAGE = `query($search: String) { members(first: 50, filter: { search: $search }) {
  totalCount nodes { id name age branch { name parent { name } } } } }`;
const MEMBER = `query($id: ID!) { node(id: $id) { ... on Member { id name birthDate branch { name } } } }`;
const TASKS = `query($branch: ID) { visitTasks(first: 50, filter: { branchSubtree: $branch, status: OPEN }) {
  totalCount nodes { id occasion dueBy member { name } } } }`;
const COVERAGE = `query($year: Int!, $branchId: ID) { visitCoverage(year: $year, branchId: $branchId) {
  total { tasks doneOnTime rate } byOccasion { occasion tasks } } }`;

interface Operation {
  name: string;
  body: (i: number) => string;
}

interface Outcome {
  operation: string;
  code: string;
  ms: number;
}

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** One POST to /graphql on loopback, classified by the first error's code (OK when none). */
function post(
  agent: http.Agent,
  port: number,
  body: string,
  token: string,
): Promise<{ code: string; data?: Record<string, unknown> }> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            const reply = JSON.parse(Buffer.concat(chunks).toString()) as {
              data?: Record<string, unknown>;
              errors?: { extensions?: { code?: string } }[];
            };
            const code = reply.errors?.length
              ? (reply.errors[0].extensions?.code ?? 'UNKNOWN')
              : response.statusCode === 200
                ? 'OK'
                : `HTTP_${response.statusCode}`;
            resolve({ code, data: reply.data });
          } catch {
            resolve({ code: `HTTP_${response.statusCode}` });
          }
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) =>
      resolve({ code: error.message === 'timeout' ? 'TIMEOUT' : 'NETWORK' }),
    );
    request.end(body);
  });
}

/** Starts one server process on the database and waits until it answers. */
async function startServer(env: Record<string, string>, lifecycle: Lifecycle): Promise<number> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, '../main.js')], {
    env: {
      ...process.env,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
    },
    // Its welcome lines would interleave with the figures; its warnings and errors are kept.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  lifecycle.onStop(`server on ${port}`, async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server on ${port} exited (${child.exitCode})`);
    const ready = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return port;
    if (Date.now() > deadline) throw new Error(`the server on ${port} did not answer in 2 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => `${formatDecimal(value, 1)} ms`;

/**
 * Load on the province: CLIENTS concurrent clients for SECONDS against two server processes on
 * the configured database (the embedded one under DATA_DIR, started here, or DATABASE_URL),
 * loopback only, as CALLERS API tokens made for the run and revoked after it. Prints the
 * answers by code and p50 / p99 overall and per operation; exits 1 on any error but
 * RATE_LIMITED.
 */
async function main() {
  readEnvFile();
  const config = loadConfig();
  const logger = createLogger('warn');
  const lifecycle = new Lifecycle(logger);
  let failed = false;
  try {
    let urls: { DATABASE_URL: string; DATABASE_OWNER_URL: string };
    if (config.DATABASE_URL) {
      urls = {
        DATABASE_URL: config.DATABASE_URL,
        DATABASE_OWNER_URL: config.DATABASE_OWNER_URL ?? config.DATABASE_URL,
      };
    } else {
      const cluster = new EmbeddedCluster(
        fromRoot(config.DATA_DIR),
        config.EMBEDDED_PG_PORT,
        logger,
      );
      lifecycle.onStop('embedded PostgreSQL', () => cluster.stop());
      await cluster.start();
      urls = { DATABASE_URL: cluster.url, DATABASE_OWNER_URL: cluster.ownerUrl };
    }
    const ports: number[] = [];
    for (let i = 0; i < SERVERS; i++) ports.push(await startServer(urls, lifecycle));

    const pool = new pg.Pool({ connectionString: urls.DATABASE_URL, max: 2 });
    lifecycle.onStop('bench pool', () => pool.end());
    const generals = (
      await pool.query<{ id: number }>(
        `SELECT id FROM branch WHERE kind = 'GENERAL_BRANCH' ORDER BY md5(id::text) LIMIT 200`,
      )
    ).rows.map((r) => toGlobalId('Branch', r.id));
    const members = (
      await pool.query<{ id: number }>(`SELECT id FROM member ORDER BY md5(id::text) LIMIT 2000`)
    ).rows.map((r) => toGlobalId('Member', r.id));
    const year = new Date().getFullYear() - 1;

    // The administrator makes the callers; they are revoked whatever happens.
    const agents = ports.map(
      () => new http.Agent({ keepAlive: true, maxSockets: CLIENTS, timeout: REQUEST_TIMEOUT_MS }),
    );
    lifecycle.onStop('agents', async () => agents.forEach((a) => a.destroy()));
    const login = await fetch(`http://127.0.0.1:${ports[0]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
        variables: { input: { username: 'admin', password: DEMO_PASSWORD } },
      }),
    }).then((r) => r.json() as Promise<{ data?: { login: { token: string | null } } }>);
    const adminToken = login.data?.login.token;
    if (!adminToken) throw new Error('cannot sign in as admin: run pnpm db:generate first');
    const tokens: { id: string; secret: string }[] = [];
    lifecycle.onStop('bench tokens', async () => {
      for (const token of tokens) {
        await post(
          agents[0],
          ports[0],
          JSON.stringify({
            query:
              'mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { userErrors { code } } }',
            variables: { input: { id: token.id } },
          }),
          adminToken,
        );
      }
    });
    for (let i = 0; i < CALLERS; i++) {
      const made = await post(
        agents[0],
        ports[0],
        JSON.stringify({
          query: `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) {
            apiToken { id } secret userErrors { code message } } }`,
          variables: {
            input: { name: `bench:load ${i + 1}`, scopes: ['MEMBERS_READ', 'VISITS_READ'] },
          },
        }),
        adminToken,
      );
      const payload = made.data?.createApiToken as
        { apiToken: { id: string } | null; secret: string | null } | undefined;
      if (!payload?.apiToken || !payload.secret)
        throw new Error(`cannot make the bench's API tokens: ${made.code}`);
      tokens.push({ id: payload.apiToken.id, secret: payload.secret });
    }

    const searches = ['张', '王建', 'zjg', 'lihua', '建国', '秀英', 'wang'];
    const operations: Operation[] = [
      { name: 'member page', body: () => JSON.stringify({ query: PAGE, variables: {} }) },
      {
        name: 'member search',
        body: (i) =>
          JSON.stringify({ query: PAGE, variables: { search: searches[i % searches.length] } }),
      },
      {
        name: 'member by id',
        body: (i) =>
          JSON.stringify({ query: MEMBER, variables: { id: members[i % members.length] } }),
      },
      {
        name: 'open tasks of a general branch',
        body: (i) =>
          JSON.stringify({ query: TASKS, variables: { branch: generals[i % generals.length] } }),
      },
      {
        name: 'coverage of a general branch',
        body: (i) =>
          JSON.stringify({
            query: COVERAGE,
            variables: { year, branchId: generals[i % generals.length] },
          }),
      },
    ];

    console.log(
      `load        ${CLIENTS} clients for ${SECONDS} s on ${SERVERS} server processes (ports ${ports.join(', ')}) as ${CALLERS} API tokens; load average ${formatDecimal(loadavg()[0], 1)}`,
    );
    const outcomes: Outcome[] = [];
    let sequence = 0;
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    const client = async (c: number) => {
      const server = c % SERVERS;
      const token = tokens[c % CALLERS].secret;
      while (performance.now() < deadline) {
        const n = sequence++;
        const operation = operations[n % operations.length];
        const sent = performance.now();
        const { code } = await post(agents[server], ports[server], operation.body(n), token);
        outcomes.push({ operation: operation.name, code, ms: performance.now() - sent });
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const elapsed = (performance.now() - started) / 1000;

    const byCode = new Map<string, number>();
    for (const o of outcomes) byCode.set(o.code, (byCode.get(o.code) ?? 0) + 1);
    const sorted = (list: Outcome[]) => list.map((o) => o.ms).sort((a, b) => a - b);
    const all = sorted(outcomes);
    const ok = outcomes.filter((o) => o.code === 'OK');
    console.log(
      `answers     ${outcomes.length} in ${formatDecimal(elapsed, 1)} s (${formatDecimal(outcomes.length / elapsed, 0)}/s): ${[...byCode].map(([code, n]) => `${code} ${n}`).join(', ')}`,
    );
    console.log(`all         p50 ${ms(percentile(all, 50))}, p99 ${ms(percentile(all, 99))}`);
    const served = sorted(ok);
    console.log(`served (OK) p50 ${ms(percentile(served, 50))}, p99 ${ms(percentile(served, 99))}`);
    for (const operation of operations) {
      const mine = ok.filter((o) => o.operation === operation.name);
      const times = sorted(mine);
      console.log(
        `  ${operation.name.padEnd(32)} ${String(mine.length).padStart(6)} OK  p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`,
      );
    }
    console.log(`load average after: ${formatDecimal(loadavg()[0], 1)}`);
    const errors = [...byCode].filter(([code]) => code !== 'OK' && code !== 'RATE_LIMITED');
    failed = errors.length > 0;
    if (failed) console.log(`FAILED: errors other than RATE_LIMITED: ${JSON.stringify(errors)}`);
  } finally {
    await lifecycle.stop();
  }
  return failed;
}

runBench(main);
