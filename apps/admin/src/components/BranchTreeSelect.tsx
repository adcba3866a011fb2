import { useEffect, useMemo, useState } from 'react';
import { TreeSelect } from 'antd';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CSSProperties } from 'react';
import type { BranchKind, BranchOptionsQuery, BranchOptionsQueryVariables } from '../gql/graphql';

/** One page of the branches in reach (or a bureau's); the county has 147, so two pages at most. */
export const BranchOptionsDocument = graphql(`
  query BranchOptions($after: String, $filter: BranchFilter) {
    branches(first: 100, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`);

export interface BranchOption {
  id: string;
  name: string;
  kind: BranchKind;
  parentId: string | null;
}

export interface BranchTreeNode {
  value: string;
  title: string;
  kind: BranchKind;
  /** Shown greyed and skipped by the keyboard, but still opens to show the branches below. */
  disabled: boolean;
  children: BranchTreeNode[];
}

/**
 * The branches as a tree. A branch whose parent is out of the caller's reach (a secretary's
 * own general branch, say) becomes a root, so nobody sees an empty tree.
 */
export function buildBranchTree(
  branches: readonly BranchOption[],
  selectable: (branch: BranchOption) => boolean = () => true,
): BranchTreeNode[] {
  const nodes = new Map<string, BranchTreeNode>();
  for (const branch of branches) {
    nodes.set(branch.id, {
      value: branch.id,
      title: branch.name,
      kind: branch.kind,
      disabled: !selectable(branch),
      children: [],
    });
  }
  const roots: BranchTreeNode[] = [];
  for (const branch of branches) {
    const node = nodes.get(branch.id)!;
    const parent = branch.parentId ? nodes.get(branch.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * Every branch in reach, loaded page by page once `enabled` (and then from Apollo's cache), so a
 * screen that shows the picker does not wait for it.
 */
export function useBranchOptions(
  enabled: boolean,
  bureauId: string | null = null,
): {
  branches: BranchOption[] | null;
  loading: boolean;
  error: Error | null;
} {
  const client = useApolloClient();
  // Kept with the bureau they are of: another bureau's load again.
  const [loaded, setLoaded] = useState<{
    bureauId: string | null;
    branches: BranchOption[];
  } | null>(null);
  const branches = loaded?.bureauId === bureauId ? loaded.branches : null;
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!enabled || branches) return;
    let cancelled = false;
    const load = async () => {
      setLoading(true);
      const all: BranchOption[] = [];
      let after: string | null = null;
      for (;;) {
        // Explicit types: `after` feeds the next request, which TypeScript cannot infer in a loop.
        const data: BranchOptionsQuery | undefined = (
          await client.query<BranchOptionsQuery, BranchOptionsQueryVariables>({
            query: BranchOptionsDocument,
            variables: bureauId ? { after, filter: { bureauId } } : { after },
          })
        ).data;
        if (!data) break;
        for (const b of data.branches.nodes) {
          all.push({ id: b.id, name: b.name, kind: b.kind, parentId: b.parent?.id ?? null });
        }
        if (!data.branches.pageInfo.hasNextPage) break;
        after = data.branches.pageInfo.endCursor ?? null;
      }
      return all;
    };
    load()
      .then((all) => !cancelled && setLoaded({ bureauId, branches: all }))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [enabled, branches, client, bureauId]);
  return { branches, loading, error };
}

export interface BranchTreeSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  /** Only 党支部 can hold members: the member form turns general branches into headings. */
  branchesOnly?: boolean;
  disabled?: boolean;
  allowClear?: boolean;
  /** Shown for the chosen branch until the tree has loaded. */
  valueLabel?: string;
  style?: CSSProperties;
  status?: 'error' | 'warning';
  'aria-label'?: string;
  /** Only this bureau's branches (a city's: its counties'). */
  bureauId?: string | null;
}

/**
 * The one branch a typed name picks with Enter: the branch of exactly that name, else the only
 * selectable branch whose name holds it; none while several could be meant.
 */
export function branchTyped(
  branches: readonly BranchOption[],
  typed: string,
  selectable: (branch: BranchOption) => boolean,
): BranchOption | null {
  const text = typed.trim();
  if (!text) return null;
  const candidates = branches.filter((b) => selectable(b) && b.name.includes(text));
  return (
    candidates.find((b) => b.name === text) ?? (candidates.length === 1 ? candidates[0] : null)
  );
}

/**
 * A branch picker over the whole tree in reach (or a bureau's), searchable by name; it loads on first use. A
 * typed name and Enter choose the branch it names.
 */
export function BranchTreeSelect({
  value,
  onChange,
  branchesOnly = false,
  valueLabel,
  allowClear = true,
  bureauId = null,
  ...rest
}: BranchTreeSelectProps) {
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const { branches, loading, error } = useBranchOptions(wanted || Boolean(value), bureauId);
  const treeData = useMemo(() => {
    if (branches) return buildBranchTree(branches, (b) => !branchesOnly || b.kind === 'BRANCH');
    // Until the tree is there, the chosen branch still shows by name rather than by its id.
    return value
      ? [
          {
            value,
            title: valueLabel ?? '…',
            kind: 'BRANCH' as const,
            disabled: false,
            children: [],
          },
        ]
      : [];
  }, [branches, branchesOnly, value, valueLabel]);
  // While searching, every branch stays open so matches show. The tree opens them itself only
  // when the text changes, so a tree that loads after the typing would stay closed.
  const searchExpandedKeys = useMemo(
    () => (search && branches ? branches.map((b) => b.id) : undefined),
    [search, branches],
  );
  return (
    <TreeSelect
      {...rest}
      treeExpandedKeys={searchExpandedKeys}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setWanted(true);
      }}
      onFocus={() => setWanted(true)}
      searchValue={search}
      onSearch={setSearch}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        const typed = branchTyped(
          branches ?? [],
          search,
          (b) => !branchesOnly || b.kind === 'BRANCH',
        );
        if (!typed) return;
        event.preventDefault();
        onChange?.(typed.id);
        setSearch('');
        setOpen(false);
      }}
      treeData={treeData}
      loading={loading}
      notFoundContent={error ? error.message : undefined}
      showSearch
      treeNodeFilterProp="title"
      allowClear={allowClear}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320, maxWidth: 480 } } }}
      treeDefaultExpandedKeys={value ? [value] : undefined}
    />
  );
}
