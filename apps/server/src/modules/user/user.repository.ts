import type { Reach } from '../../kernel/access/reach';
import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import { UserEntity } from './user.entity';
import { User } from './user.types';

export const USER_PROJECTION = Projection.of(
  UserEntity,
  { omit: ['passwordHash', 'passwordChangedAt'] },
  { id: ['key'], branch: ['branchId'], bureau: ['bureauId', 'branchId'] },
);
export const USER_COLUMNS = USER_PROJECTION.select('u', USER_PROJECTION.properties());

export function toUser(row: Row): User {
  return toNode(User, 'User', row);
}

/**
 * Accounts by key, those within the reach only (the caller's own always is): an author, planner or
 * leader outside it shows as null, and no id finds an account of another county.
 */
export async function usersByKeys(
  db: Queryable,
  reach: Reach,
  keys: readonly number[],
): Promise<User[]> {
  const rows = await db.run(
    sql`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY(${keys}) AND ${reach.account('u')}`,
  );
  return rows.map(toUser);
}

export function listUsers(db: Queryable, reach: Reach, args: PageArgs) {
  return paginate({
    db,
    select: sql`SELECT ${USER_COLUMNS}, lower(u.username) AS "sortKey" FROM app_user u`,
    countFrom: sql`FROM app_user u`,
    conditions: [reach.account('u')],
    sort: { expr: 'lower(u.username)', property: 'sortKey', type: 'text' },
    tiebreaker: { expr: 'u.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args,
    map: toUser,
  });
}
