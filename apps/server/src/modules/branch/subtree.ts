import { raw, sql, type Sql } from '../../kernel/db/sql';

/**
 * `alias`'s branch lies in the subtree rooted at the path `root` (an SQL expression). Paths end in
 * '/', so the subtree is the range [root, root with that '/' raised to '0'): a range the
 * text_pattern_ops index on path serves even when `root` comes from another row, as LIKE cannot.
 */
export const inSubtree = (alias: string, root: Sql) =>
  sql`${raw(alias)}.path ~>=~ ${root} AND ${raw(alias)}.path ~<~ (left(${root}, -1) || '0')`;

/** The ids of the branch `key` and every branch below it, as a subquery. */
export const subtreeBranchIds = (key: number) =>
  sql`(SELECT d.id FROM branch d WHERE ${inSubtree('d', sql`(SELECT s.path FROM branch s WHERE s.id = ${key})`)})`;
