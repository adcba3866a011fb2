import { loadConfig } from '../../kernel/config';
import { startJobs } from '../../jobs/worker';
import { createLogger } from '../../kernel/logger';
import { startTestApp, type TestApp } from '../../test/harness';
import { Metrics } from './metrics';

const TOKEN = 'metrics-token-0123456789';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The value of one sample line, e.g. `name{label="x"} 3`; undefined when absent. */
function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe('/metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ metrics: { token: TOKEN } });
  });
  afterAll(() => t.stop());

  const scrape = (authorization?: string) =>
    t.http('/metrics', { headers: authorization ? { authorization } : {} });

  it('answers only the bearer of the token', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, TOKEN]) {
      const response = await scrape(authorization);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts GraphQL requests and their latency by operation name and outcome', async () => {
    await t.adminToken(); // signing in is a request too
    const before = await (await scrape(`Bearer ${TOKEN}`)).text();
    await t.gql('query TownshipList { townships }');
    await t.gql('query TownshipList { townships }');
    await t.gql('query Broken { nothingHere }');
    await t.gql('{ townships }');
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    const added = (line: string) => (sample(text, line) ?? 0) - (sample(before, line) ?? 0);
    const requests = 'wanxia_graphql_requests_total';
    expect(added(`${requests}{operation="TownshipList",outcome="ok"}`)).toBe(2);
    expect(added(`${requests}{operation="Broken",outcome="error"}`)).toBe(1);
    expect(added(`${requests}{operation="unnamed",outcome="ok"}`)).toBe(1);
    const latency = 'wanxia_graphql_request_duration_seconds';
    expect(added(`${latency}_count{operation="TownshipList"}`)).toBe(2);
    expect(added(`${latency}_sum{operation="TownshipList"}`)).toBeGreaterThan(0);
    expect(added(`${latency}_bucket{le="+Inf",operation="TownshipList"}`)).toBe(2);
  });

  it('shows the database pool', async () => {
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    const total = sample(text, 'wanxia_db_pool_connections{state="total"}');
    expect(total).toBeGreaterThanOrEqual(1);
    expect(total).toBeLessThanOrEqual(5);
    expect(sample(text, 'wanxia_db_pool_connections{state="idle"}')).toBeLessThanOrEqual(total!);
    expect(sample(text, 'wanxia_db_pool_connections{state="waiting"}')).toBe(0);
    expect(text).toContain('wanxia_process_resident_memory_bytes');
  });

  it('counts job runs and failures', async () => {
    const url = (t.db.dataSource.options as { url: string }).url;
    const logger = createLogger('silent');
    const run = async (clock: () => Date, outcome: 'success' | 'failure') => {
      const line = `wanxia_job_runs_total{task="daily_visit_tasks",outcome="${outcome}"}`;
      const jobs = await startJobs({
        db: t.db,
        connectionString: url,
        logger,
        clock,
        metrics: t.metrics,
      });
      try {
        const deadline = Date.now() + 30_000;
        while (!sample(await t.metrics!.registry.metrics(), line) && Date.now() < deadline) {
          await sleep(100);
        }
      } finally {
        await jobs.stop();
      }
      return sample(await (await scrape(`Bearer ${TOKEN}`)).text(), line);
    };
    const failing = () => {
      throw new Error('the clock is broken');
    };
    expect(await run(failing, 'failure')).toBe(1);
    // The job is queued again with its key, so the next worker runs it at once.
    expect(await run(() => new Date('2026-06-15T02:00:00Z'), 'success')).toBe(1);
  });
});

describe('metrics switched off', () => {
  it('has no /metrics unless METRICS=true', async () => {
    expect(loadConfig({}).METRICS).toBe(false);
    const t = await startTestApp();
    try {
      // What any unknown path gets: the console's page.
      const response = await t.http('/metrics');
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).not.toContain('wanxia_');
    } finally {
      await t.stop();
    }
  });
});

describe('operation names', () => {
  it('keeps at most 200 of them as labels, the rest count as other', async () => {
    const t = await startTestApp();
    try {
      const metrics = new Metrics(t.db);
      for (let i = 0; i < 250; i++) metrics.recordRequest(`Op${i}`, 0.01, false);
      metrics.recordRequest('not a name!', 0.01, false);
      const text = await metrics.registry.metrics();
      const labels = new Set(
        [...text.matchAll(/wanxia_graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]),
      );
      expect(labels.size).toBe(201);
      expect(sample(text, 'wanxia_graphql_requests_total{operation="other",outcome="ok"}')).toBe(
        51,
      );
    } finally {
      await t.stop();
    }
  });
});

describe('METRICS_TOKEN', () => {
  it('is optional, at least 16 characters, and never printed', () => {
    expect(loadConfig({ METRICS: 'true', METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).toThrow(
      /METRICS_TOKEN=\(hidden\): at least 16 characters/,
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });
});
