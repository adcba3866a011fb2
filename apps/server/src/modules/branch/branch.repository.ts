import type { Queryable, Row } from '../../db/database';
import { raw, sql, type Sql } from '../../db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../graphql/connection';
import { requireKey, toGlobalId } from '../../graphql/global-id';
import { normalizeSearch } from '../../lib/search';
import { Branch, BranchOrderField, type BranchFilter, type BranchOrder } from './branch.types';

/** Plain-row read side of branches: one SELECT list, mapped to the GraphQL shape. */
export const BRANCH_COLUMNS = raw(`
  b.id AS key, b.name, b.name_pinyin AS "namePinyin", b.kind, b.parent_id AS "parentId", b.path, b.depth,
  b.demonstration_level AS "demonstrationLevel", b.demonstration_year AS "demonstrationYear",
  b.has_members_home AS "hasMembersHome", b.secretary_id AS "secretaryId", b.founded_on AS "foundedOn",
  b.address, b.meeting_place AS "meetingPlace", b.archived_at AS "archivedAt", b.version,
  b.created_at AS "createdAt", b.updated_at AS "updatedAt"`);

export function toBranch(row: Row): Branch {
  // An instance of the GraphQL class: type-graphql passes it to field resolvers as is instead
  // of copying the row for each, and `Node` resolves its type by class.
  const branch = Object.assign(Object.create(Branch.prototype) as Branch, row);
  branch.id = toGlobalId('Branch', branch.key);
  return branch;
}

export async function branchesByKeys(db: Queryable, keys: readonly number[]): Promise<Branch[]> {
  const rows = await db.run(sql`SELECT ${BRANCH_COLUMNS} FROM branch b WHERE b.id = ANY(${keys})`);
  return rows.map(toBranch);
}

/** Current (active) members in each branch's subtree, one statement for all keys. */
export async function subtreeMemberCounts(
  db: Queryable,
  keys: readonly number[],
): Promise<Map<number, number>> {
  const rows = await db.run(sql`
    SELECT root.id AS key, count(m.id)::int AS n
    FROM branch root
    JOIN branch d ON d.path LIKE root.path || '%'
    LEFT JOIN member m ON m.branch_id = d.id AND m.status = 'ACTIVE'
    WHERE root.id = ANY(${keys})
    GROUP BY root.id`);
  return new Map(rows.map((r) => [Number(r.key), Number(r.n)]));
}

/** Sort expressions; never NULL, as keyset cursors need. */
const SORT_EXPRESSIONS: Record<BranchOrderField, string> = {
  [BranchOrderField.NAME]: 'b.name_pinyin',
  [BranchOrderField.FOUNDED_ON]: `coalesce(b.founded_on, '9999-12-31'::date)`,
  [BranchOrderField.CREATED_AT]: 'b.created_at',
};

export function branchConditions(filter: BranchFilter | undefined | null): Sql[] {
  const conditions: Sql[] = [];
  if (!filter?.includeArchived) conditions.push(sql`b.archived_at IS NULL`);
  if (!filter) return conditions;
  if (filter.kind) conditions.push(sql`b.kind = ${filter.kind}`);
  if (filter.parentId != null) {
    conditions.push(sql`b.parent_id = ${requireKey(filter.parentId, 'Branch', 'filter.parentId')}`);
  }
  if (filter.rootsOnly) conditions.push(sql`b.parent_id IS NULL`);
  if (filter.subtreeOf != null) {
    const key = requireKey(filter.subtreeOf, 'Branch', 'filter.subtreeOf');
    conditions.push(sql`b.path LIKE (SELECT s.path FROM branch s WHERE s.id = ${key}) || '%'`);
  }
  if (filter.demonstrationLevel)
    conditions.push(sql`b.demonstration_level = ${filter.demonstrationLevel}`);
  if (filter.isDemonstration != null) {
    conditions.push(
      filter.isDemonstration
        ? sql`b.demonstration_level IS NOT NULL`
        : sql`b.demonstration_level IS NULL`,
    );
  }
  if (filter.hasMembersHome != null)
    conditions.push(sql`b.has_members_home = ${filter.hasMembersHome}`);
  const search = normalizeSearch(filter.search);
  if (search) conditions.push(sql`b.search_text LIKE ${`%${search}%`}`);
  return conditions;
}

export function listBranches(
  db: Queryable,
  conditions: Sql[],
  order: BranchOrder | undefined,
  args: PageArgs,
) {
  const sort = SORT_EXPRESSIONS[order?.field ?? BranchOrderField.NAME];
  return paginate({
    db,
    select: sql`SELECT ${BRANCH_COLUMNS}, (${raw(sort)})::text AS "sortKey" FROM branch b`,
    countFrom: sql`FROM branch b`,
    conditions,
    sort: { expr: sort, property: 'sortKey' },
    tiebreaker: { expr: 'b.id', property: 'key' },
    direction: order?.direction ?? OrderDirection.ASC,
    args,
    map: toBranch,
  });
}
