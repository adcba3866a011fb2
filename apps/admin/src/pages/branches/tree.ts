import type { BranchTreeFieldsFragment, DemonstrationLevel } from '../../gql/graphql';

export type BranchNode = BranchTreeFieldsFragment;

/** A row of the tree table: the branch and, when it has any shown, the rows below it. */
export interface BranchRow extends BranchNode {
  key: string;
  /** Levels below the top of the tree shown. */
  level: number;
  children?: BranchRow[];
}

/** The flat list of branches, indexed for walking the tree both ways. */
export interface BranchIndex {
  byId: ReadonlyMap<string, BranchNode>;
  childrenOf: ReadonlyMap<string, readonly BranchNode[]>;
  /** Branches without a parent in the list: the county's roots, or a secretary's own branch. */
  roots: readonly BranchNode[];
}

export function indexBranches(nodes: readonly BranchNode[]): BranchIndex {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const childrenOf = new Map<string, BranchNode[]>();
  const roots: BranchNode[] = [];
  for (const node of nodes) {
    const parentId = node.parent?.id;
    if (parentId && byId.has(parentId)) {
      childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), node]);
    } else roots.push(node);
  }
  return { byId, childrenOf, roots };
}

/** The rows of the tree; with `visible`, only those branches (callers include the ancestors). */
export function buildRows(index: BranchIndex, visible?: ReadonlySet<string>): BranchRow[] {
  const build = (nodes: readonly BranchNode[], level: number): BranchRow[] =>
    nodes
      .filter((node) => !visible || visible.has(node.id))
      .map((node) => {
        const children = build(index.childrenOf.get(node.id) ?? [], level + 1);
        // An empty children array would still draw an expand button in Ant Design's table.
        return { ...node, key: node.id, level, children: children.length ? children : undefined };
      });
  return build(index.roots, 0);
}

/** The ids above a branch, nearest first. */
export function ancestorIds(index: BranchIndex, id: string): string[] {
  const ids: string[] = [];
  let parentId = index.byId.get(id)?.parent?.id;
  while (parentId && index.byId.has(parentId) && !ids.includes(parentId)) {
    ids.push(parentId);
    parentId = index.byId.get(parentId)?.parent?.id;
  }
  return ids;
}

/** The matches and every branch above them, so each match is shown where it sits. */
export function withAncestors(index: BranchIndex, ids: Iterable<string>): Set<string> {
  const visible = new Set<string>();
  for (const id of ids) {
    if (!index.byId.has(id)) continue;
    visible.add(id);
    for (const ancestor of ancestorIds(index, id)) visible.add(ancestor);
  }
  return visible;
}

/** Ids of the branches that have branches below them (the rows that can be expanded). */
export function parentIds(index: BranchIndex, visible?: ReadonlySet<string>): string[] {
  return [...index.childrenOf.keys()].filter(
    (id) =>
      (!visible || visible.has(id)) &&
      (index.childrenOf.get(id) ?? []).some((child) => !visible || visible.has(child.id)),
  );
}

/** Every branch below one, at any depth. */
export function descendants(index: BranchIndex, id: string): BranchNode[] {
  const found: BranchNode[] = [];
  const walk = (parentId: string) => {
    for (const child of index.childrenOf.get(parentId) ?? []) {
      found.push(child);
      walk(child.id);
    }
  };
  walk(id);
  return found;
}

export interface BranchSummary {
  generalBranches: number;
  branches: number;
  demonstration: Record<DemonstrationLevel, number>;
  homes: number;
  /** Current members of the whole tree in reach (each root counts those below it). */
  members: number;
}

/** The figures the bureau reports each year (DOMAIN.md), for these branches. */
export function summarize(
  nodes: readonly BranchNode[],
  roots: readonly BranchNode[],
): BranchSummary {
  const summary: BranchSummary = {
    generalBranches: 0,
    branches: 0,
    demonstration: { PROVINCIAL: 0, CITY: 0, COUNTY: 0 },
    homes: 0,
    members: roots.reduce((sum, root) => sum + root.memberCount, 0),
  };
  for (const node of nodes) {
    if (node.kind === 'GENERAL_BRANCH') summary.generalBranches += 1;
    else summary.branches += 1;
    if (node.demonstrationLevel) summary.demonstration[node.demonstrationLevel] += 1;
    if (node.hasMembersHome) summary.homes += 1;
  }
  return summary;
}
