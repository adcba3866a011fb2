import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server processes keep the callers they have looked up (modules/auth/caller-cache.ts). Any
 * change to what a caller is made of — a session or token revoked, expired or rescoped, a user
 * disabled or given another role or branch, a branch moved — notifies `caller_changed` when it
 * commits, whoever makes it (the app or psql), and every process forgets its callers. A
 * token's lastUsedAt, touched as it is used, changes nothing.
 */
export class CallerChanges1764372300000 implements MigrationInterface {
  name = 'CallerChanges1764372300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_caller_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('caller_changed', '');
        RETURN NULL;
      END $$`);
    for (const table of ['user_session', 'app_user']) {
      await q.query(`
        CREATE TRIGGER ${table}_caller_changed AFTER UPDATE ON ${table} FOR EACH ROW
        WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION notify_caller_changed()`);
    }
    await q.query(`
      CREATE TRIGGER api_token_caller_changed AFTER UPDATE ON api_token FOR EACH ROW
      WHEN (to_jsonb(OLD) - 'last_used_at' IS DISTINCT FROM to_jsonb(NEW) - 'last_used_at')
      EXECUTE FUNCTION notify_caller_changed()`);
    await q.query(`
      CREATE TRIGGER branch_caller_changed AFTER UPDATE OF path ON branch FOR EACH ROW
      WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION notify_caller_changed()`);
    for (const table of ['user_session', 'app_user', 'api_token', 'branch']) {
      await q.query(`
        CREATE TRIGGER ${table}_caller_removed AFTER DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_caller_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['user_session', 'app_user', 'api_token', 'branch']) {
      await q.query(`DROP TRIGGER ${table}_caller_removed ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_caller_changed ON ${table}`);
    }
    await q.query(`DROP FUNCTION notify_caller_changed()`);
  }
}
