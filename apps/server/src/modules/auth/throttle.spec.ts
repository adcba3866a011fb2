import { request } from 'node:http';
import { sql } from '../../kernel/db/sql';
import { DEMO_PASSWORD } from '../user/accounts-seed';
import { startTestApp, type TestApp } from '../../test/harness';
import { PAIR_RULE } from './throttle';

interface LoginAnswer {
  token: string | null;
  userErrors: { code: string }[];
}

describe('sign-in limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  /** Signs in over a connection from `address` (any of 127.0.0.0/8 reaches the app). */
  function loginFrom(address: string, username: string, password: string): Promise<LoginAnswer> {
    const body = JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }',
      variables: { input: { username, password } },
    });
    const url = new URL('/graphql', t.baseUrl);
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          localAddress: address,
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () =>
            resolve((JSON.parse(text) as { data: { login: LoginAnswer } }).data.login),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  const attemptsStored = async (key: string) => {
    const [row] = await t.db.run(sql`SELECT failures FROM login_throttle WHERE key = ${key}`);
    return Number(row?.failures ?? 0);
  };

  it('checks no more than the limit of a burst of 100 wrong passwords, and then refuses the right one', async () => {
    const address = '127.0.0.21';
    const burst = await Promise.all(
      Array.from({ length: 100 }, () => loginFrom(address, 'shuji', 'wrong-password')),
    );
    const codes = burst.map((a) => a.userErrors[0]?.code);
    expect(burst.every((a) => a.token === null)).toBe(true);
    // Only reservations that went through reach the password check: the limit, not 100.
    expect(await attemptsStored(`pair:shuji@${address}`)).toBe(PAIR_RULE.limit);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBe(PAIR_RULE.limit! - 1);
    expect(codes.filter((c) => c === 'LOCKED').length).toBe(100 - (PAIR_RULE.limit! - 1));

    const right = await loginFrom(address, 'shuji', DEMO_PASSWORD);
    expect(right.token).toBeNull();
    expect(right.userErrors).toEqual([{ code: 'LOCKED' }]);
    expect(await attemptsStored(`pair:shuji@${address}`)).toBe(PAIR_RULE.limit);
  });

  it('locks a username for the addresses that guessed, never for its owner elsewhere', async () => {
    // Five addresses each guess five times: each is locked out, the account is not.
    const guessers = ['127.0.0.31', '127.0.0.32', '127.0.0.33', '127.0.0.34', '127.0.0.35'];
    await Promise.all(
      guessers.map(async (address) => {
        for (let i = 0; i < PAIR_RULE.limit!; i++) await loginFrom(address, 'guest', 'wrong');
      }),
    );
    for (const address of guessers) {
      expect((await loginFrom(address, 'guest', DEMO_PASSWORD)).userErrors).toEqual([
        { code: 'LOCKED' },
      ]);
    }
    // 25 failures from everywhere slow the username down, and lock nobody else out.
    expect(await attemptsStored('user:guest')).toBe(guessers.length * PAIR_RULE.limit!);
    const owner = await loginFrom('127.0.0.36', 'guest', DEMO_PASSWORD);
    expect(owner.userErrors).toEqual([]);
    expect(owner.token).toMatch(/^wxs_/);

    // Forty wrong and the right one at once from one address: never more than five checked.
    const address = '127.0.0.41';
    const answers = await Promise.all([
      ...Array.from({ length: 40 }, () => loginFrom(address, 'admin', 'wrong')),
      loginFrom(address, 'admin', DEMO_PASSWORD),
    ]);
    const checked = answers.filter((a) => a.userErrors[0]?.code !== 'LOCKED' || a.token);
    expect(checked.length).toBeLessThanOrEqual(PAIR_RULE.limit!);
    expect(await attemptsStored(`pair:admin@${address}`)).toBeLessThanOrEqual(PAIR_RULE.limit!);
  }, 60_000);
});
