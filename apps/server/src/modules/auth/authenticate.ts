import type { Queryable, Row } from '../../kernel/db/database';
import { ADMISSION_TAG, join, raw, sql, type Sql } from '../../kernel/db/sql';
import { ApiError, ErrorCode } from '../../kernel/errors';
import { ANONYMOUS, type Caller } from '../../kernel/access/caller';
import { type Permission, ROLE_PERMISSIONS, type Role } from '../../kernel/access/permissions';
import { hashSecret, secretKind, type SecretKind } from './secrets';

/** lastUsedAt is written at most this often, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The secret a request presents, as stored: its kind and hash. */
export interface Credentials {
  kind: SecretKind;
  hash: Buffer;
}

const rejected = (message: string) =>
  new ApiError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

/**
 * Reads `Authorization: Bearer …`: null when absent (an anonymous caller); a malformed header
 * is refused outright, before the database is asked.
 */
export function readCredentials(authorization: string | undefined): Credentials | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const secret = match?.[1];
  const kind = secret ? secretKind(secret) : null;
  if (!secret || !kind) throw rejected('The Authorization header must be "Bearer <token>"');
  return { kind, hash: hashSecret(secret) };
}

/**
 * One statement: the caller the credentials name (a row, or none when the secret is unknown,
 * revoked or expired, or its user disabled), a token's lastUsedAt touched when stale, and, with
 * `charge`, the charge of the caller's budget (`chargedPoints`: the points left, null when refused).
 * What a process keeps of the answer is dropped when any caller changes (see CallerCache).
 */
function callerStatement(
  { kind, hash }: Credentials,
  now: Date,
  charge?: (callers: Sql) => Sql,
): Sql {
  const parts: Sql[] = [];
  if (kind === 'session') {
    parts.push(sql`caller AS (
      SELECT s.id AS "sessionKey", u.id AS "userKey", u.username, u.display_name AS "displayName",
             u.role, u.branch_id AS "branchKey", b.path AS "scopePath", r.id AS "bureauKey",
             r.path AS "bureauPath", 'user:' || u.id AS key, s.expires_at AS "expiresAt"
      FROM user_session s
      JOIN app_user u ON u.id = s.user_id
      LEFT JOIN branch b ON b.id = u.branch_id
      LEFT JOIN bureau r ON r.id = coalesce(u.bureau_id, b.bureau_id)
      WHERE s.token_hash = ${hash} AND s.revoked_at IS NULL AND s.expires_at > ${now}
        AND u.disabled_at IS NULL)`);
  } else {
    const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    parts.push(
      sql`caller AS (
        SELECT t.id AS "tokenKey", t.name, t.scopes, t.branch_id AS "branchKey",
               b.path AS "scopePath", r.id AS "bureauKey", r.path AS "bureauPath",
               'token:' || t.id AS key, t.expires_at AS "expiresAt"
        FROM api_token t
        LEFT JOIN branch b ON b.id = t.branch_id
        LEFT JOIN bureau r ON r.id = coalesce(t.bureau_id, b.bureau_id)
        WHERE t.token_hash = ${hash} AND t.revoked_at IS NULL
          AND (t.expires_at IS NULL OR t.expires_at > ${now}))`,
      sql`touched AS (
        UPDATE api_token SET last_used_at = ${now}
        WHERE id = (SELECT "tokenKey" FROM caller)
          AND (last_used_at IS NULL OR last_used_at < ${stale}))`,
    );
  }
  if (charge) parts.push(sql`charged AS (${charge(sql`SELECT key FROM caller`)})`);
  const charged = charge ? sql`(SELECT points FROM charged)` : sql`NULL::float8`;
  return sql`${raw(ADMISSION_TAG)} WITH ${join(parts, ', ')} SELECT caller.*, ${charged} AS "chargedPoints" FROM caller`;
}

function toCaller(kind: SecretKind, row: Row): Caller {
  const scope = {
    scopePath: (row.scopePath as string | null) ?? null,
    scopeBranchKey: row.branchKey === null ? null : Number(row.branchKey),
    scopeBureauKey: row.bureauKey === null ? null : Number(row.bureauKey),
    scopeBureauPath: (row.bureauPath as string | null) ?? null,
  };
  if (kind === 'token') {
    return {
      kind: 'TOKEN',
      tokenKey: Number(row.tokenKey),
      tokenName: String(row.name),
      permissions: new Set(row.scopes as Permission[]),
      ...scope,
    };
  }
  const role = row.role as Role;
  return {
    kind: 'USER',
    userKey: Number(row.userKey),
    username: String(row.username),
    displayName: String(row.displayName),
    role,
    sessionKey: Number(row.sessionKey),
    permissions: new Set(ROLE_PERMISSIONS[role]),
    ...scope,
  };
}

/** A caller as looked up: who, until when the secret is good (null: no end), and any charge. */
export interface LookedUp {
  caller: Caller;
  expiresAt: Date | null;
  chargedPoints: number | null;
}

async function lookUp(
  db: Queryable,
  credentials: Credentials,
  now: Date,
  charge?: (callers: Sql) => Sql,
): Promise<LookedUp> {
  // A fixed text per kind: prepared once per connection, as every request runs it.
  const [row] = await db.run(callerStatement(credentials, now, charge).prepare());
  if (!row) {
    throw rejected(
      credentials.kind === 'session'
        ? 'The session has expired or was ended; sign in again'
        : 'The API token is unknown, revoked or expired',
    );
  }
  const points = row.chargedPoints as number | null;
  return {
    caller: toCaller(credentials.kind, row),
    expiresAt: (row.expiresAt as Date | null) ?? null,
    chargedPoints: points ?? null,
  };
}

/** The caller the credentials name; a bad or stale secret is refused. */
export function lookUpCaller(
  db: Queryable,
  credentials: Credentials,
  now: Date,
): Promise<LookedUp> {
  return lookUp(db, credentials, now);
}

/** The caller the credentials name (anonymous without any); a bad or stale secret is refused. */
export async function authenticate(
  db: Queryable,
  credentials: Credentials | null,
  now: Date,
): Promise<Caller> {
  return credentials ? (await lookUp(db, credentials, now)).caller : ANONYMOUS;
}

/**
 * Authenticates and charges the caller's budget in the same statement: `charge` builds the
 * charge from a query of the caller's budget key. `chargedPoints` is null when the charge was
 * refused. A bad or stale secret is refused and charges nothing.
 */
export function authenticateAndCharge(
  db: Queryable,
  credentials: Credentials,
  now: Date,
  charge: (callers: Sql) => Sql,
): Promise<LookedUp> {
  return lookUp(db, credentials, now, charge);
}
