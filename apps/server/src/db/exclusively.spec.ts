import { startTestApp, type TestApp } from '../test/harness';

describe('exclusively (the schema lock)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('lets work that holds the lock take it again without waiting for itself', async () => {
    const inner = await t.db.exclusively(() => t.db.exclusively(async () => 'inner ran'));
    expect(inner).toBe('inner ran');
  });

  it('makes concurrent callers take turns, and still nests after the lock was let go', async () => {
    const events: string[] = [];
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const first = t.db.exclusively(async () => {
      events.push('first in');
      firstStarted();
      await firstHolds;
      events.push('first out');
    });
    await started;
    const second = t.db.exclusively(async () => {
      events.push('second in');
      await t.db.exclusively(async () => events.push('second nested'));
    });
    releaseFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(['first in', 'first out', 'second in', 'second nested']);
    await expect(t.db.exclusively(() => t.db.exclusively(async () => 'again'))).resolves.toBe(
      'again',
    );
  });
});
