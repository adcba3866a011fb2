import { buildApp } from '../../api/http/app';
import { createSchema } from '../../api/graphql/schema';
import { PostgresDatabase } from '../../db/database';
import { createLogger } from '../../kernel/logger';
import { sql } from '../../kernel/db/sql';
import { TEST_NOW } from '../../test/constants';
import { startTestApp, type TestApp } from '../../test/harness';

/**
 * Two server processes on one database, as behind a load balancer: each keeps the callers it
 * has met, and a change made through either (or straight in the database) reaches both.
 */
describe('callers kept by a server process', () => {
  let t: TestApp;
  let other: { db: PostgresDatabase; close: () => Promise<void>; url: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const db = new PostgresDatabase(t.db.url, 2);
    await db.open();
    const app = await buildApp({
      db,
      schema: await createSchema(),
      logger: createLogger('silent'),
      clock: () => TEST_NOW,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    other = {
      db,
      url: `http://127.0.0.1:${port}/graphql`,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  });
  afterAll(async () => {
    await other.close();
    await t.stop();
  });

  /** `{ viewer { kind } }` through the other process. */
  const viewerThere = async (token: string) => {
    const response = await fetch(other.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { kind } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
    return body.errors?.[0].extensions.code ?? 'OK';
  };

  /** The other process's answer once it has heard of the change (a state, not a time). */
  const settledThere = async (token: string, expected: string) => {
    for (;;) {
      const answer = await viewerThere(token);
      if (answer === expected) return answer;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  it('sends no statement for a caller it knows', async () => {
    const token = await t.login('guest');
    expect(await viewerThere(token)).toBe('OK'); // looked up, and kept
    const again = await other.db.countStatements(() => viewerThere(token));
    expect(again.statements.filter((text) => /user_session/.test(text))).toEqual([]);
  });

  it('refuses a session ended in another process', async () => {
    const token = await t.login('guest');
    expect(await viewerThere(token)).toBe('OK');
    expect((await t.gql('mutation { logout { ok } }', undefined, { token })).data).toEqual({
      logout: { ok: true },
    });
    expect(await settledThere(token, 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
  });

  it('refuses a session whose user was disabled straight in the database', async () => {
    const token = await t.login('shuji');
    expect(await viewerThere(token)).toBe('OK');
    await t.db.run(sql`UPDATE app_user SET disabled_at = now() WHERE username = 'shuji'`);
    expect(await settledThere(token, 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
    await t.db.run(sql`UPDATE app_user SET disabled_at = NULL WHERE username = 'shuji'`);
    expect(await viewerThere(token)).toBe('OK');
  });
});
