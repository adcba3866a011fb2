import type { Queryable, Row } from '../../kernel/db/database';
import { ownColumns, Projection, takePrefixed, toNode } from '../../kernel/db/projection';
import { join, raw, sql, type Sql } from '../../kernel/db/sql';
import { globalId, property, type AnswerType } from '../../kernel/compiled/row-answer';
import type { Selection } from '../../kernel/selection';
import type { Reach } from '../../kernel/access/reach';
import { BranchEntity } from './branch.entity';
import {
  encodeCursor,
  OrderDirection,
  paginate,
  type ConnectionResult,
  type PageArgs,
  type SortKey,
} from '../../kernel/connection';
import { normalizeSearch } from '../../lib/search';
import { Branch, BranchOrderField, type BranchFilter, type BranchOrder } from './branch.types';
import { inSubtree, subtreeBranchIds, subtreeBureauIds } from '../../kernel/access/subtree';

/** Branch rows as GraphQL objects; lists select only what their query asks for. */
export const BRANCH_PROJECTION = Projection.of(
  BranchEntity,
  { omit: ['searchText'] },
  {
    id: ['key'],
    parent: ['parentId'],
    bureau: ['bureauId'],
    ancestors: ['path'],
    children: ['key'],
    members: ['path'],
    memberCount: ['key'],
    secretary: ['secretaryId'],
  },
);

/** The branch fields a compiled read answers from a row, its parent as `branchColumns` joins it. */
export const BRANCH_ANSWER: AnswerType = {
  name: 'Branch',
  fields: { id: globalId('Branch'), name: property('name') },
  joins: { parent: { type: () => BRANCH_ANSWER, nullable: true } },
};

/** Every column, for loaders and writes that return the whole record. */
export const BRANCH_COLUMNS = BRANCH_PROJECTION.select('b', BRANCH_PROJECTION.properties());

export function toBranch(row: Row): Branch {
  return toNode(Branch, 'Branch', row);
}

/** A branch read with its parent joined in (`parent.`-prefixed columns). */
export function toBranchWithParent(row: Row): Branch {
  const parentJoined = 'parent.key' in row;
  const parent = takePrefixed(row, 'parent.');
  const branch = toBranch(ownColumns(row));
  if (parentJoined) branch.preloadedParent = parent && toBranch(parent);
  return branch;
}

/** Branch columns for `selection` (all without one), prefixed, and its parent's when asked for. */
export function branchColumns(
  selection: Selection | undefined,
  alias: string,
  prefix: string,
  reach: Reach,
): { columns: Sql[]; joins: Sql[] } {
  const columns = [
    BRANCH_PROJECTION.select(alias, BRANCH_PROJECTION.properties(selection), prefix),
  ];
  const joins: Sql[] = [];
  const parent = selection?.get('parent');
  if (parent) {
    const parentAlias = `${alias}p`;
    columns.push(
      BRANCH_PROJECTION.select(
        parentAlias,
        BRANCH_PROJECTION.properties(parent),
        `${prefix}parent.`,
      ),
    );
    // A parent out of the caller's reach joins as missing, as the loader would give it.
    joins.push(
      sql`LEFT JOIN branch ${raw(parentAlias)} ON ${raw(parentAlias)}.id = ${raw(alias)}.parent_id
        AND ${reach.branch(parentAlias)}`,
    );
  }
  return { columns, joins };
}

export async function branchesByKeys(
  db: Queryable,
  reach: Reach,
  keys: readonly number[],
): Promise<Branch[]> {
  const rows = await db.run(
    sql`SELECT ${BRANCH_COLUMNS} FROM branch b WHERE b.id = ANY(${keys}) AND ${reach.branch('b')}`,
  );
  return rows.map(toBranch);
}

/**
 * Current (active) members in the subtree at the path `path` (an SQL expression): the branches
 * by an index range on path, then their members by member_branch_idx.
 */
const subtreeMemberCount = (path: string) =>
  sql`(SELECT count(*)::int FROM branch d JOIN member m ON m.branch_id = d.id AND m.status = 'ACTIVE'
    WHERE ${inSubtree('d', raw(path))})`;

/** Current (active) members in each branch's subtree, one statement for all keys. */
export async function subtreeMemberCounts(
  db: Queryable,
  keys: readonly number[],
): Promise<Map<number, number>> {
  const rows = await db.run(
    sql`SELECT b.id AS key, ${subtreeMemberCount('b.path')} AS n FROM branch b WHERE b.id = ANY(${keys})`,
  );
  return new Map(rows.map((r) => [Number(r.key), Number(r.n)]));
}

/** Sort expressions; never NULL, as keyset cursors need. */
export const sortExpression = (order: BranchOrder | undefined | null) =>
  SORT_EXPRESSIONS[order?.field ?? BranchOrderField.NAME];

