import type { Queryable } from '../../db/database';
import { sql } from '../../db/sql';
import { ApiError, ErrorCode } from '../../graphql/errors';
import { ANONYMOUS, type Caller } from './caller';
import { type Permission, ROLE_PERMISSIONS, type Role } from './permissions';
import { hashSecret, secretKind } from './secrets';

/** lastUsedAt is written at most this often, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

const rejected = (message: string) =>
  new ApiError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

/** Resolves the caller from `Authorization: Bearer …`; a bad or stale secret is refused outright. */
export async function authenticate(
  db: Queryable,
  authorization: string | undefined,
  now: Date,
): Promise<Caller> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const secret = match?.[1];
  const kind = secret ? secretKind(secret) : null;
  if (!secret || !kind) throw rejected('The Authorization header must be "Bearer <token>"');
  const hash = hashSecret(secret);

  if (kind === 'session') {
    const [row] = await db.run(sql`
      SELECT s.id AS "sessionKey", u.id AS "userKey", u.username, u.display_name AS "displayName", u.role,
             u.branch_id AS "branchKey", b.path AS "scopePath"
      FROM user_session s
      JOIN app_user u ON u.id = s.user_id
      LEFT JOIN branch b ON b.id = u.branch_id
      WHERE s.token_hash = ${hash} AND s.revoked_at IS NULL AND s.expires_at > ${now}
        AND u.disabled_at IS NULL`);
    if (!row) throw rejected('The session has expired or was ended; sign in again');
    const role = row.role as Role;
    return {
      kind: 'USER',
      userKey: Number(row.userKey),
      username: String(row.username),
      displayName: String(row.displayName),
      role,
      sessionKey: Number(row.sessionKey),
      permissions: new Set(ROLE_PERMISSIONS[role]),
      scopePath: (row.scopePath as string | null) ?? null,
      scopeBranchKey: row.branchKey === null ? null : Number(row.branchKey),
    };
  }

  const [row] = await db.run(sql`
    SELECT t.id AS "tokenKey", t.name, t.scopes, t.branch_id AS "branchKey", b.path AS "scopePath",
           t.last_used_at AS "lastUsedAt"
    FROM api_token t
    LEFT JOIN branch b ON b.id = t.branch_id
    WHERE t.token_hash = ${hash} AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ${now})`);
  if (!row) throw rejected('The API token is unknown, revoked or expired');
  const lastUsed = row.lastUsedAt as Date | null;
  if (!lastUsed || now.getTime() - lastUsed.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.run(sql`UPDATE api_token SET last_used_at = ${now} WHERE id = ${row.tokenKey}`);
  }
  return {
    kind: 'TOKEN',
    tokenKey: Number(row.tokenKey),
    tokenName: String(row.name),
    permissions: new Set(row.scopes as Permission[]),
    scopePath: (row.scopePath as string | null) ?? null,
    scopeBranchKey: row.branchKey === null ? null : Number(row.branchKey),
  };
}
