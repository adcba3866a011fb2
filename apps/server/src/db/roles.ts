import { escapeIdentifier, escapeLiteral, type Client } from 'pg';
import type { Database } from '../kernel/db/database';
import { raw } from '../kernel/db/sql';

/**
 * Two database roles: the owner runs the migrations and owns every table; the app, which the
 * server connects as, is neither superuser nor owner, and may do only what each table needs.
 * So the server cannot drop a trigger, switch triggers off or erase the audit trail, whatever
 * a bug or an injected statement asks of it.
 */

/** The privileges of tables not named in TABLE_PRIVILEGES. */
const DEFAULT_TABLE_PRIVILEGES = 'SELECT, INSERT, UPDATE';

const TABLE_PRIVILEGES: Record<string, string> = {
  // Append-only: an entry, once written, outlives anything the app does.
  audit_event: 'SELECT, INSERT',
  // A successful sign-in clears the failures counted against it.
  login_throttle: 'SELECT, INSERT, UPDATE, DELETE',
  // The demo seed drops the tasks owed before a member joined.
  visit_task: 'SELECT, INSERT, UPDATE, DELETE',
  // A draft campaign, its groups, and the entries a new assignment no longer derives go.
  campaign: 'SELECT, INSERT, UPDATE, DELETE',
  work_group: 'SELECT, INSERT, UPDATE, DELETE',
  campaign_entry: 'SELECT, INSERT, UPDATE, DELETE',
  // An activity may be deleted, its participant list is set anew, its files removed, and a
  // branch may go back to the county's frequencies.
  activity: 'SELECT, INSERT, UPDATE, DELETE',
  activity_participant: 'SELECT, INSERT, UPDATE, DELETE',
  activity_attachment: 'SELECT, INSERT, UPDATE, DELETE',
  attachment_upload: 'SELECT, INSERT, DELETE',
  branch_party_life_setting: 'SELECT, INSERT, UPDATE, DELETE',
  // A representative role or a medal recorded by mistake is deleted.
  representative_role: 'SELECT, INSERT, UPDATE, DELETE',
  medal_award: 'SELECT, INSERT, UPDATE, DELETE',
  // A work may be deleted and its authors set anew; a re-imported month replaces its points.
  work: 'SELECT, INSERT, UPDATE, DELETE',
  work_author: 'SELECT, INSERT, UPDATE, DELETE',
  learning_points: 'SELECT, INSERT, UPDATE, DELETE',
  // A lecture never ordered may be deleted; a participant's rating is set anew.
  lecture: 'SELECT, INSERT, UPDATE, DELETE',
  lecture_rating: 'SELECT, INSERT, UPDATE, DELETE',
  // A team's categories, an activity's volunteers' hours and its donations are set anew.
  volunteer_team_category: 'SELECT, INSERT, UPDATE, DELETE',
  volunteer_hours: 'SELECT, INSERT, UPDATE, DELETE',
  volunteer_donation: 'SELECT, INSERT, UPDATE, DELETE',
  // An association's activity's awards are set anew.
  activity_award: 'SELECT, INSERT, UPDATE, DELETE',
  // A session's attendance is set anew as a whole.
  course_attendance: 'SELECT, INSERT, UPDATE, DELETE',
  // TypeORM's record of applied migrations is the owner's alone, as is its metadata table.
  migrations: '',
  typeorm_metadata: '',
};

/** The job queue's schema (graphile-worker): the app's workers take, update and finish jobs. */
const JOB_QUEUE_SCHEMA = 'graphile_worker';

/** The role a connection URL signs in as. */
export const roleOf = (url: string) => decodeURIComponent(new URL(url).username);

/**
 * Grants the app role what each table needs, and nothing more, run by the owner after every
 * migration (a privilege taken away by this file is taken away at the next start).
 */
