import DataLoader from 'dataloader';
import { byKey, grouped, type LoaderScope } from '../../kernel/context';
import {
  rolesByKeys,
  rolesOfMembers,
  rolesOfStudios,
  studioCases,
  studiosByKeys,
} from './community-roles.repository';
import type { EldersStudio, MemberRole } from './community-roles.types';

export type CommunityRoleLoaders = ReturnType<typeof communityRoleLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends CommunityRoleLoaders {}
}

export function communityRoleLoaders({ db, reach }: LoaderScope) {
  return {
    eldersStudio: new DataLoader<number, EldersStudio | null>(async (keys) =>
      byKey(keys, await studiosByKeys(db, reach, keys)),
    ),
    memberRole: new DataLoader<number, MemberRole | null>(async (keys) =>
      byKey(keys, await rolesByKeys(db, reach, keys)),
    ),
    /** Each member's roles (of members already in reach). */
    rolesOfMember: new DataLoader<number, MemberRole[]>(async (keys) =>
      grouped(keys, await rolesOfMembers(db, keys), (r) => r.memberId),
    ),
    rolesOfStudio: new DataLoader<number, MemberRole[]>(async (keys) =>
      grouped(keys, await rolesOfStudios(db, reach, keys), (r) => r.studioId!),
    ),
    /** The cases of studios in a year, by `studio:year`. */
    studioCases: new DataLoader<string, number>(async (asked) => {
      const years = [...new Set(asked.map((a) => Number(a.split(':')[1])))];
      const found = new Map<string, number>();
      for (const year of years) {
        const keys = asked
          .filter((a) => a.endsWith(`:${year}`))
          .map((a) => Number(a.split(':')[0]));
        for (const row of await studioCases(db, year, keys))
          found.set(`${Number(row.key)}:${year}`, Number(row.cases));
      }
      return asked.map((a) => found.get(a) ?? 0);
    }),
  };
}
