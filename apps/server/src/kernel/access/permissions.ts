/** What a caller may do. API token scopes are the first seven (API.md); the rest come from roles. */
export enum Permission {
  MEMBERS_READ = 'members:read',
  MEMBERS_WRITE = 'members:write',
  VISITS_READ = 'visits:read',
  VISITS_WRITE = 'visits:write',
  FUNDING_READ = 'funding:read',
  FUNDING_WRITE = 'funding:write',
  PII_READ = 'pii:read',
  /** Bureau administration: accounts, tokens, the audit trail, the shape of the branch tree. */
  ADMIN = 'admin',
}

export const TOKEN_SCOPES = [
  Permission.MEMBERS_READ,
  Permission.MEMBERS_WRITE,
  Permission.VISITS_READ,
  Permission.VISITS_WRITE,
  Permission.FUNDING_READ,
  Permission.FUNDING_WRITE,
  Permission.PII_READ,
] as const;

export enum Role {
  /** Bureau staff: the whole county. */
  ADMIN = 'ADMIN',
  /** A branch secretary: that branch and everything below it. */
  SECRETARY = 'SECRETARY',
  /** Read-only, whole county, personal data masked. */
  VIEWER = 'VIEWER',
}

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.ADMIN]: Object.values(Permission),
  [Role.SECRETARY]: [
    Permission.MEMBERS_READ,
    Permission.MEMBERS_WRITE,
    Permission.VISITS_READ,
    Permission.VISITS_WRITE,
    Permission.FUNDING_READ,
    Permission.PII_READ,
  ],
  [Role.VIEWER]: [Permission.MEMBERS_READ, Permission.VISITS_READ, Permission.FUNDING_READ],
};

/**
 * The access a root field declares (checked by the auth checker): anyone, any signed-in
 * caller, a signed-in person (not a token), or a permission.
 */
export type Access = 'ANYONE' | 'SIGNED_IN' | 'USER' | Permission;
