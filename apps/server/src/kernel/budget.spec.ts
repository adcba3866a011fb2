import { sql } from './db/sql';
import { startTestApp, type TestApp } from '../test/harness';
import { spendBudget } from './budget';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('spendBudget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  const fixed = { capacity: 100, restorePerSecond: 0 };
  const stored = async (caller: string) =>
    (await t.db.run(sql`SELECT points FROM rate_budget WHERE caller = ${caller}`))[0]?.points;

  it('starts a caller with a full bucket and takes each cost from it', async () => {
    expect(await spendBudget(t.db, 'within', 30, fixed)).toEqual({ allowed: true, remaining: 70 });
    expect(await spendBudget(t.db, 'within', 70, fixed)).toEqual({ allowed: true, remaining: 0 });
    expect(await stored('within')).toBe(0);
  });

  it('refuses a spend the bucket cannot cover and deducts nothing', async () => {
    await spendBudget(t.db, 'refused', 60, fixed);
    expect(await spendBudget(t.db, 'refused', 50, fixed)).toEqual({
      allowed: false,
      remaining: 40,
    });
    expect(await stored('refused')).toBe(40);
    expect(await spendBudget(t.db, 'refused', 40, fixed)).toEqual({ allowed: true, remaining: 0 });
  });

  it('refuses a cost above the capacity without creating a bucket', async () => {
    expect(await spendBudget(t.db, 'huge', 101, fixed)).toEqual({ allowed: false, remaining: 100 });
    expect(await stored('huge')).toBeUndefined();
  });

  it('refills with the time since the last spend, never above the capacity', async () => {
    const options = { capacity: 10, restorePerSecond: 20 };
    expect((await spendBudget(t.db, 'refill', 10, options)).allowed).toBe(true);
    const early = await spendBudget(t.db, 'refill', 10, options);
    expect(early.allowed).toBe(false);
    expect(early.remaining).toBeLessThan(10);
    await sleep(600); // 12 points' worth at 20 a second, capped at 10
    expect(await spendBudget(t.db, 'refill', 1, options)).toEqual({ allowed: true, remaining: 9 });
  });

  it('lets exactly as many concurrent spends through as the bucket holds', async () => {
    const spends = await Promise.all(
      Array.from({ length: 50 }, () => spendBudget(t.db, 'concurrent', 10, fixed)),
    );
    expect(spends.filter((s) => s.allowed)).toHaveLength(10);
    expect(spends.filter((s) => !s.allowed).every((s) => s.remaining === 0)).toBe(true);
    expect(await stored('concurrent')).toBe(0);
  });

  it('keeps callers apart', async () => {
    await spendBudget(t.db, 'alice', 100, fixed);
    expect(await spendBudget(t.db, 'bob', 100, fixed)).toEqual({ allowed: true, remaining: 0 });
  });
});
