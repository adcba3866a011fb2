import { limitsFrom } from '../../api/http/app';
import { loadConfig } from '../../kernel/config';
import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';

// A budget of 1000 points and no refill: one 606-point query fits, a second does not.
const LIMITS = {
  ...limitsFrom(loadConfig({})),
  maxCost: 1000,
  capacity: 1000,
  restorePerSecond: 0,
};
const COSTLY = `{ ${[1, 2, 3, 4, 5, 6].map((n) => `p${n}: members(first: 100) { nodes { id } }`).join(' ')} }`; // 6 × 101 points

const LOGIN =
  'mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }';

/** Requests as a client behind the proxy: the proxy appends the client's address. */
function asClient(t: TestApp, address: string) {
  const headers = { 'x-forwarded-for': address };
  return {
    login: async (username: string, password: string) => {
      const res = await t.gql(LOGIN, { input: { username, password } }, { token: null, headers });
      return res.data!.login as { token: string | null; userErrors: { code: string }[] };
    },
    costly: async () => {
      const response = await t.http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: COSTLY }),
      });
      return response.status;
    },
  };
}

/** 31 wrong passwords at once (one past the per-address limit), for usernames that do not exist. */
async function exhaustAddress(client: ReturnType<typeof asClient>, label: string) {
  const attempts = await Promise.all(
    Array.from({ length: 31 }, (_, i) => client.login(`nobody_${label}_${i}`, 'wrong-password')),
  );
  expect(attempts.every((a) => a.token === null)).toBe(true);
  expect(attempts.some((a) => a.userErrors[0]?.code === 'LOCKED')).toBe(true);
}

describe('client addresses behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    const { TRUSTED_PROXIES } = loadConfig({ TRUSTED_PROXIES: 'loopback' });
    t = await startTestApp({ demo: true, limits: LIMITS, trustedProxies: TRUSTED_PROXIES });
  });
  afterAll(() => t.stop());

  it('locks sign-in for the client who failed, not for the others behind the same proxy', async () => {
    const attacker = asClient(t, '203.0.113.10');
    const colleague = asClient(t, '203.0.113.20');
    await exhaustAddress(attacker, 'attacker');

    const locked = await attacker.login('admin', 'wanxia2022');
    expect(locked.token).toBeNull();
    expect(locked.userErrors[0].code).toBe('LOCKED');

    const signedIn = await colleague.login('admin', 'wanxia2022');
    expect(signedIn.token).toEqual(expect.any(String));
    const [session] = await t.db.run(
      sql`SELECT ip FROM user_session ORDER BY created_at DESC, id DESC LIMIT 1`,
    );
    expect(session.ip).toBe('203.0.113.20');
  }, 60_000);

  it('keeps a budget per client', async () => {
    const first = asClient(t, '198.51.100.1');
    const second = asClient(t, '198.51.100.2');
    expect(await first.costly()).toBe(200);
    expect(await first.costly()).toBe(429);
    expect(await second.costly()).toBe(200);
  });

  it('takes the address the proxy saw, not one the client wrote in front of it', async () => {
    // nginx appends the peer to what the client sent: the rightmost untrusted entry counts.
    const spoofing = asClient(t, '198.51.100.2, 198.51.100.3');
    expect(await spoofing.costly()).toBe(200);
    expect(await spoofing.costly()).toBe(429);
  });
});

describe('client addresses without a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    const { TRUSTED_PROXIES } = loadConfig({});
    expect(TRUSTED_PROXIES).toEqual([]);
    t = await startTestApp({ demo: true, limits: LIMITS, trustedProxies: TRUSTED_PROXIES });
  });
  afterAll(() => t.stop());

  // First: every request here comes from one address, whose budget the sign-in attempts below
  // spend too.
  it('ignores X-Forwarded-For for budgets', async () => {
    expect(await asClient(t, '198.51.100.1').costly()).toBe(200);
    expect(await asClient(t, '198.51.100.2').costly()).toBe(429);
  });

  it('ignores X-Forwarded-For: a client cannot escape its lock by naming another address', async () => {
    await exhaustAddress(asClient(t, '203.0.113.10'), 'spoofer');
    const disguised = await asClient(t, '203.0.113.99').login('admin', 'wanxia2022');
    expect(disguised.token).toBeNull();
    expect(disguised.userErrors[0].code).toBe('LOCKED');
  }, 60_000);
});

describe('TRUSTED_PROXIES', () => {
  it('takes addresses, CIDR ranges and named ranges', () => {
    const config = loadConfig({ TRUSTED_PROXIES: ' 10.0.0.0/8, 172.30.0.2 ,fd00::/8,loopback' });
    expect(config.TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '172.30.0.2', 'fd00::/8', 'loopback']);
  });

  it.each(['10.0.0.0/33', 'nginx', '10.0.0.1/8/8', '*'])('refuses %s, naming the variable', (v) => {
    expect(() => loadConfig({ TRUSTED_PROXIES: v })).toThrow(/TRUSTED_PROXIES=/);
  });
});
