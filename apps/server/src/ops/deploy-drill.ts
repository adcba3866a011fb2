/**
 * pnpm test:deploy: the docker-compose topology without Docker. One PostgreSQL (the embedded
 * one), two built server processes and Debian's nginx running the repository's own nginx
 * configuration (only listen ports, upstream addresses and file places swapped for loopback
 * ones). Write load goes through nginx; one server is killed (SIGKILL) in the middle. Passes
 * when every acknowledged write is in the database and the only 5xx answers are requests that
 * were in flight when the server died. Everything runs on loopback and is removed at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../lib/free-port';
import { Client } from 'pg';
import { EmbeddedCluster } from '../db/embedded';
import { decodeGlobalId, toGlobalId } from '../kernel/global-id';
import { createLogger } from '../kernel/logger';
import { NGINX, nginxArgs, writeNginxConfig } from './nginx-config';
import { MAX_IMPORT_BYTES, idCardCheckChar } from '@wanxia/schema';

const MAIN = path.resolve(__dirname, '../main.js');
const ADMIN = { username: 'drill', password: 'drill-password-1' };
const WORKERS = 8;
/** Writes acknowledged before the kill, and how long the load goes on after it. */
const WRITES_BEFORE_KILL = 80;
const LOAD_AFTER_KILL_MS = 6_000;
const DEADLINE_MS = 110_000;

interface Outcome {
  operation: 'createMember' | 'recordVisit';
  startedAt: number;
  endedAt: number;
  /** HTTP status; 0 when the connection itself failed. */
  status: number;
  /** The record's key, when the write was acknowledged. */
  key: number | null;
  problem?: string;
}

const cleanups: (() => Promise<unknown>)[] = [];
const cleanUp = async () => {
  for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a child that is killed at clean-up; its stderr is kept for the failure message. */
function startChild(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const output = { stderr: '' };
  child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  cleanups.push(() => stopChild(child));
  return { child, output };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: { stderr: string }) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited:\n${output.stderr}`);
    const ready = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await sleep(100);
  }
  throw new Error(`${url} was not ready within 60 s:\n${output.stderr}`);
}

/** A replica as compose runs it: serving as the app role, migrating as the owner. */
async function startServer(postgres: EmbeddedCluster) {
  const port = await freePort();
  const server = startChild(process.execPath, [MAIN], {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: postgres.url,
    DATABASE_OWNER_URL: postgres.ownerUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_DEMO: 'false',
    TRUSTED_PROXIES: 'loopback',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    // The drill writes as fast as the machine allows, all as one admin: on a quick machine
    // that spends the caller's budget, and a refused write would hide what the drill checks.
    RATE_CAPACITY: '10000000',
    RATE_RESTORE_PER_SECOND: '1000000',
  });
  await waitUntilReady(`http://127.0.0.1:${port}/readyz`, server.child, server.output);
  return { port, ...server };
}

