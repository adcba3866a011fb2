import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { assertCanRead, type PgTools } from './pg-tools';

const run = promisify(execFile);

/** The URL without its password, which goes in PGPASSWORD instead: never on a command line. */
function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: { ...process.env, PGPASSWORD: password } };
}

async function serverVersion(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SHOW server_version_num')).rows[0].server_version_num);
  } finally {
    await client.end();
  }
}

/** The whole database (schema, data, the job queue) in pg_dump's custom format. */
export async function backupDatabase(url: string, file: string, tools: PgTools): Promise<void> {
  assertCanRead(tools, await serverVersion(url));
  const { url: target, env } = connection(url);
  await run(tools.pgDump, ['--format=custom', '--no-owner', '--file', file, '--dbname', target], {
    env,
  });
}

/**
 * Puts a backup back: every object in it is dropped and recreated, in one transaction, so a
 * failed restore leaves the database as it was. Stop the servers first.
 */
export async function restoreDatabase(url: string, file: string, tools: PgTools): Promise<void> {
  assertCanRead(tools, await serverVersion(url));
  const { url: target, env } = connection(url);
  await run(
    tools.pgRestore,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      target,
      file,
    ],
    { env, maxBuffer: 16 * 1024 * 1024 },
  );
}