export async function grantAppRole(owner: Database, appRole: string): Promise<void> {
  const app = escapeIdentifier(appRole);
  const tables = await owner.run(
    raw(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`),
  );
  const statements = [`GRANT USAGE ON SCHEMA public TO ${app}`];
  for (const { name } of tables) {
    const table = `public.${escapeIdentifier(String(name))}`;
    const privileges = TABLE_PRIVILEGES[String(name)] ?? DEFAULT_TABLE_PRIVILEGES;
    statements.push(`REVOKE ALL ON ${table} FROM ${app}`);
    if (privileges) statements.push(`GRANT ${privileges} ON ${table} TO ${app}`);
  }
  statements.push(
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    // Tables made outside the migrations (by hand, by a later version) start with the default.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ${DEFAULT_TABLE_PRIVILEGES} ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
    `GRANT USAGE ON SCHEMA ${JOB_QUEUE_SCHEMA} TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${app}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${app}`,
  );
  // The queue turns row-level security on for its tables, with no policy: it expects its owner.
  const secured = await owner.run(
    raw(`SELECT c.oid::regclass::text AS name FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = '${JOB_QUEUE_SCHEMA}' AND c.relkind = 'r' AND c.relrowsecurity`),
  );
  for (const { name } of secured) {
    statements.push(
      `DROP POLICY IF EXISTS wanxia_app ON ${String(name)}`,
      `CREATE POLICY wanxia_app ON ${String(name)} TO ${app} USING (true) WITH CHECK (true)`,
    );
  }
  await owner.transaction(async (tx) => {
    for (const statement of statements) await tx.run(raw(statement));
  });
}

export interface RoleLogin {
  name: string;
  password: string;
}

/** Creates a login role that is neither superuser nor anything else, or sets its password. */
export async function ensureLoginRole(superuser: Client, role: RoleLogin): Promise<void> {
  const { rowCount } = await superuser.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [
    role.name,
  ]);
  const verb = rowCount ? 'ALTER' : 'CREATE';
  await superuser.query(
    `${verb} ROLE ${escapeIdentifier(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
      `NOBYPASSRLS PASSWORD ${escapeLiteral(role.password)}`,
  );
}

/**
 * Makes `owner` the owner of the database and of everything in it that the superuser owned
 * (a cluster made before the roles were split), and lets only `app` connect beside it.
 * Run as a superuser connected to that database.
 */
export async function adoptDatabase(
  superuser: Client,
  database: string,
  owner: string,
  app: string,
): Promise<void> {
  const to = escapeIdentifier(owner);
  const ownerRole = `${escapeLiteral(owner)}::regrole`;
  await superuser.query(`ALTER DATABASE ${escapeIdentifier(database)} OWNER TO ${to}`);
  await superuser.query(`REVOKE ALL ON DATABASE ${escapeIdentifier(database)} FROM PUBLIC`);
  await superuser.query(
    `GRANT CONNECT, TEMPORARY ON DATABASE ${escapeIdentifier(database)} TO ${escapeIdentifier(app)}`,
  );
  // Tables first: their indexes, row types and serial sequences follow them.
  await superuser.query(`
    DO $$
    DECLARE stmt text;
    BEGIN
      FOR stmt IN
        SELECT format('ALTER SCHEMA %I OWNER TO ${to}', nspname) FROM pg_namespace
        WHERE nspname IN ('public', '${JOB_QUEUE_SCHEMA}')
        UNION ALL
        SELECT format('ALTER %s %s OWNER TO ${to}',
                      CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                      c.oid::regclass)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', '${JOB_QUEUE_SCHEMA}') AND c.relkind IN ('r', 'p', 'v', 'm')
      LOOP EXECUTE stmt; END LOOP;
      FOR stmt IN
        SELECT format('ALTER SEQUENCE %s OWNER TO ${to}', c.oid::regclass)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', '${JOB_QUEUE_SCHEMA}') AND c.relkind = 'S'
          AND c.relowner <> ${ownerRole}
        UNION ALL
        SELECT format('ALTER ROUTINE %s OWNER TO ${to}', p.oid::regprocedure)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('public', '${JOB_QUEUE_SCHEMA}')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        UNION ALL
        SELECT format('ALTER TYPE %s OWNER TO ${to}', t.oid::regtype)
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname IN ('public', '${JOB_QUEUE_SCHEMA}') AND t.typowner <> ${ownerRole}
          AND (t.typtype IN ('e', 'd')
               OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
      LOOP EXECUTE stmt; END LOOP;
    END $$`);
}
