// Lighthouse on the console's first screens: sign-in, the dashboard and the roster (signed in
// as the demo admin), desktop and mobile. Prints a table of the performance, accessibility and
// best-practices scores and, below it, every accessibility or best-practices audit that failed.
// The reports land in apps/admin/test-results/lighthouse/.
//
// Runs against LIGHTHOUSE_URL when set (a running `pnpm start`); else it starts the built server
// and console itself, as the end-to-end tests do: an embedded PostgreSQL in a throw-away folder
// with the demo data, stopped and deleted at the end. Chromium: CHROME_PATH or /usr/bin/chromium.
//
// In front of that server it runs the deployment's own nginx site, deploy/nginx/https.conf (TLS
// and HTTP/2, with a throw-away self-signed certificate), as a bureau serves the console: the
// browser then fetches a screen's chunks over one connection, brotli-compressed. Without nginx
// (NGINX_PATH, default /usr/sbin/nginx), or with LIGHTHOUSE_FRONT=direct, it measures the server
// itself over plain HTTP/1.1: six connections, gzip.
// LIGHTHOUSE_SCREENS (sign-in,dashboard,roster) and LIGHTHOUSE_FORMS (desktop,mobile) pick
// what to measure; LIGHTHOUSE_RUNS measures each that many times and shows the median.
// Performance depends on the machine: scores on a busy one say little, so nothing here fails on
// a performance score. With --check (the test command runs it so) it fails when an accessibility
// or best-practices audit fails, and skips with the reason printed when there is no Chromium
// (except in CI, which installs it); otherwise it fails only when a run cannot be made.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const { fetch } = globalThis;

const admin = path.resolve(import.meta.dirname, '..');
const root = path.resolve(admin, '../..');
const out = path.join(admin, 'test-results', 'lighthouse');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const check = process.argv.includes('--check');
if (check && !existsSync(chrome)) {
  const reason = `Lighthouse needs Chromium at ${chrome} (apt-get install chromium, or set CHROME_PATH).`;
  if (process.env.CI === 'true') {
    console.error(`${reason} CI must run it.`);
    process.exit(1);
  }
  console.warn(`SKIPPED: ${reason}`);
  process.exit(0);
}
const { NGINX, nginxArgs, writeNginxConfig } = await import(
  path.join(root, 'apps/server/dist/ops/nginx-config.js')
);
const throughNginx = process.env.LIGHTHOUSE_FRONT !== 'direct' && existsSync(NGINX);
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
  const url = `http://127.0.0.1:${port}`;
  await untilReady(server, 'the server', () =>
    fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    ),
  );
  return {
    url,
    port,
    async stop() {
      await stopChild(server);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `probe` says a child is ready; fails when the child exits or takes 3 minutes. */
async function untilReady(child, name, probe) {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`${name} was not ready in 3 minutes:\n${output}`);
    if (await probe()) return;
    await sleep(500);
  }
}

async function stopChild(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * The deployment's TLS and HTTP/2 site in front of the server, on a free port, with a
 * self-signed certificate made for 127.0.0.1 (Chromium is told to accept it).
 */
async function startNginx(server) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-lighthouse-nginx-'));
  const tls = { certificate: path.join(dir, 'tls.crt'), key: path.join(dir, 'tls.key') };
  const openssl = spawnSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
      ...['-keyout', tls.key, '-out', tls.certificate],
      ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    ],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0)
    throw new Error(`openssl could not make a certificate: ${openssl.stderr}`);
  const listenPort = await freePort();
  await writeNginxConfig(dir, { listenPort, upstreamPorts: [server.port], tls });
  // Its access log goes to /dev/stdout, which cannot be opened on a pipe.
  const nginx = spawn(NGINX, nginxArgs(dir), { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = `https://127.0.0.1:${listenPort}`;
  // Node's fetch refuses the self-signed certificate: nginx is ready once its port takes calls.
  await untilReady(
    nginx,
    'nginx',
    () =>
      new Promise((resolve) => {
        const socket = connect(listenPort, '127.0.0.1', () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      }),
  );
  return {
    url,
    async stop() {
      await stopChild(nginx);
      await rm(dir, { recursive: true, force: true });
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
    // The certificate of the nginx in front is a throw-away self-signed one.
    `--chrome-flags=--headless --no-sandbox${url.startsWith('https:') ? ' --ignore-certificate-errors' : ''}`,
    ...(form === 'desktop' ? ['--preset=desktop'] : []),
    ...(screen.signedIn ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  // On a busy machine Chromium now and then loses the trace of a load (NO_NAVSTART): try again.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const { status } = spawnSync(path.join(admin, 'node_modules/.bin/lighthouse'), args, {
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: chrome },
    });
    if (status === 0) return report;
  }
  throw new Error(`lighthouse failed on ${screen.name} (${form}) three times`);
}

const server = process.env.LIGHTHOUSE_URL
  ? { url: process.env.LIGHTHOUSE_URL.replace(/\/$/, ''), stop: async () => {} }
  : await startServer();
let front = null;
try {
  front = !process.env.LIGHTHOUSE_URL && throughNginx ? await startNginx(server) : null;
  const url = front?.url ?? server.url;
  await mkdir(out, { recursive: true });
  const cookie = await sessionCookie(server.url);
  const rows = [];
  const failures = [];
  for (const screen of SCREENS) {
    for (const form of FORMS) {
      const results = [];
      for (let run = 0; run < RUNS; run++) {
        const report = runLighthouse(url, screen, form, cookie, run);
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
  const via = front ? 'through nginx: TLS, HTTP/2, brotli' : 'the server itself: HTTP/1.1, gzip';
  console.log(`\nLighthouse ${url}, ${via} (reports in ${path.relative(root, out)}/)\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    failures.length
      ? `\n${failures.join('\n')}`
      : '\nNo accessibility or best-practices audit failed.',
  );
  if (check && failures.length) process.exitCode = 1;
} finally {
  await front?.stop();
  await server.stop();
}
