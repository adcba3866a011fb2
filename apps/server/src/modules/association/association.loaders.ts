import DataLoader from 'dataloader';
import { byKey, grouped, type LoaderScope } from '../../kernel/context';
import {
  associationMembershipsByKeys,
  associationMembershipsOf,
  associationYears,
  associationsByKeys,
  awardsOfActivities,
} from './association.repository';
import type {
  ActivityAward,
  Association,
  AssociationMembership,
  AssociationYear,
} from './association.types';

export type AssociationLoaders = ReturnType<typeof associationLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends AssociationLoaders {}
}

export function associationLoaders({ db, reach }: LoaderScope) {
  return {
    association: new DataLoader<number, Association | null>(async (keys) =>
      byKey(keys, await associationsByKeys(db, reach, keys)),
    ),
    associationMembership: new DataLoader<number, AssociationMembership | null>(async (keys) =>
      byKey(keys, await associationMembershipsByKeys(db, reach, keys)),
    ),
    membershipsOfAssociation: new DataLoader<number, AssociationMembership[]>(async (keys) =>
      grouped(
        keys,
        await associationMembershipsOf(db, reach, 'association_id', keys),
        (m) => m.associationId,
      ),
    ),
    associationsOfMember: new DataLoader<number, AssociationMembership[]>(async (keys) =>
      grouped(
        keys,
        await associationMembershipsOf(db, reach, 'member_id', keys),
        (m) => m.memberId,
      ),
    ),
    /** Each activity's awards (of activities already in reach). */
    awardsOfActivity: new DataLoader<number, ActivityAward[]>(async (keys) =>
      grouped(keys, await awardsOfActivities(db, keys), (w) => w.activityId),
    ),
    /** An association's year, by `association:year`. */
    associationYear: new DataLoader<string, AssociationYear>(async (asked) => {
      const years = [...new Set(asked.map((a) => Number(a.split(':')[1])))];
      const found = new Map<string, AssociationYear>();
      for (const year of years) {
        const keys = asked
          .filter((a) => a.endsWith(`:${year}`))
          .map((a) => Number(a.split(':')[0]));
        for (const row of await associationYears(db, reach, year, keys))
          found.set(`${Number(row.key)}:${year}`, {
            year,
            activities: Number(row.activities),
            awards: Number(row.awards),
          });
      }
      return asked.map(
        (a) => found.get(a) ?? { year: Number(a.split(':')[1]), activities: 0, awards: 0 },
      );
    }),
  };
}
