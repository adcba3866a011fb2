import DataLoader from 'dataloader';
import { byKey, grouped, type LoaderScope } from '../../kernel/context';
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
