import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import { budgetsByKeys, disbursementsByKeys, disbursementsByVisitKeys } from './funding.repository';
import { fundingSettings } from './funding.service';
import type { Budget, Disbursement, FundingSettings } from './funding.types';

export type FundingLoaders = ReturnType<typeof fundingLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends FundingLoaders {}
}

export function fundingLoaders({ db, reach }: LoaderScope) {
  return {
    budget: new DataLoader<number, Budget | null>(async (keys) =>
      byKey(keys, await budgetsByKeys(db, reach, keys)),
    ),
    disbursement: new DataLoader<number, Disbursement | null>(async (keys) =>
      byKey(keys, await disbursementsByKeys(db, reach, keys)),
    ),
    paymentsOfVisit: new DataLoader<number, Disbursement[]>(async (keys) => {
      const byVisit = await disbursementsByVisitKeys(db, reach, keys);
      return keys.map((k) => byVisit.get(k) ?? []);
    }),
    /** The funding settings in force for a county, read once per county and request. */
    fundingSettings: new DataLoader<number, FundingSettings>((keys) =>
      Promise.all(keys.map((key) => fundingSettings(db, key))),
    ),
  };
}
