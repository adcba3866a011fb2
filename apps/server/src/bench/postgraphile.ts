import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { printSchema } from 'graphql';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

/** Where the load is sent: PostGraphile takes no credentials (see startPostGraphile). */
export interface PostGraphileEndpoint {
  url: string;
  headers: Record<string, string>;
}

/**
 * The branch tree's member counts (active members of the whole subtree, by materialised path)
 * as a computed column, which is how PostGraphile exposes derived data: `Branch.memberCount`.
 * Created in the bench's throwaway database only; the app's schema has no such function.
 */
const MEMBER_COUNT_FUNCTION = `
  CREATE OR REPLACE FUNCTION public.branch_member_count(b public.branch) RETURNS int
  LANGUAGE sql STABLE AS $$
    SELECT count(*)::int FROM public.member m JOIN public.branch d ON d.id = m.branch_id
    WHERE m.status = 'ACTIVE' AND d.path LIKE b.path || '%'
  $$`;

/**
 * PostGraphile 5 (Amber preset plus the connection filter) over the same database, on a free
 * loopback port, served by grafserv on node's http server. It connects as the database owner
 * with its own pool of `poolSize` and does no app-level authentication, masking or rate
 * limiting. Any column filters and orders (the branch tree needs archived_at, which has no
 * index; PostgreSQL plans the same either way). BENCH_PGL_SCHEMA=<file> writes its generated
 * schema there, to read the names it gives tables, relations and keys.
 */
export async function startPostGraphile(
  databaseUrl: string,
  poolSize: number,
): Promise<{ endpoint: PostGraphileEndpoint; stop: () => Promise<void> }> {
  const setup = new pg.Client({ connectionString: databaseUrl });
  await setup.connect();
  try {
    await setup.query(MEMBER_COUNT_FUNCTION);
  } finally {
    await setup.end();
  }

  // Its own pool, which the bench ends: PostGraphile leaves a pool it was given alone.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', () => undefined);
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
    // By default only indexed columns filter and order; the branch tree filters on archived_at.
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [
      makePgService({
        pool,
        schemas: ['public'],
        pubsub: false,
      }),
    ],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const schemaFile = process.env.BENCH_PGL_SCHEMA;
  if (schemaFile) await writeFile(schemaFile, printSchema(await pgl.getSchema()));

  const serv = pgl.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server, false);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // Releases its grafserv too.
    await pgl.release();
    await pool.end();
  };
  return { endpoint: { url: `http://127.0.0.1:${port}/graphql`, headers: {} }, stop };
}
