import { sql } from '../../kernel/db/sql';
import { limitsFrom } from '../../api/http/app';
import { loadConfig } from '../../kernel/config';
import { startTestApp, type TestApp } from '../../test/harness';
import { EXPORT_ROWS_PER_POINT, EXPORTS_AT_ONCE } from './limits';

describe('exports and the caller’s budget', () => {
  let t: TestApp;
  let guest: string;
  // Nothing refills during the test, so every point spent shows.
  const capacity = 1_000_000;
  beforeAll(async () => {
    t = await startTestApp({
      demo: true,
      limits: { ...limitsFrom(loadConfig({})), capacity, restorePerSecond: 0 },
    });
    guest = await t.login('guest');
  });
  afterAll(() => t.stop());

  const exportVisits = (token = guest) =>
    t.http('/api/visits/export.xlsx', { headers: { authorization: `Bearer ${token}` } });

  const remaining = async (token: string) => {
    const res = await t.gql('{ viewer { kind } }', undefined, { token });
    return (res.extensions as { cost: { remaining: number } }).cost.remaining;
  };

  it('charges an export a point per ten rows', async () => {
    const [{ visits }] = await t.db.run(sql`SELECT count(*)::int AS visits FROM visit`);
    const before = await remaining(guest);
    const response = await exportVisits();
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const after = await remaining(guest);
    // The second look-up costs a point too.
    expect(before - after).toBe(Math.ceil(Number(visits) / EXPORT_ROWS_PER_POINT) + 1);
  });

  /** The p95 of the admin's `{ viewer }`, in milliseconds, over 40 requests. */
  async function viewerP95(): Promise<number> {
    const admin = await t.adminToken();
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      const res = await t.gql('{ viewer { kind } }', undefined, { token: admin });
      times.push(performance.now() - started);
      expect(res.data?.viewer.kind).toBe('USER');
    }
    times.sort((a, b) => a - b);
    return times[Math.ceil(times.length * 0.95) - 1];
  }

  it('runs two exports of a caller at once and refuses more with RATE_LIMITED, while an admin’s queries stay fast', async () => {
    const idle = await viewerP95();
    // Twelve at once: two run, ten are refused.
    const responses = await Promise.all(Array.from({ length: 12 }, () => exportVisits()));
    const running = responses.filter((r) => r.status === 200);
    const downloads = Promise.all(running.map((r) => r.arrayBuffer()));
    const refused = responses.filter((r) => r.status === 429);
    expect(running).toHaveLength(EXPORTS_AT_ONCE);
    expect(refused).toHaveLength(12 - EXPORTS_AT_ONCE);
    expect(await refused[0].json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await exportVisits()).status).toBe(429);

    // Measured while both downloads are being written.
    const busy = await viewerP95();
    process.stdout.write(
      `admin { viewer } p95: ${idle.toFixed(1)} ms idle, ${busy.toFixed(1)} ms while a viewer exports\n`,
    );
    // What the exports add, apart from how busy the machine running the test is.
    expect(busy - idle).toBeLessThan(100);

    // A finished download frees its slot.
    await downloads;
    const next = await exportVisits();
    expect(next.status).toBe(200);
    await next.arrayBuffer();
  }, 120_000);

  it('refuses an export the budget cannot pay', async () => {
    // A budget of 500 points: the roster (about 6,000 rows) takes all of it once.
    const poor = await startTestApp({
      demo: true,
      limits: { ...limitsFrom(loadConfig({})), maxCost: 500, capacity: 500, restorePerSecond: 0 },
    });
    try {
      const token = await poor.login('guest');
      const roster = () =>
        poor.http('/api/members/export.xlsx', { headers: { authorization: `Bearer ${token}` } });
      const first = await roster();
      expect(first.status).toBe(200);
      await first.arrayBuffer();
      const again = await roster();
      expect(again.status).toBe(429);
      expect(await again.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    } finally {
      await poor.stop();
    }
  });
});
