import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import type { ConnectionResult } from '../../kernel/connection';
import { branchesByKeys, firstChildPages, subtreeMemberCounts } from './branch.repository';
import type { Branch, BranchOrder } from './branch.types';

export type BranchLoaders = ReturnType<typeof branchLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends BranchLoaders {}
}

export function branchLoaders({ db, reach }: LoaderScope) {
  const childPageLoaders = new Map<string, DataLoader<number, ConnectionResult<Branch>>>();
  return {
    branch: new DataLoader<number, Branch | null>(async (keys) =>
      byKey(keys, await branchesByKeys(db, reach, keys)),
    ),
    subtreeMemberCount: new DataLoader<number, number>(async (keys) => {
      const counts = await subtreeMemberCounts(db, keys);
      return keys.map((k) => counts.get(k) ?? 0);
    }),
    /**
     * First pages of children, batched across parents asking with the same order, size and
     * whether the children's member counts come along.
     */
    firstChildPage(order: BranchOrder | undefined | null, limit: number, withMemberCount: boolean) {
      const id = `${order?.field}:${order?.direction}:${limit}:${withMemberCount}`;
      let loader = childPageLoaders.get(id);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const pages = await firstChildPages(db, reach, keys, order, limit, withMemberCount);
          return keys.map((k) => pages.get(k)!);
        });
        childPageLoaders.set(id, loader);
      }
      return loader;
    },
  };
}
