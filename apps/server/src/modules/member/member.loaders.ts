import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import { memberSettings } from './member-settings';
import { membersByKeys, membershipsByMemberKeys, revealPersonalData } from './member.repository';
import type { BranchMembership, Member, MemberSettings, PersonalData } from './member.types';

export type MemberLoaders = ReturnType<typeof memberLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends MemberLoaders {}
}

export function memberLoaders({ db, reach, actor }: LoaderScope) {
  return {
    member: new DataLoader<number, Member | null>(async (keys) =>
      byKey(keys, await membersByKeys(db, reach, keys)),
    ),
    /** Full personal data; each batch first writes its audit entries, then reads. */
    personalData: new DataLoader<number, PersonalData | null>(async (keys) =>
      byKey(keys, await revealPersonalData(db, reach, actor, keys)),
    ),
    /** The roster's settings, read once per request (any key). */
    memberSettings: new DataLoader<0, MemberSettings>(async (keys) => {
      const settings = await memberSettings(db);
      return keys.map(() => settings);
    }),
    memberships: new DataLoader<number, BranchMembership[]>(async (keys) => {
      const byMember = await membershipsByMemberKeys(db, keys);
      return keys.map((k) => byMember.get(k) ?? []);
    }),
  };
}