const SORT_EXPRESSIONS: Record<BranchOrderField, Omit<SortKey, 'property'>> = {
  [BranchOrderField.NAME]: { expr: 'b.name_pinyin', type: 'text' },
  [BranchOrderField.FOUNDED_ON]: {
    expr: `coalesce(b.founded_on, '9999-12-31'::date)`,
    type: 'date',
  },
  [BranchOrderField.CREATED_AT]: { expr: 'b.created_at', type: 'timestamptz' },
};

/** A branch filter with its ids decoded: the parent, the branch whose subtree, the bureau. */
export type BranchCriteria = Omit<BranchFilter, 'parentId' | 'subtreeOf' | 'bureauId'> & {
  parentKey?: number | null;
  subtreeKey?: number | null;
  bureauKey?: number | null;
};

function branchConditions(filter: BranchCriteria | undefined | null): Sql[] {
  const conditions: Sql[] = [];
  if (!filter?.includeArchived) conditions.push(sql`b.archived_at IS NULL`);
  if (!filter) return conditions;
  if (filter.kind) conditions.push(sql`b.kind = ${filter.kind}`);
  if (filter.parentKey != null) conditions.push(sql`b.parent_id = ${filter.parentKey}`);
  if (filter.rootsOnly) conditions.push(sql`b.parent_id IS NULL`);
  if (filter.subtreeKey != null)
    conditions.push(sql`b.id IN ${subtreeBranchIds(filter.subtreeKey)}`);
  if (filter.bureauKey != null)
    conditions.push(sql`b.bureau_id IN ${subtreeBureauIds(filter.bureauKey)}`);
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
  reach: Reach,
  criteria: BranchCriteria | undefined | null,
  order: BranchOrder | undefined | null,
  args: PageArgs,
  selection?: Selection,
) {
  const sort = sortExpression(order);
  const { columns, joins } = branchColumns(selection, 'b', '', reach);
  if (selection?.has('memberCount'))
    columns.push(sql`${subtreeMemberCount('b.path')} AS "preloadedMemberCount"`);
  return paginate({
    db,
    select: sql`SELECT ${join(columns, ', ')}, (${raw(sort.expr)})::text AS "sortKey" FROM branch b ${join(joins, ' ')}`,
    countFrom: sql`FROM branch b`,
    conditions: [reach.branch('b'), ...branchConditions(criteria)],
    sort: { ...sort, property: 'sortKey' },
    tiebreaker: { expr: 'b.id', property: 'key', type: 'integer' },
    direction: order?.direction ?? OrderDirection.ASC,
    args,
    map: toBranchWithParent,
  });
}

/**
 * The first page of children of many parents in one statement, for a tree view asking each
 * branch for its children: a window per parent, and the per-parent total alongside.
 */
export async function firstChildPages(
  db: Queryable,
  reach: Reach,
  parentKeys: readonly number[],
  order: BranchOrder | undefined | null,
  limit: number,
  withMemberCount: boolean,
): Promise<Map<number, ConnectionResult<Branch>>> {
  const sort = sortExpression(order);
  const dir = raw(order?.direction === OrderDirection.DESC ? 'DESC' : 'ASC');
  // Counted outside the window, for the page's rows only.
  const memberCount = withMemberCount
    ? sql`, ${subtreeMemberCount('page.path')} AS "preloadedMemberCount"`
    : sql``;
  const rows = await db.run(sql`
    SELECT page.*${memberCount} FROM (
      SELECT ${BRANCH_COLUMNS}, (${raw(sort.expr)})::text AS "sortKey",
        row_number() OVER (PARTITION BY b.parent_id ORDER BY ${raw(sort.expr)} ${dir}, b.id ${dir}) AS "rowNumber",
        count(*) OVER (PARTITION BY b.parent_id)::int AS "siblings"
      FROM branch b
      WHERE b.parent_id = ANY(${parentKeys}) AND b.archived_at IS NULL AND ${reach.branch('b')}
    ) page
    WHERE "rowNumber" <= ${limit + 1}
    ORDER BY "parentId", "rowNumber"`);
  const pages = new Map<number, ConnectionResult<Branch>>();
  for (const key of parentKeys) {
    const children = rows.filter((r) => r.parentId === key);
    const total = children.length ? Number(children[0].siblings) : 0;
    const edges = children.slice(0, limit).map((row) => {
      const { rowNumber: _rowNumber, siblings: _siblings, ...columns } = row;
      return { cursor: encodeCursor([row.sortKey, row.key]), node: toBranch(columns) };
    });
    pages.set(key, {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: {
        hasNextPage: children.length > limit,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: Promise.resolve(total),
    });
  }
  return pages;
}
