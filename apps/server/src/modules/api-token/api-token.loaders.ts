import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import { apiTokensByKeys } from './api-token.repository';
import type { ApiToken } from './api-token.types';

export type ApiTokenLoaders = ReturnType<typeof apiTokenLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends ApiTokenLoaders {}
}

export function apiTokenLoaders({ db }: LoaderScope) {
  return {
    apiToken: new DataLoader<number, ApiToken | null>(async (keys) =>
      byKey(keys, await apiTokensByKeys(db, keys)),
    ),
  };
}
