import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { insertRow } from '../../kernel/db/entity-columns';
import { ApiTokenEntity } from './api-token.entity';
import {
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import type { UserCaller } from '../../kernel/access/caller';
import { TOKEN_SCOPES, type Permission } from '../../kernel/access/permissions';
import { hashSecret, newSecret } from '../auth/secrets';
import { API_TOKEN_COLUMNS as COLUMNS, toApiToken } from './api-token.repository';
import type { ApiToken, CreateApiTokenInput, RevokeApiTokenInput } from './api-token.types';
import { accountBureau } from '../bureau/county';

export async function createApiToken(
  ctx: RequestScope,
  input: CreateApiTokenInput,
  keys: { branch: InputKey | null },
): Promise<MutationOutcome<{ apiToken: ApiToken; secret: string }>> {
  const errors = await validateInput(input);
  const branchKey = keys.branch != null ? inputKey(keys.branch, 'branchId', errors) : null;
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
        sql`SELECT 1 FROM branch b WHERE b.id = ${branchKey} AND b.archived_at IS NULL AND ${ctx.reach.branch('b')}`,
      );
      if (!branch) refuseIf([notFound('branchId', '组织', 'branch')]);
    }
    const bureauKey = await accountBureau(tx, ctx, input.bureauId, branchKey, errors);
    refuseIf(errors);
    const token = insertRow(ApiTokenEntity, {
      name: input.name.trim(),
      scopes: [...new Set(input.scopes)],
      branchId: branchKey,
      bureauId: bureauKey,
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
  ctx: RequestScope,
  input: RevokeApiTokenInput,
  keys: { token: InputKey },
): Promise<MutationOutcome<ApiToken>> {
  const errors: UserError[] = [];
  const key = inputKey(keys.token, 'id', errors);
  if (key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'revokeApiToken', async (tx) => {
    const [row] = await tx.run(
      sql`SELECT ${COLUMNS} FROM api_token t WHERE t.id = ${key} AND ${ctx.reach.account('t')} FOR UPDATE`,
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
