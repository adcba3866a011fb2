// Lighthouse on the console's first screens: sign-in, the dashboard and the roster (signed in
// as the demo admin), desktop and mobile. Prints a table of the performance, accessibility and
// best-practices scores and, below it, every accessibility or best-practices audit that failed.
// The reports land in apps/admin/test-results/lighthouse/.
//
// Runs against LIGHTHOUSE_URL when set (a running `pnpm start`); else it starts the built server
// and console itself, as the end-to-end tests do: an embedded PostgreSQL in a throw-away folder
// with the demo data, stopped and deleted at the end. Chromium: CHROME_PATH or /usr/bin/chromium.
// LIGHTHOUSE_SCREENS (sign-in,dashboard,roster) and LIGHTHOUSE_FORMS (desktop,mobile) pick
// what to measure; LIGHTHOUSE_RUNS measures each that many times and shows the median.
// Performance depends on the machine: scores on a busy one say little, so nothing here fails on
// a score; the command fails only when a run cannot be made.
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const { fetch } = globalThis;

const admin = path.resolve(import.meta.dirname, '..');
const root = path.resolve(admin, '../..');
const out = path.join(admin, 'test-results', 'lighthouse');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const SCREENS = [
  { name: 'sign-in', path: '/login', signedIn: false },
  { name: 'dashboard', path: '/', signedIn: true },
  { name: 'roster', path: '/roster', signedIn: true },
].filter((screen) => chosen('LIGHTHOUSE_SCREENS', screen.name));
const FORMS = ['desktop', 'mobile'].filter((form) => chosen('LIGHTHOUSE_FORMS', form));
// Simulated throttling still varies from run to run: each page is measured this many times and
// its median score shown, with every run's score beside it.
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));

/** Whether a comma-separated list in the environment (all when unset) names this one. */
function chosen(variable, name) {
  const list = process.env[variable];
  return !list || list.split(',').includes(name);
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The built server on a fresh embedded PostgreSQL with the demo data; resolves when ready. */
async function startServer() {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-lighthouse-'));
  await chmod(dataDir, 0o755); // PostgreSQL's own user must reach the cluster inside it
  let output = '';
  const server = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SEED_DEMO: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the server was not ready in 3 minutes:\n${output}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await sleep(500);
  }
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The session cookie of the demo admin, as the console's sign-in gets it. */
async function sessionCookie(url) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wanxia-csrf': '1' },
    body: JSON.stringify({
      query:
        'mutation($input: LoginInput!) { login(input: $input) { expiresAt userErrors { message } } }',
      variables: { input: { username: 'admin', password: 'wanxia2022', sessionCookie: true } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('wanxia_session='));
  if (!cookie) throw new Error(`signing in failed: ${await response.text()}`);
  return cookie.split(';')[0];
}

function runLighthouse(url, screen, form, cookie, run) {
  const report = path.join(out, `${screen.name}-${form}${run ? `-${run + 1}` : ''}.json`);
  const args = [
    `${url}${screen.path}`,
    '--quiet',
    '--output=json',
    `--output-path=${report}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless --no-sandbox',
    ...(form === 'desktop' ? ['--preset=desktop'] : []),
    ...(screen.signedIn ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const { status } = spawnSync(path.join(admin, 'node_modules/.bin/lighthouse'), args, {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome },
  });
  if (status !== 0) throw new Error(`lighthouse failed on ${screen.name} (${form})`);
  return report;
}

const server = process.env.LIGHTHOUSE_URL
  ? { url: process.env.LIGHTHOUSE_URL.replace(/\/$/, ''), stop: async () => {} }
  : await startServer();
try {
  await mkdir(out, { recursive: true });
  const cookie = await sessionCookie(server.url);
  const rows = [];
  const failures = [];
  for (const screen of SCREENS) {
    for (const form of FORMS) {
      const results = [];
      for (let run = 0; run < RUNS; run++) {
        const report = runLighthouse(server.url, screen, form, cookie, run);
        results.push(JSON.parse(await readFile(report)));
      }
      const scores = (id) => results.map((r) => Math.round(r.categories[id].score * 100));
      const shown = (id) =>
        RUNS === 1 ? String(scores(id)[0]) : `${median(scores(id))} (${scores(id).join(', ')})`;
      rows.push([screen.name, form, ...CATEGORIES.map(shown)]);
      const result = results.at(-1);
      for (const id of ['accessibility', 'best-practices']) {
        for (const ref of result.categories[id].auditRefs) {
          const audit = result.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            failures.push(`${screen.name} (${form}) ${id}: ${audit.id} — ${audit.title}`);
        }
      }
    }
  }
  const header = ['screen', 'form', 'performance', 'accessibility', 'best practices'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(`\nLighthouse ${server.url} (reports in ${path.relative(root, out)}/)\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    failures.length
      ? `\n${failures.join('\n')}`
      : '\nNo accessibility or best-practices audit failed.',
  );
} finally {
  await server.stop();
}
