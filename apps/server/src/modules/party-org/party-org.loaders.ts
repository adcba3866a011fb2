import DataLoader from 'dataloader';
import { chinaDate } from '@wanxia/schema';
import { byKey, grouped, type LoaderScope } from '../../kernel/context';
import {
  assessmentsByKeys,
  awardsByKeys,
  awardsOfMembers,
  rolesByKeys,
  rolesOfMembers,
  seatsOfTerms,
  termsByKeys,
  termsOfBranches,
} from './party-org.repository';
import type {
  BranchAssessment,
  CommitteeSeat,
  CommitteeTerm,
  MedalAward,
  RepresentativeRole,
} from './party-org.types';

export type PartyOrgLoaders = ReturnType<typeof partyOrgLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends PartyOrgLoaders {}
}

export function partyOrgLoaders({ db, reach, actor }: LoaderScope) {
  const today = chinaDate(actor.now);
  return {
    committeeTerm: new DataLoader<number, CommitteeTerm | null>(async (keys) =>
      byKey(keys, await termsByKeys(db, reach, today, keys)),
    ),
    /** Each branch's elections, latest first (of branches already in reach). */
    committeeTermsOfBranch: new DataLoader<number, CommitteeTerm[]>(async (keys) =>
      grouped(keys, await termsOfBranches(db, today, keys), (t) => t.branchId),
    ),
    /** Each term's seats (of terms already in reach). */
    seatsOfTerm: new DataLoader<number, CommitteeSeat[]>(async (keys) =>
      grouped(keys, await seatsOfTerms(db, keys), (s) => s.termId),
    ),
    branchAssessment: new DataLoader<number, BranchAssessment | null>(async (keys) =>
      byKey(keys, await assessmentsByKeys(db, reach, keys)),
    ),
    representativeRole: new DataLoader<number, RepresentativeRole | null>(async (keys) =>
      byKey(keys, await rolesByKeys(db, reach, keys)),
    ),
    /** Each member's representative roles (of members already in reach). */
    representativeRolesOfMember: new DataLoader<number, RepresentativeRole[]>(async (keys) =>
      grouped(keys, await rolesOfMembers(db, keys), (r) => r.memberId),
    ),
    medalAward: new DataLoader<number, MedalAward | null>(async (keys) =>
      byKey(keys, await awardsByKeys(db, reach, keys)),
    ),
    /** Each member's medals (of members already in reach). */
    medalAwardsOfMember: new DataLoader<number, MedalAward[]>(async (keys) =>
      grouped(keys, await awardsOfMembers(db, keys), (a) => a.memberId),
    ),
  };
}
