import { existsSync } from 'node:fs';
import path from 'node:path';
import { isIP } from 'node:net';
import { z } from 'zod';
// The one module of the contract that needs no build: the settings are checked before any.
import { USERNAME_PATTERN } from '@wanxia/schema/account-rules';

/** Named ranges Fastify's trustProxy (proxy-addr) understands. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a CIDR range (`10.0.0.0/8`, `fd00::/8`) or one of PROXY_RANGES. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Every environment variable the server reads, declared once with its default.
 * `sensitive` values are never printed.
 */
const settings = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** External PostgreSQL; when unset an embedded PostgreSQL is started under DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /**
   * The role that owns the tables and runs the migrations, when DATABASE_URL is a role with
   * fewer rights (as it should be: the app role). Unset: DATABASE_URL does both.
   */
  DATABASE_OWNER_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /**
   * A read replica (a streaming standby) that read-only work reads from: reports, coverage and
   * exports. Unset: everything reads from the primary. Never written to.
   */
  DATABASE_READ_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5439),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Load the demo data when the database holds no branches yet (see DEMO_ONLY). */
  SEED_DEMO: z.enum(['true', 'false']).transform((v) => v === 'true'),
  /** Run the background jobs (the daily visit-task pass) in this process. */
  JOBS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The first administrator, created at start when there is none. */
  ADMIN_USERNAME: z.string().regex(USERNAME_PATTERN).optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  /** Whether anonymous callers may introspect the schema (see DEMO_ONLY). */
  INTROSPECTION_ANONYMOUS: z.enum(['true', 'false']).transform((v) => v === 'true'),
  /** Query limits (API.md): the most one operation may cost, nest and alias, and its tokens. */
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(5000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(15),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(5000),
  /** Each caller's budget of cost points, shared by every server process, and its refill rate. */
  RATE_CAPACITY: z.coerce.number().int().min(1).default(20000),
  RATE_RESTORE_PER_SECOND: z.coerce.number().min(0).default(1000),
  /**
   * The reverse proxies whose X-Forwarded-For is believed (comma-separated addresses, CIDR
   * ranges or loopback/linklocal/uniquelocal); empty: the peer's address is the client's.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isProxyAddress), {
      message: 'expected addresses or CIDR ranges separated by commas, e.g. 10.0.0.0/8,::1',
    }),
  /** Prometheus metrics at /metrics; with a token, only for `Authorization: Bearer <token>`. */
  METRICS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  METRICS_TOKEN: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(16, 'at least 16 characters').optional(),
  ),
  /** Where pg_dump and pg_restore are for pnpm db:backup / db:restore (see pg-tools.ts). */
  PG_BIN_DIR: z.string().min(1).optional(),
  /** Where activity attachments are kept (a folder); unset: `attachments` under DATA_DIR. */
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  /** Where background exports write their files (a folder); unset: `exports` under DATA_DIR. */
  EXPORTS_DIR: z.string().min(1).optional(),
  /** The largest attachment accepted, in bytes. */
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Serve the built console from this folder at `/`. */
  ADMIN_DIST: z.string().min(1).default('apps/admin/dist'),
});

const schema = settings.refine((c) => !c.DATABASE_OWNER_URL || c.DATABASE_URL, {
  path: ['DATABASE_OWNER_URL'],
  message: 'needs DATABASE_URL (the embedded PostgreSQL makes its own roles)',
});

export type Config = z.infer<typeof schema>;

/** The name of every setting, for the checks that `.env.example` and the README list them all. */
export const settingNames = Object.keys(settings.shape) as (keyof Config)[];

export const sensitiveKeys: ReadonlyArray<keyof Config> = [
  'DATABASE_URL',
  'DATABASE_OWNER_URL',
  'DATABASE_READ_URL',
  'ADMIN_PASSWORD',
  'METRICS_TOKEN',
];

export class ConfigError extends Error {}

/**
 * Conveniences of a demo that production must not get by accident (the demo accounts with a
 * published password, a schema anyone may read): off by default when NODE_ENV=production,
 * on otherwise. `pnpm start`, the demo, turns them on.
 */
const DEMO_ONLY = ['SEED_DEMO', 'INTROSPECTION_ANONYMOUS'] as const;

/** Parses the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const demoDefault = env.NODE_ENV === 'production' ? 'false' : 'true';
  const withDefaults = { ...env };
  for (const key of DEMO_ONLY) withDefaults[key] ??= demoDefault;
  const result = schema.safeParse(withDefaults);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.');
    const shown = sensitiveKeys.includes(key as keyof Config)
      ? '(hidden)'
      : JSON.stringify(env[key]);
    return `  ${key}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** The repository root's `.env`, read at start when present; variables already set win. */
export const ENV_FILE = path.resolve(__dirname, '../../../../.env');

export function readEnvFile(file = ENV_FILE): void {
  // Tests set everything they need; a developer's .env must not leak into them.
  if (process.env.NODE_ENV !== 'test' && existsSync(file)) process.loadEnvFile(file);
}
