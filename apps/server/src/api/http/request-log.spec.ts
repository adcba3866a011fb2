import { Writable } from 'node:stream';
import { sql } from '../../kernel/db/sql';
import { createLogger } from '../../kernel/logger';
import { startTestApp, type TestApp } from '../../test/harness';

describe('request logs', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    t = await startTestApp({ demo: true, logger: createLogger('info', sink) });
  });
  afterAll(() => t.stop());

  it('name the path of each request but never its query string or body', async () => {
    const admin = await t.adminToken();
    const [member] = await t.db.run(
      sql`SELECT name, id_card_number AS id FROM member ORDER BY id LIMIT 1`,
    );
    const query = `{ members(first: 1, filter: { search: "${String(member.id)}" }) { nodes { name } } }`;
    const overGet = await t.http(`/graphql?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${admin}` },
    });
    expect(overGet.status).toBe(200);
    const overPost = await t.gql(
      `{ members(first: 1, filter: { search: "${String(member.name)}" }) { totalCount } }`,
    );
    expect(overPost.data?.members.totalCount).toBeGreaterThan(0);

    const logged = lines.join('');
    expect(logged).toMatch(/"url":"\/graphql"/);
    expect(logged).not.toContain('?query');
    expect(logged).not.toContain(String(member.id));
    expect(logged).not.toContain(String(member.id).slice(-8));
    expect(logged).not.toContain(String(member.name));
    expect(logged).not.toContain(encodeURIComponent(String(member.name)));
  });
});
