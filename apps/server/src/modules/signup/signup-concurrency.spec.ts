import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { startServerProcess, type ServerProcess } from '../../test/server-process';
import { DEMO_PASSWORD } from '../user/accounts-seed';

interface Reply {
  signup: { status: string; waitingPosition: number | null } | null;
  promoted?: { status: string } | null;
  userErrors: { code: string }[];
}

const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

describe('sign-ups for the last places never overfill them', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('fills exactly the places from 20 sign-ups sent at once through two server processes; the rest wait in order, and freed places go to them', async () => {
    // Far enough ahead that the window is open on the test's clock and on the real one.
    const created = await t.gql(
      `mutation { createActivity(input: { kind: PERFORMANCE, title: "并发报名测试", organiser: { kind: BUREAU },
        startsAt: "2030-01-10T09:00:00+08:00", endsAt: "2030-01-10T11:00:00+08:00" }) { activity { id } userErrors { code } } }`,
    );
    const activityId = created.data!.createActivity.activity.id as string;
    const opened = await t.gql(
      `mutation($id: ID!) { openSignup(input: { activityId: $id, capacity: 3, closesAt: "2030-01-01T00:00:00+08:00" }) {
        userErrors { code } } }`,
      { id: activityId },
    );
    expect(opened.data!.openSignup.userErrors).toEqual([]);
    const members = (
      await t.gql('{ members(first: 20, filter: { status: [ACTIVE] }) { nodes { id } } }')
    ).data!.members.nodes.map((m: { id: string }) => m.id) as string[];
    expect(members).toHaveLength(20);

    const servers: ServerProcess[] = await Promise.all([
      startServerProcess(t.db.url, t.ownerUrl),
      startServerProcess(t.db.url, t.ownerUrl),
    ]);
    let signedUp: Reply[];
    let cancelled: Reply[];
    try {
      // The processes run on the real clock, so sign in through them (the test app's clock is fixed).
      const login = await fetch(`${servers[0].url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation($p: String!) { login(input: { username: "admin", password: $p }) { token } }',
          variables: { p: DEMO_PASSWORD },
        }),
      });
      const token = ((await login.json()) as { data: { login: { token: string } } }).data.login
        .token;
      const send = async (i: number, field: string, memberId: string) => {
        const response = await fetch(`${servers[i % 2].url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: `mutation($input: ${field === 'signUp' ? 'SignUpInput' : 'CancelSignupInput'}!) {
              ${field}(input: $input) { signup { status waitingPosition } ${field === 'signUp' ? '' : 'promoted { status }'}
              userErrors { code } } }`,
            variables: { input: { activityId, memberId } },
          }),
        });
        const reply = (await response.json()) as { data?: Record<string, Reply> };
        if (!reply.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(reply)}`);
        return reply.data[field];
      };
      signedUp = await Promise.all(members.map((m, i) => send(i, 'signUp', m)));
      expect(signedUp.map((r) => r.userErrors)).toEqual(members.map(() => []));
      const holders = members.filter((_, i) => signedUp[i].signup!.status === 'SIGNED_UP');
      // Two of the three places free at once, through both processes.
      cancelled = await Promise.all(holders.slice(0, 2).map((m, i) => send(i, 'cancelSignup', m)));
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    const statuses = signedUp.map((r) => r.signup!.status);
    process.stdout.write(
      `20 sign-ups for 3 places over 2 processes: ${statuses.filter((s) => s === 'SIGNED_UP').length} signed up, ${statuses.filter((s) => s === 'WAITING').length} waiting\n`,
    );
    expect(statuses.filter((s) => s === 'SIGNED_UP')).toHaveLength(3);
    expect(
      signedUp
        .filter((r) => r.signup!.status === 'WAITING')
        .map((r) => r.signup!.waitingPosition)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(cancelled.map((r) => [r.userErrors, r.signup!.status, r.promoted?.status])).toEqual([
      [[], 'CANCELLED', 'SIGNED_UP'],
      [[], 'CANCELLED', 'SIGNED_UP'],
    ]);
    // The first two who waited (the lowest ids) hold the freed places.
    const rows = await t.db.run(sql`
      SELECT status, count(*)::int AS n FROM activity_signup WHERE activity_id = ${keyOf(activityId)}
      GROUP BY status ORDER BY status`);
    expect(rows.map((r) => [r.status, r.n])).toEqual([
      ['CANCELLED', 2],
      ['SIGNED_UP', 3],
      ['WAITING', 15],
    ]);
    const [order] = await t.db.run(sql`
      SELECT bool_and(p.id < w.id) AS ok FROM activity_signup p, activity_signup w
      WHERE p.activity_id = ${keyOf(activityId)} AND w.activity_id = p.activity_id
        AND p.promoted_at IS NOT NULL AND w.status = 'WAITING'`);
    expect(order.ok).toBe(true);
  });
});
