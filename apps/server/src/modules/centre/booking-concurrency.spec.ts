import { sql } from '../../kernel/db/sql';
import { startTestApp, type TestApp } from '../../test/harness';
import { startServerProcess, type ServerProcess } from '../../test/server-process';
import { DEMO_PASSWORD } from '../user/accounts-seed';

interface Reply {
  booking: { id: string } | null;
  userErrors: { code: string; params: { bookingId: string; when: string } | null }[];
}

describe('two bookings of one room never overlap', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('books one of fifty sent at once for one room and slot through two server processes; the others name it', async () => {
    const created = await t.gql(
      'mutation { createRoom(input: { name: "并发测试室", capacity: 60, areaSqm: 150 }) { room { id } userErrors { code } } }',
    );
    const room = created.data!.createRoom.room.id as string;
    const servers: ServerProcess[] = await Promise.all([
      startServerProcess(t.db.url, t.ownerUrl),
      startServerProcess(t.db.url, t.ownerUrl),
    ]);
    let results: Reply[];
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
      results = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const response = await fetch(`${servers[i % 2].url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              query: `mutation($input: BookRoomInput!) { bookRoom(input: $input) {
                booking { id } userErrors { code params } } }`,
              variables: {
                input: {
                  roomId: room,
                  // The same slot, each a little differently cut: every pair overlaps.
                  startsAt: `2026-09-01T09:${String(i % 30).padStart(2, '0')}:00+08:00`,
                  endsAt: '2026-09-01T11:00:00+08:00',
                  purpose: `预约 ${i + 1}`,
                },
              },
            }),
          });
          const reply = (await response.json()) as { data?: { bookRoom: Reply } };
          if (!reply.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(reply)}`);
          return reply.data.bookRoom;
        }),
      );
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    const booked = results.filter((r) => r.booking !== null);
    const clashes = results.filter((r) => r.userErrors[0]?.code === 'BOOKING_CLASH');
    process.stdout.write(
      `50 bookings of one slot over 2 processes: ${booked.length} booked, ${clashes.length} BOOKING_CLASH\n`,
    );
    expect(booked).toHaveLength(1);
    expect(clashes).toHaveLength(49);
    const winner = booked[0].booking!.id;
    for (const clash of clashes) {
      expect(clash.userErrors).toHaveLength(1);
      expect(clash.userErrors[0].params).toMatchObject({
        bookingId: winner,
        when: expect.stringMatching(/^2026-09-01 09:\d\d–11:00$/),
      });
    }
    const [rows] = await t.db.run(sql`
      SELECT count(*)::int AS n FROM room_booking WHERE room_id = ${Number(Buffer.from(room, 'base64url').toString().split(':')[1])}`);
    expect(rows.n).toBe(1);
  });
});
