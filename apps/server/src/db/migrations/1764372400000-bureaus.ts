import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows are a county's own, hung under no branch: each names its county bureau. */
export const COUNTY_RECORD_TABLES = [
  'budget',
  'campaign',
  'activity',
  'volunteer_team',
  'elders_studio',
  'association',
  'volunteer',
  'report_snapshot',
] as const;

/** Unique names that were the county's and are now each county bureau's. */
const NAME_KEYS = [
  ['volunteer_team', 'volunteer_team_name_key'],
  ['elders_studio', 'elders_studio_name_key'],
  ['association', 'association_name_key'],
] as const;

/**
 * Bureaus (老干部局) by level: the province, its cities and their counties, a tree by
 * materialised path like the branches. Every branch and every county record belongs to a county
 * bureau; accounts and tokens may be limited to a bureau's subtree. What there was is Anhua's:
 * 湖南省 → 益阳市 → 安化县.
 */
export class Bureaus1764372400000 implements MigrationInterface {
  name = 'Bureaus1764372400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bureau (
        id serial PRIMARY KEY,
        name varchar(100) NOT NULL CHECK (btrim(name) <> ''),
        level varchar(20) NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
        code char(6) NOT NULL CHECK (code ~ '^[0-9]{6}$'),
        parent_id int REFERENCES bureau (id),
        path text NOT NULL,
        depth int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bureau_code_key UNIQUE (code),
        CONSTRAINT bureau_parent_check CHECK ((level = 'PROVINCE') = (parent_id IS NULL))
      )`);
    await q.query(`CREATE INDEX bureau_parent_idx ON bureau (parent_id)`);
    await q.query(`CREATE INDEX bureau_path_idx ON bureau (path text_pattern_ops)`);
    await q.query(`
      WITH p AS (
        INSERT INTO bureau (name, level, code, path, depth)
        VALUES ('湖南省', 'PROVINCE', '430000', '', 0) RETURNING id),
      c AS (
        INSERT INTO bureau (name, level, code, parent_id, path, depth)
        SELECT '益阳市', 'CITY', '430900', p.id, '', 1 FROM p RETURNING id, parent_id)
      INSERT INTO bureau (name, level, code, parent_id, path, depth)
      SELECT '安化县', 'COUNTY', '430923', c.id, '', 2 FROM c`);
    await q.query(`
      UPDATE bureau u SET path = '/' || (SELECT string_agg(a.id::text, '/' ORDER BY a.depth)
        FROM bureau a WHERE a.depth <= u.depth) || '/'`);

    for (const table of ['branch', ...COUNTY_RECORD_TABLES]) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN bureau_id int
        CONSTRAINT ${table}_bureau_id_fkey REFERENCES bureau (id)`);
      await q.query(
        `UPDATE ${table} SET bureau_id = (SELECT id FROM bureau WHERE code = '430923')`,
      );
      await q.query(`ALTER TABLE ${table} ALTER COLUMN bureau_id SET NOT NULL`);
    }
    await q.query(`CREATE INDEX branch_bureau_idx ON branch (bureau_id, path text_pattern_ops)`);
    await q.query(`CREATE INDEX budget_bureau_idx ON budget (bureau_id, year)`);
    await q.query(`CREATE INDEX campaign_bureau_idx ON campaign (bureau_id)`);
    await q.query(`CREATE INDEX activity_bureau_idx ON activity (bureau_id, starts_at)`);
    for (const [table, key] of NAME_KEYS) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${key}`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${key} UNIQUE (bureau_id, name)`);
    }
    await q.query(`DROP INDEX budget_name_key`);
    await q.query(
      `CREATE UNIQUE INDEX budget_name_key ON budget (bureau_id, year, coalesce(branch_id, 0), name)`,
    );
    await q.query(`DROP INDEX branch_sibling_name_key`);
    await q.query(`CREATE UNIQUE INDEX branch_sibling_name_key
      ON branch (bureau_id, coalesce(parent_id, 0), name) WHERE archived_at IS NULL`);
    await q.query(`ALTER TABLE report_snapshot DROP CONSTRAINT report_snapshot_pkey`);
    await q.query(`ALTER TABLE report_snapshot ADD PRIMARY KEY (bureau_id, year)`);

    for (const table of ['app_user', 'api_token']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN bureau_id int
        CONSTRAINT ${table}_bureau_id_fkey REFERENCES bureau (id)`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_reach_check
        CHECK (branch_id IS NULL OR bureau_id IS NULL)`);
    }
    // A caller's reach is made of bureau paths too (the row triggers on app_user and api_token
    // already see their new column change).
    await q.query(`
      CREATE TRIGGER bureau_caller_changed AFTER UPDATE OF path ON bureau FOR EACH ROW
      WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION notify_caller_changed()`);
    await q.query(`
      CREATE TRIGGER bureau_caller_removed AFTER DELETE OR TRUNCATE ON bureau
      FOR EACH STATEMENT EXECUTE FUNCTION notify_caller_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER bureau_caller_removed ON bureau`);
    await q.query(`DROP TRIGGER bureau_caller_changed ON bureau`);
    for (const table of ['app_user', 'api_token']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_reach_check`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN bureau_id`);
    }
    // Back to one county: refused while another county's rows would collide.
    await q.query(`ALTER TABLE report_snapshot DROP CONSTRAINT report_snapshot_pkey`);
    await q.query(`ALTER TABLE report_snapshot ADD PRIMARY KEY (year)`);
    await q.query(`DROP INDEX budget_name_key`);
    await q.query(
      `CREATE UNIQUE INDEX budget_name_key ON budget (year, coalesce(branch_id, 0), name)`,
    );
    await q.query(`DROP INDEX branch_sibling_name_key`);
    await q.query(`CREATE UNIQUE INDEX branch_sibling_name_key
      ON branch (coalesce(parent_id, 0), name) WHERE archived_at IS NULL`);
    for (const [table, key] of NAME_KEYS) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${key}`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${key} UNIQUE (name)`);
    }
    for (const table of ['branch', ...COUNTY_RECORD_TABLES]) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN bureau_id`);
    }
    await q.query(`DROP TABLE bureau`);
  }
}
