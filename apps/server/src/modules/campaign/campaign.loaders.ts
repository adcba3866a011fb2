import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import { Reach } from '../../kernel/access/reach';
import { budgetsByKeys } from '../funding/funding.repository';
import type { Budget } from '../funding/funding.types';
import {
  campaignsByKeys,
  entriesByKeys,
  progressByCampaignKeys,
  workGroupsByCampaignKeys,
  workGroupsByKeys,
} from './campaign.repository';
import { plannedFigures, type PlannedFigures } from './standard';
import type { Campaign, CampaignEntry, CampaignProgress, WorkGroup } from './campaign.types';

export type CampaignLoaders = ReturnType<typeof campaignLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends CampaignLoaders {}
}

export function campaignLoaders({ db, reach }: LoaderScope) {
  return {
    campaign: new DataLoader<number, Campaign | null>(async (keys) =>
      byKey(keys, await campaignsByKeys(db, reach, keys)),
    ),
    workGroup: new DataLoader<number, WorkGroup | null>(async (keys) =>
      byKey(keys, await workGroupsByKeys(db, reach, keys)),
    ),
    campaignEntry: new DataLoader<number, CampaignEntry | null>(async (keys) =>
      byKey(keys, await entriesByKeys(db, reach, keys)),
    ),
    groupsOfCampaign: new DataLoader<number, WorkGroup[]>(async (keys) => {
      const byCampaign = await workGroupsByCampaignKeys(db, keys);
      return keys.map((k) => byCampaign.get(k) ?? []);
    }),
    campaignProgress: new DataLoader<number, CampaignProgress>(async (keys) => {
      const progress = await progressByCampaignKeys(db, reach, keys);
      return keys.map((k) => progress.get(k)!);
    }),
    /** The live plan of a draft. */
    plannedFigures: new DataLoader<Campaign, PlannedFigures, number>(
      (campaigns) => plannedFigures(db, campaigns),
      { cacheKeyFn: (c) => c.key },
    ),
    /** The line a campaign pays from: whoever sees the campaign sees its line. */
    campaignBudget: new DataLoader<number, Budget | null>(async (keys) =>
      byKey(keys, await budgetsByKeys(db, Reach.ALL, keys)),
    ),
  };
}
