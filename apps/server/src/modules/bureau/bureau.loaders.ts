import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import { bureauChildren, bureausByKeys } from './bureau.repository';
import type { Bureau } from './bureau.types';

export type BureauLoaders = ReturnType<typeof bureauLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends BureauLoaders {}
}

export function bureauLoaders({ db, reach }: LoaderScope) {
  return {
    bureau: new DataLoader<number, Bureau | null>(async (keys) =>
      byKey(keys, await bureausByKeys(db, reach, keys)),
    ),
    bureauChildren: new DataLoader<number, Bureau[]>(async (keys) => {
      const children = await bureauChildren(db, reach, keys);
      return keys.map((k) => children.filter((c) => c.parentId === k));
    }),
  };
}
