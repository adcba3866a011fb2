import type { Reach } from '../../kernel/access/reach';
import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import { ApiTokenEntity } from './api-token.entity';
import { ApiToken } from './api-token.types';

const PROJECTION = Projection.of(ApiTokenEntity, { omit: ['tokenHash'] }, {});
export const API_TOKEN_COLUMNS = PROJECTION.select('t', PROJECTION.properties());

export function toApiToken(row: Row): ApiToken {
  return toNode(ApiToken, 'ApiToken', row);
}

export async function apiTokensByKeys(db: Queryable, keys: readonly number[]): Promise<ApiToken[]> {
  const rows = await db.run(
    sql`SELECT ${API_TOKEN_COLUMNS} FROM api_token t WHERE t.id = ANY(${keys})`,
  );
  return rows.map(toApiToken);
}

/** A page of API tokens, newest first; revoked ones only when asked. */
export function listApiTokens(
  db: Queryable,
  reach: Reach,
  args: PageArgs,
  includeRevoked: boolean,
) {
  return paginate({
    db,
    select: sql`SELECT ${API_TOKEN_COLUMNS}, t.created_at::text AS "sortKey" FROM api_token t`,
    countFrom: sql`FROM api_token t`,
    conditions: [reach.account('t'), ...(includeRevoked ? [] : [sql`t.revoked_at IS NULL`])],
    sort: { expr: 't.created_at', property: 'sortKey', type: 'timestamptz' },
    tiebreaker: { expr: 't.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args,
    map: toApiToken,
  });
}
