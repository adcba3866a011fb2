import { Client } from 'pg';
import { sql } from '../kernel/db/sql';
import { startTestApp, type TestApp } from '../test/harness';

describe('the database roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('connect the app as a role that is neither superuser nor owner of any table', async () => {
    const [role] = await t.db.run(sql`
      SELECT r.rolsuper AS superuser, r.rolcreaterole AS "createRole", r.rolbypassrls AS "bypassRls",
        (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS "ownedTables",
        (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public') AS tables
      FROM pg_roles r WHERE r.rolname = current_user`);
    expect(role).toMatchObject({
      superuser: false,
      createRole: false,
      bypassRls: false,
      ownedTables: 0,
    });
    expect(role.tables).toBeGreaterThan(10);
  });

  it('let the app only add to and read the audit trail: no update, delete, truncate or trigger switch', async () => {
    await t.adminToken(); // signing in writes an entry
    const [before] = await t.db.run(sql`SELECT count(*)::int AS n FROM audit_event`);
    expect(before.n).toBeGreaterThan(0);
    const app = new Client({ connectionString: t.db.url });
    await app.connect();
    const refused = async (statement: string) => {
      // Each on its own, in a transaction that could erase the trail if it were let through.
      await app.query('BEGIN');
      const outcome = await app.query(statement).then(
        () => 'done',
        (error: Error) => error.message,
      );
      await app.query('ROLLBACK');
      return outcome;
    };
    try {
      expect(await refused(`UPDATE audit_event SET actor_label = 'x'`)).toMatch(
        /permission denied/,
      );
      expect(await refused(`DELETE FROM audit_event`)).toMatch(/permission denied/);
      expect(await refused(`TRUNCATE audit_event`)).toMatch(/permission denied/);
      expect(await refused(`ALTER TABLE audit_event DISABLE TRIGGER ALL`)).toMatch(/must be owner/);
      expect(await refused(`ALTER TABLE audit_event DISABLE TRIGGER USER`)).toMatch(
        /must be owner/,
      );
      expect(await refused(`SET session_replication_role = replica`)).toMatch(/permission denied/);
      expect(await refused(`SET LOCAL session_replication_role = replica`)).toMatch(
        /permission denied/,
      );
      expect(await refused(`DROP TABLE audit_event`)).toMatch(/must be owner/);
      expect(await refused(`CREATE TABLE audit_copy (id int)`)).toMatch(/permission denied/);
    } finally {
      await app.end();
    }
    const [after] = await t.db.run(sql`SELECT count(*)::int AS n FROM audit_event`);
    expect(after.n).toBe(before.n);
  });

  it('still let the app do its work: sign in, change a member, write the trail', async () => {
    const { data } = await t.gql(
      `mutation { changePassword(input: { currentPassword: "wanxia2022", newPassword: "a-longer-secret-2026" }) { userErrors { code } } }`,
    );
    expect(data?.changePassword.userErrors).toEqual([]);
    const [entry] = await t.db.run(sql`SELECT operation FROM audit_event ORDER BY id DESC LIMIT 1`);
    expect(entry.operation).toBe('changePassword');
  });
});
