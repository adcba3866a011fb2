import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import { usersByKeys } from './user.repository';
import type { User } from './user.types';

export type UserLoaders = ReturnType<typeof userLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends UserLoaders {}
}

export function userLoaders({ db, reach }: LoaderScope) {
  return {
    user: new DataLoader<number, User | null>(async (keys) =>
      byKey(keys, await usersByKeys(db, reach, keys)),
    ),
  };
}
