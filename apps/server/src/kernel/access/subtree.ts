import { raw, sql, Sql } from '../db/sql';

/**
 * The one subtree condition: `alias`'s row (a branch or a bureau) lies in the subtree rooted at `root`, a path
 * (the caller's reach, a branch at hand) or an SQL expression (a path from another row). Paths
 * end in '/', so the subtree is the range [root, root with that '/' raised to '0'): a range the
 * text_pattern_ops index on path serves whatever the root, as LIKE cannot. Every statement that
 * limits rows to a part of the tree goes through here.
 */
export function inSubtree(alias: string, root: Sql | string): Sql {
  const start = root instanceof Sql ? root : sql`${root}::text`;
  return sql`${raw(alias)}.path ~>=~ ${start} AND ${raw(alias)}.path ~<~ (left(${start}, -1) || '0')`;
}

/** The ids of the branches of a subtree (rooted at a branch key or a path), as a subquery. */
export function subtreeBranchIds(root: number | string): Sql {
  const start =
    typeof root === 'number' ? sql`(SELECT s.path FROM branch s WHERE s.id = ${root})` : root;
  return sql`(SELECT d.id FROM branch d WHERE ${inSubtree('d', start)})`;
}

/** The ids of the branches of a bureau and of the bureaus below it (a city: its counties'), as a subquery. */
export function bureauBranchIds(bureauKey: number): Sql {
  return sql`(SELECT d.id FROM branch d WHERE d.bureau_id IN ${subtreeBureauIds(bureauKey)})`;
}

/** The ids of the bureaus of a subtree (rooted at a bureau key or a path), as a subquery. */
export function subtreeBureauIds(root: number | string): Sql {
  const start =
    typeof root === 'number' ? sql`(SELECT s.path FROM bureau s WHERE s.id = ${root})` : root;
  return sql`(SELECT u.id FROM bureau u WHERE ${inSubtree('u', start)})`;
}
