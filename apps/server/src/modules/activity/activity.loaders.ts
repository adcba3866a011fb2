import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import {
  activitiesByKeys,
  attachmentsByKeys,
  attachmentsOfActivities,
  participantsOfActivities,
} from './activity.repository';
import type { Activity, ActivityAttachment, ActivityParticipant } from './activity.types';

export type ActivityLoaders = ReturnType<typeof activityLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends ActivityLoaders {}
}

function grouped<T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

export function activityLoaders({ db, reach }: LoaderScope) {
  return {
    activity: new DataLoader<number, Activity | null>(async (keys) =>
      byKey(keys, await activitiesByKeys(db, reach, keys)),
    ),
    activityAttachment: new DataLoader<number, ActivityAttachment | null>(async (keys) =>
      byKey(keys, await attachmentsByKeys(db, reach, keys)),
    ),
    /** Each activity's files (of activities already in reach). */
    attachmentsOfActivity: new DataLoader<number, ActivityAttachment[]>(async (keys) =>
      grouped(keys, await attachmentsOfActivities(db, keys), (f) => f.activityId),
    ),
    /** Each activity's participants (of activities already in reach). */
    participantsOfActivity: new DataLoader<number, ActivityParticipant[]>(async (keys) =>
      grouped(keys, await participantsOfActivities(db, keys), (p) => Number(p.activityId)),
    ),
  };
}
