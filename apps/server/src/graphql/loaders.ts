import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import { branchesByKeys, subtreeMemberCounts } from '../modules/branch/branch.repository';
import type { Branch } from '../modules/branch/branch.types';
import { membersByKeys, membershipsByMemberKeys } from '../modules/member/member.repository';
import type { BranchMembership, Member } from '../modules/member/member.types';

function byKey<T extends { key: number }>(keys: readonly number[], records: T[]): (T | null)[] {
  const map = new Map(records.map((r) => [r.key, r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Per-request batching: each relation costs one statement per request, not one per row. */
export function createLoaders(db: Database) {
  return {
    branch: new DataLoader<number, Branch | null>(async (keys) =>
      byKey(keys, await branchesByKeys(db, keys)),
    ),
    member: new DataLoader<number, Member | null>(async (keys) =>
      byKey(keys, await membersByKeys(db, keys)),
    ),
    subtreeMemberCount: new DataLoader<number, number>(async (keys) => {
      const counts = await subtreeMemberCounts(db, keys);
      return keys.map((k) => counts.get(k) ?? 0);
    }),
    memberships: new DataLoader<number, BranchMembership[]>(async (keys) => {
      const byMember = await membershipsByMemberKeys(db, keys);
      return keys.map((k) => byMember.get(k) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
