import type { Row } from '../../db/database';
import { insertRow } from '../../db/entity-columns';
import { Projection, toNode } from '../../db/projection';
import { ApiTokenEntity } from './api-token.entity';
import { sql } from '../../db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import {
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
} from '../../graphql/mutation';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error';
import { validateInput } from '../../graphql/validate-input';
import type { UserCaller } from '../auth/caller';
import { TOKEN_SCOPES, type Permission } from '../auth/permissions';
import { hashSecret, newSecret } from '../auth/secrets';
import { ApiToken, type CreateApiTokenInput, type RevokeApiTokenInput } from './api-token.types';

const PROJECTION = Projection.of(ApiTokenEntity, { omit: ['tokenHash'] }, {});
const COLUMNS = PROJECTION.select('t', PROJECTION.properties());

function toApiToken(row: Row): ApiToken {
  return toNode(ApiToken, 'ApiToken', row);
}

export async function apiTokensByKeys(
  db: Context['db'],
  keys: readonly number[],
): Promise<ApiToken[]> {
  const rows = await db.run(sql`SELECT ${COLUMNS} FROM api_token t WHERE t.id = ANY(${keys})`);
  return rows.map(toApiToken);
}

export function listApiTokens(ctx: Context, args: PageArgs, includeRevoked: boolean) {
  return paginate({
    db: ctx.db,
    select: sql`SELECT ${COLUMNS}, t.created_at::text AS "sortKey" FROM api_token t`,
    countFrom: sql`FROM api_token t`,
    conditions: includeRevoked ? [] : [sql`t.revoked_at IS NULL`],
    sort: { expr: 't.created_at', property: 'sortKey', type: 'timestamptz' },
    tiebreaker: { expr: 't.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args,
    map: toApiToken,
  });
}

export async function createApiToken(
  ctx: Context,
  input: CreateApiTokenInput,
): Promise<MutationOutcome<{ apiToken: ApiToken; secret: string }>> {
  const errors = await validateInput(input);
  const branchKey =
    input.branchId != null ? inputKey(input.branchId, 'Branch', 'branchId', errors) : null;
  const unknown = input.scopes.filter((s) => !(TOKEN_SCOPES as readonly Permission[]).includes(s));
  if (unknown.length) {
    errors.push(
      userError(
        'scopes',
        UserErrorCode.INVALID,
        `不是令牌权限范围：${unknown.join(', ')} (not token scopes)`,
      ),
    );
  }
  if (input.expiresAt && input.expiresAt <= ctx.now) {
    errors.push(
      userError('expiresAt', UserErrorCode.INVALID, '过期时间须晚于现在 (must be in the future)'),
    );
  }
  if (errors.length) return { record: null, userErrors: errors };
  const secret = newSecret('token');
  return inTransaction(ctx, 'createApiToken', async (tx) => {
    if (branchKey !== null) {
      const [branch] = await tx.run(
        sql`SELECT 1 FROM branch WHERE id = ${branchKey} AND archived_at IS NULL`,
      );
      if (!branch) refuseIf([notFound('branchId', '组织', 'branch')]);
    }
    const token = insertRow(ApiTokenEntity, {
      name: input.name.trim(),
      scopes: [...new Set(input.scopes)],
      branchId: branchKey,
      tokenHash: hashSecret(secret),
      tokenPrefix: secret.slice(0, 10),
      createdById: (ctx.caller as UserCaller).userKey,
      createdAt: ctx.now,
      expiresAt: input.expiresAt ?? null,
    });
    const [row] = await tx.run(sql`${token} RETURNING id`);
    const [created] = await tx.run(sql`SELECT ${COLUMNS} FROM api_token t WHERE t.id = ${row.id}`);
    const apiToken = toApiToken(created);
    return {
      record: { apiToken, secret },
      change: { type: 'ApiToken', key: apiToken.key, after: apiToken },
    };
  });
}

export async function revokeApiToken(
  ctx: Context,
  input: RevokeApiTokenInput,
): Promise<MutationOutcome<ApiToken>> {
  const errors: UserError[] = [];
  const key = inputKey(input.id, 'ApiToken', 'id', errors);
  if (key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'revokeApiToken', async (tx) => {
    const [row] = await tx.run(
      sql`SELECT ${COLUMNS} FROM api_token t WHERE t.id = ${key} FOR UPDATE`,
    );
    if (!row) refuseIf([notFound('id', '令牌', 'API token')]);
    const before = toApiToken(row);
    if (before.revokedAt)
      refuseIf([userError('id', UserErrorCode.ARCHIVED, '令牌已吊销 (already revoked)')]);
    const [updated] = await tx.run(sql`
      UPDATE api_token t SET revoked_at = ${ctx.now} WHERE t.id = ${key} RETURNING ${COLUMNS}`);
    const after = toApiToken(updated);
    return { record: after, change: { type: 'ApiToken', key, before, after } };
  });
}
