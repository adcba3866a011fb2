import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import type { Reach } from '../modules/auth/reach';
import type { AuditActor } from '../modules/audit/audit';
import { apiTokensByKeys } from '../modules/api-token/api-token.repository';
import type { ApiToken } from '../modules/api-token/api-token.types';
import { usersByKeys } from '../modules/user/user.repository';
import type { User } from '../modules/user/user.types';
import {
  branchesByKeys,
  firstChildPages,
  subtreeMemberCounts,
} from '../modules/branch/branch.repository';
import type { Branch, BranchOrder } from '../modules/branch/branch.types';
import type { ConnectionResult } from './connection';
import {
  membersByKeys,
  membershipsByMemberKeys,
  revealPersonalData,
} from '../modules/member/member.repository';
import type {
  BranchMembership,
  Member,
  MemberSettings,
  PersonalData,
} from '../modules/member/member.types';
import { memberSettings } from '../modules/member/member-settings';

import {
  lifeEventsByKeys,
  visitTasksByKeys,
  visitsByKeys,
  visitsByTaskKeys,
} from '../modules/visit/visit.repository';
import type { LifeEvent, Visit, VisitTask } from '../modules/visit/visit.types';

import {
  budgetsByKeys,
  disbursementsByKeys,
  disbursementsByVisitKeys,
} from '../modules/funding/funding.repository';
import type { Budget, Disbursement } from '../modules/funding/funding.types';

function byKey<T extends { key: number }>(keys: readonly number[], records: T[]): (T | null)[] {
  const map = new Map(records.map((r) => [r.key, r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Per-request batching: each relation costs one statement per request, not one per row. */
export function createLoaders(db: Database, reach: Reach, actor: AuditActor) {
  const childPageLoaders = new Map<string, DataLoader<number, ConnectionResult<Branch>>>();
  return {
    branch: new DataLoader<number, Branch | null>(async (keys) =>
      byKey(keys, await branchesByKeys(db, reach, keys)),
    ),
    member: new DataLoader<number, Member | null>(async (keys) =>
      byKey(keys, await membersByKeys(db, reach, keys)),
    ),
    subtreeMemberCount: new DataLoader<number, number>(async (keys) => {
      const counts = await subtreeMemberCounts(db, keys);
      return keys.map((k) => counts.get(k) ?? 0);
    }),
    /**
     * First pages of children, batched across parents asking with the same order, size and
     * whether the children's member counts come along.
     */
    firstChildPage(order: BranchOrder | undefined | null, limit: number, withMemberCount: boolean) {
      const id = `${order?.field}:${order?.direction}:${limit}:${withMemberCount}`;
      let loader = childPageLoaders.get(id);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const pages = await firstChildPages(db, reach, keys, order, limit, withMemberCount);
          return keys.map((k) => pages.get(k)!);
        });
        childPageLoaders.set(id, loader);
      }
      return loader;
    },
    user: new DataLoader<number, User | null>(async (keys) =>
      byKey(keys, await usersByKeys(db, keys)),
    ),
    apiToken: new DataLoader<number, ApiToken | null>(async (keys) =>
      byKey(keys, await apiTokensByKeys(db, keys)),
    ),
    /** Full personal data; each batch first writes its audit entries, then reads. */
    personalData: new DataLoader<number, PersonalData | null>(async (keys) =>
      byKey(keys, await revealPersonalData(db, reach, actor, keys)),
    ),
    visitTask: new DataLoader<number, VisitTask | null>(async (keys) =>
      byKey(keys, await visitTasksByKeys(db, reach, keys)),
    ),
    visit: new DataLoader<number, Visit | null>(async (keys) =>
      byKey(keys, await visitsByKeys(db, reach, keys)),
    ),
    /** The visit that completed each task (a task is completed by one visit at most). */
    visitOfTask: new DataLoader<number, Visit | null>(async (keys) => {
      const visits = new Map((await visitsByTaskKeys(db, reach, keys)).map((v) => [v.taskId, v]));
      return keys.map((k) => visits.get(k) ?? null);
    }),
    lifeEvent: new DataLoader<number, LifeEvent | null>(async (keys) =>
      byKey(keys, await lifeEventsByKeys(db, reach, keys)),
    ),
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

export type Loaders = ReturnType<typeof createLoaders>;
