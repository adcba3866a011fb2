import { Client } from 'pg';

/** One statement on the test database as its owner: the app role may not add triggers. */
async function asOwner<T>(ownerUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Counts every statement that writes one of the app's tables, committed or rolled back (a
 * sequence does not roll back), so a test can show that a refused request wrote nothing, not
 * even an attempt. `rate_budget` is left out: every request is charged, refused ones too.
 * The triggers are the owner's; their function runs with the owner's rights (SECURITY DEFINER),
 * so the app role's writes count without any right of its own on the counter.
 */
export async function countWrites(ownerUrl: string): Promise<() => Promise<number>> {
  await asOwner(ownerUrl, (client) =>
    client.query(`
    CREATE SEQUENCE test_writes;
    CREATE FUNCTION test_count_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      BEGIN PERFORM nextval('public.test_writes'); RETURN NULL; END $$;
    DO $$ DECLARE t text; BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_budget'
      LOOP
        EXECUTE format('CREATE TRIGGER test_count_write AFTER INSERT OR UPDATE OR DELETE ON %I
          FOR EACH STATEMENT EXECUTE FUNCTION test_count_write()', t);
      END LOOP;
    END $$`),
  );
  return async () => {
    const { rows } = await asOwner(ownerUrl, (client) =>
      client.query<{ last_value: string; is_called: boolean }>(
        'SELECT last_value, is_called FROM test_writes',
      ),
    );
    return rows[0].is_called ? Number(rows[0].last_value) : 0;
  };
}
