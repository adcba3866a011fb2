import type { Database } from '../db/database';
import { raw, sql } from '../db/sql';

/**
 * Counts every statement that writes one of the app's tables, committed or rolled back (a
 * sequence does not roll back), so a test can show that a refused request wrote nothing, not
 * even an attempt. `rate_budget` is left out: every request is charged, refused ones too.
 */
export async function countWrites(db: Database): Promise<() => Promise<number>> {
  await db.run(
    raw(`
    CREATE SEQUENCE test_writes;
    CREATE FUNCTION test_count_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM nextval('test_writes'); RETURN NULL; END $$;
    DO $$ DECLARE t text; BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_budget'
      LOOP
        EXECUTE format('CREATE TRIGGER test_count_write AFTER INSERT OR UPDATE OR DELETE ON %I
          FOR EACH STATEMENT EXECUTE FUNCTION test_count_write()', t);
      END LOOP;
    END $$`),
  );
  return async () => {
    const [row] = await db.run(sql`SELECT last_value, is_called FROM test_writes`);
    return row.is_called ? Number(row.last_value) : 0;
  };
}
