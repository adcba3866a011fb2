import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, API tokens, sign-in throttling and the append-only audit trail. */
export class Security1764370100000 implements MigrationInterface {
  name = 'Security1764370100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id serial PRIMARY KEY,
        username varchar(50) NOT NULL,
        display_name varchar(50) NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('ADMIN', 'SECRETARY', 'VIEWER')),
        branch_id int REFERENCES branch (id),
        password_hash text NOT NULL,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'SECRETARY') = (branch_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_username_key ON app_user (lower(username))`);

    await q.query(`
      CREATE TABLE user_session (
        id serial PRIMARY KEY,
        user_id int NOT NULL REFERENCES app_user (id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip varchar(64),
        user_agent varchar(200)
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await q.query(`
      CREATE TABLE api_token (
        id serial PRIMARY KEY,
        name varchar(100) NOT NULL,
        scopes text[] NOT NULL,
        branch_id int REFERENCES branch (id),
        token_hash bytea NOT NULL UNIQUE,
        token_prefix varchar(16) NOT NULL,
        created_by int NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_token_created_idx ON api_token (created_at, id)`);

    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures int NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id int REFERENCES app_user (id),
        actor_token_id int REFERENCES api_token (id),
        actor_label varchar(100) NOT NULL,
        request_id varchar(64),
        operation varchar(60) NOT NULL,
        record_type varchar(30),
        record_id varchar(100),
        changes jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_event_time_idx ON audit_event (occurred_at, id)`);
    await q.query(`CREATE INDEX audit_event_record_idx ON audit_event (record_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_user_idx ON audit_event (actor_user_id, occurred_at)`);
    await q.query(
      `CREATE INDEX audit_event_token_idx ON audit_event (actor_token_id, occurred_at)`,
    );
    await q.query(`CREATE INDEX audit_event_operation_idx ON audit_event (operation, occurred_at)`);
    // The trail is append-only, whatever the application does.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE api_token`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
  }
}
