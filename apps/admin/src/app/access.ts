import type { Permission } from '../gql/graphql';

/** What the signed-in person may do, computed in one place (Ant Design Pro's access.ts). */
export interface Access {
  canReadMembers: boolean;
  canWriteMembers: boolean;
  canReadPersonalData: boolean;
  canReadVisits: boolean;
  canWriteVisits: boolean;
  canReadFunding: boolean;
  canWriteFunding: boolean;
  canAdmin: boolean;
}

export type AccessKey = keyof Access;

export function computeAccess(permissions: readonly Permission[]): Access {
  const has = (p: Permission) => permissions.includes(p);
  return {
    canReadMembers: has('MEMBERS_READ'),
    canWriteMembers: has('MEMBERS_WRITE'),
    canReadPersonalData: has('PII_READ'),
    canReadVisits: has('VISITS_READ'),
    canWriteVisits: has('VISITS_WRITE'),
    canReadFunding: has('FUNDING_READ'),
    canWriteFunding: has('FUNDING_WRITE'),
    canAdmin: has('ADMIN'),
  };
}
