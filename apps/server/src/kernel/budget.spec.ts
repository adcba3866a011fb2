import { sql } from './db/sql';
import { startTestApp, type TestApp } from '../test/harness';
import { BudgetLeases, spendBudget } from './budget';

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

  it('keeps buckets in an unlogged table: a spend waits for no write-ahead log flush', async () => {
    const [table] = await t.db.run(
      sql`SELECT relpersistence FROM pg_class WHERE oid = 'rate_budget'::regclass`,
    );
    expect(table.relpersistence).toBe('u');
  });

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

describe('BudgetLeases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  // A lease is a twentieth of the capacity: 20 points here.
  const fixed = { capacity: 400, restorePerSecond: 0 };
  const stored = async (caller: string) =>
    (await t.db.run(sql`SELECT points FROM rate_budget WHERE caller = ${caller}`))[0]?.points;

  it('takes a lease from the shared bucket and spends it without a statement', async () => {
    const admissionToo = { admission: true };
    const leases = new BudgetLeases();
    const first = await t.db.countStatements(
      () => leases.spend(t.db, 'lessee', 5, fixed),
      admissionToo,
    );
    expect(first.count).toBe(1);
    expect(await stored('lessee')).toBe(380);
    const next = await t.db.countStatements(async () => {
      expect(await leases.spend(t.db, 'lessee', 5, fixed)).toEqual({
        allowed: true,
        remaining: 390, // 380 in the bucket and 10 held here
      });
      expect(await leases.spend(t.db, 'lessee', 10, fixed)).toEqual({
        allowed: true,
        remaining: 380,
      });
    }, admissionToo);
    expect(next.count).toBe(0);
    // Spent out: the next takes a new lease.
    expect(await leases.spend(t.db, 'lessee', 5, fixed)).toEqual({ allowed: true, remaining: 375 });
    expect(await stored('lessee')).toBe(360);
  });

  it('charges a costly operation to the bucket directly', async () => {
    const leases = new BudgetLeases();
    expect(await leases.spend(t.db, 'direct', 11, fixed)).toEqual({
      allowed: true,
      remaining: 389,
    });
    expect(await stored('direct')).toBe(389);
  });

  it('never spends more than the bucket gave, across processes', async () => {
    const small = { capacity: 100, restorePerSecond: 0 }; // leases of 5 points, costs of 1
    const processes = [new BudgetLeases(), new BudgetLeases(), new BudgetLeases()];
    const spends = await Promise.all(
      Array.from({ length: 150 }, (_, i) => processes[i % 3].spend(t.db, 'shared', 1, small)),
    );
    const allowed = spends.filter((s) => s.allowed).length;
    expect(allowed).toBeLessThanOrEqual(100);
    // A process may be left holding part of a lease nobody there asks for.
    expect(allowed).toBeGreaterThanOrEqual(100 - 3 * 5);
    expect(await stored('shared')).toBe(0);
  });

  it('uses what is held towards an operation when the bucket has less than a lease', async () => {
    const leases = new BudgetLeases();
    await spendBudget(t.db, 'tail', 375, fixed); // 25 left: one lease of 20, then 5
    await leases.spend(t.db, 'tail', 8, fixed); // leased 20, 12 held, 5 in the bucket
    expect(await leases.spend(t.db, 'tail', 9, fixed)).toEqual({ allowed: true, remaining: 8 });
    // 3 held and 5 in the bucket: 8 covers 8 but not 9.
    expect(await leases.spend(t.db, 'tail', 9, fixed)).toEqual({ allowed: false, remaining: 8 });
    expect(await leases.spend(t.db, 'tail', 8, fixed)).toEqual({ allowed: true, remaining: 0 });
    expect(await stored('tail')).toBe(0);
  });
});
