import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../lib/free-port';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/**
 * A throw-away cluster from the PostgreSQL binaries in `binDir` (as the `postgres` user when we
 * are root), with a database `wanxia`: a server of the same version as that folder's pg_dump.
 */
export async function startScratchPostgres(binDir: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wanxia-scratch-pg-'));
  const asRoot = process.getuid?.() === 0;
  const exec = (tool: string, args: string[]) => {
    const command = [path.join(binDir, tool), ...args];
    return asRoot
      ? run('runuser', ['-u', 'postgres', '--', ...command])
      : run(command[0], command.slice(1));
  };
  const data = path.join(dir, 'data');
  try {
    if (asRoot) {
      const uid = Number((await run('id', ['-u', 'postgres'])).stdout);
      const gid = Number((await run('id', ['-g', 'postgres'])).stdout);
      await chown(dir, uid, gid);
    }
    await chmod(dir, 0o755);
    await exec('initdb', [
      '-D',
      data,
      '-U',
      'wanxia',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    const port = await freePort();
    await exec('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
    const admin = new Client({ connectionString: `postgres://wanxia@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE wanxia');
    await admin.end();
    return {
      url: `postgres://wanxia:unused@127.0.0.1:${port}/wanxia`,
      async stop() {
        await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