/** A valid, fictional ID number per index: a birth date in 1950 and a sequence. */
function idCard(index: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1 + Math.floor(index / 400)));
  const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `430923${date}${String(100 + (index % 400)).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

async function main() {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx is missing at ${NGINX}: apt-get install nginx-light, or set NGINX_PATH`);
  }
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run pnpm build first`);

  // PostgreSQL runs as the `postgres` user when we are root: it must reach the folder.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-deploy-drill-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  await chmod(dataDir, 0o755);
  const postgres = new EmbeddedCluster(dataDir, await freePort(), createLogger('silent'));
  cleanups.push(() => postgres.stop());
  await postgres.start();

  const first = await startServer(postgres);
  const second = await startServer(postgres);

  const nginxDir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-deploy-nginx-'));
  cleanups.push(() => rm(nginxDir, { recursive: true, force: true }));
  const nginxPort = await freePort();
  await writeNginxConfig(nginxDir, {
    listenPort: nginxPort,
    upstreamPorts: [first.port, second.port],
  });
  const nginx = startChild(NGINX, nginxArgs(nginxDir));
  const base = `http://127.0.0.1:${nginxPort}`;
  await waitUntilReady(`${base}/readyz`, nginx.child, nginx.output);

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, body: response.ok ? JSON.parse(text) : text };
  };

  const login = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: ADMIN,
  });
  const token = login.body.data?.login?.token as string;
  if (!token) throw new Error(`cannot sign in through nginx: ${JSON.stringify(login.body)}`);
  const createBranch = async (input: Record<string, unknown>) => {
    const res = await gql(
      'mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { id } userErrors { message } } }',
      { input },
      token,
    );
    const id = res.body.data?.createBranch?.branch?.id as string;
    if (!id) throw new Error(`createBranch: ${JSON.stringify(res.body)}`);
    return id;
  };
  const general = await createBranch({ kind: 'GENERAL_BRANCH', name: '演练党总支' });
  const branchId = await createBranch({ kind: 'BRANCH', name: '演练党支部', parentId: general });

  // The load: each worker registers a member, then records a visit to them, until told to stop.
  const outcomes: Outcome[] = [];
  let next = 0;
  let stop = false;
  const write = async (
    operation: Outcome['operation'],
    query: string,
    input: Record<string, unknown>,
    record: 'member' | 'visit',
  ): Promise<Outcome> => {
    const outcome: Outcome = { operation, startedAt: Date.now(), endedAt: 0, status: 0, key: null };
    try {
      const res = await gql(query, { input }, token);
      outcome.status = res.status;
      const id = res.status === 200 ? res.body.data?.[operation]?.[record]?.id : undefined;
      if (id) outcome.key = decodeGlobalId(id)!.key;
      else if (res.status < 500) outcome.problem = JSON.stringify(res.body);
    } catch (error) {
      outcome.problem = (error as Error).message;
    }
    outcome.endedAt = Date.now();
    outcomes.push(outcome);
    return outcome;
  };
  const worker = async () => {
    while (!stop) {
      const index = next++;
      const member = await write(
        'createMember',
        'mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } userErrors { message } } }',
        {
          branchId,
          name: `演练${index}`,
          idCardNumber: idCard(index),
          retirementType: 'TUIXIU',
          residenceKind: 'TOWNSHIP',
          residencePlace: '东坪镇',
        },
        'member',
      );
      if (member.key === null) continue;
      await write(
        'recordVisit',
        'mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } userErrors { message } } }',
        {
          memberId: toGlobalId('Member', member.key),
          occasion: 'ROUTINE',
          visitedOn: '2025-06-01',
          visitors: '演练',
        },
        'visit',
      );
    }
  };
  const load = Promise.all(Array.from({ length: WORKERS }, worker));
  const acknowledged = () => outcomes.filter((o) => o.key !== null).length;
  while (acknowledged() < WRITES_BEFORE_KILL) await sleep(20);
  const killedAt = Date.now();
  const died = new Promise<number>((resolve) =>
    second.child.once('exit', () => resolve(Date.now())),
  );
  second.child.kill('SIGKILL');
  const diedAt = await died;
  await sleep(LOAD_AFTER_KILL_MS);
  stop = true;
  await load;

  // What the database holds of what was acknowledged.
  const keys = (operation: Outcome['operation']) =>
    outcomes.filter((o) => o.operation === operation && o.key !== null).map((o) => o.key!);
  const client = new Client({ connectionString: postgres.url });
  await client.connect();
  const found = async (table: string, ids: number[]) =>
    Number(
      (await client.query(`SELECT count(*) FROM ${table} WHERE id = ANY($1)`, [ids])).rows[0].count,
    );
  const members = keys('createMember');
  const visits = keys('recordVisit');
  const rowsFound = (await found('member', members)) + (await found('visit', visits));
  await client.end();

  const failed = outcomes.filter((o) => o.key === null);
  const serverErrors = failed.filter((o) => o.status >= 500 || o.status === 0);
  // nginx names each request it lost on the killed server; a refused connection was retried.
  const lostOnKilled = nginx.output.stderr
    .split('\n')
    .filter((line) => line.includes(`upstream: "http://127.0.0.1:${second.port}`))
    .filter((line) => !line.includes('connect() failed')).length;
  const inFlight = (o: Outcome) =>
    o.status === 502 && o.startedAt <= diedAt && o.endedAt >= killedAt;
  const afterKill = outcomes.filter((o) => o.key !== null && o.startedAt > killedAt).length;

  // The app's headers come through once: the caller's request id is echoed, not replaced.
  const probe = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'deploy-drill-1' } });
  const requestId = probe.headers.get('x-request-id');

  // nginx passes bodies up to the app's limits and refuses larger ones with the app's JSON.
  const upload = async (bytes: number) => {
    const response = await fetch(`${base}/api/members/import?mode=dry-run&filename=big.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: Buffer.alloc(bytes, 'a'),
    });
    return { status: response.status, body: await response.text() };
  };
  const atLimit = await upload(MAX_IMPORT_BYTES);
  const aboveLimit = await upload(MAX_IMPORT_BYTES + 1);

  for (const o of serverErrors.filter((e) => !inFlight(e))) {
    console.log(
      `  ${o.operation} ${o.status || 'no answer'} from ${o.startedAt - killedAt} ms to ${o.endedAt - killedAt} ms after the kill${o.problem ? `: ${o.problem}` : ''}`,
    );
  }
  console.log(
    [
      '',
      `  writes sent ${outcomes.length} (${members.length} members, ${visits.length} visits acknowledged)`,
      `  acknowledged writes = rows found: ${members.length + visits.length} = ${rowsFound}`,
      `  acknowledged after the kill: ${afterKill}`,
      `  the killed server took ${diedAt - killedAt} ms to die; nginx lost ${lostOnKilled} requests in flight on it`,
      `  5xx or failed connections: ${serverErrors.length} (502 while the server died: ${serverErrors.filter(inFlight).length})`,
      `  import of ${MAX_IMPORT_BYTES / 1024 / 1024} MB:       ${atLimit.status} ${atLimit.body}`,
      `  import of ${MAX_IMPORT_BYTES / 1024 / 1024} MB + 1 B: ${aboveLimit.status} ${aboveLimit.body}`,
      '',
    ].join('\n'),
  );

  const problems = [
    rowsFound !== members.length + visits.length && 'an acknowledged write is missing',
    afterKill === 0 && 'nothing was acknowledged after the kill',
    serverErrors.some((o) => !inFlight(o)) && 'a 5xx answer outside the requests in flight',
    serverErrors.length > lostOnKilled &&
      'more 5xx answers than requests lost on the killed server',
    failed.some((o) => o.status > 0 && o.status < 500) &&
      `a refused write: ${failed.find((o) => o.status > 0 && o.status < 500)!.problem}`,
    first.child.exitCode !== null && 'the surviving server exited',
    requestId !== 'deploy-drill-1' && `X-Request-Id came back as ${requestId}`,
    !(atLimit.status === 400 && atLimit.body.startsWith('{"error"')) &&
      'a body at the limit did not reach the app',
    !(aboveLimit.status === 413 && aboveLimit.body.includes('"TOO_LARGE"')) &&
      'a body above the limit was not refused as TOO_LARGE',
  ].filter(Boolean);
  if (problems.length) throw new Error(`${problems.join('; ')}\nnginx:\n${nginx.output.stderr}`);
  console.log('  deploy drill passed');
}

const deadline = setTimeout(() => {
  console.error(`deploy drill: not done within ${DEADLINE_MS / 1000} s`);
  void cleanUp().finally(() => process.exit(1));
}, DEADLINE_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(1)));
}

main()
  .then(
    () => 0,
    (error: unknown) => {
      console.error('deploy drill failed:', error instanceof Error ? error.message : error);
      return 1;
    },
  )
  .then(async (code) => {
    clearTimeout(deadline);
    await cleanUp();
    process.exit(code);
  });
