import { Permission, type Role } from './permissions';

interface Scoped {
  permissions: ReadonlySet<Permission>;
  /** Materialised path of the branch the caller is limited to; null when not limited to one. */
  scopePath: string | null;
  scopeBranchKey: number | null;
  /**
   * The bureau whose subtree the caller sees (the account's own, or the county of its branch):
   * key and materialised path; null for the whole province.
   */
  scopeBureauKey: number | null;
  scopeBureauPath: string | null;
}

export interface AnonymousCaller {
  kind: 'ANONYMOUS';
}

export interface UserCaller extends Scoped {
  kind: 'USER';
  userKey: number;
  username: string;
  displayName: string;
  role: Role;
  sessionKey: number;
}

export interface TokenCaller extends Scoped {
  kind: 'TOKEN';
  tokenKey: number;
  tokenName: string;
}

/** Who is asking: resolved once per request from the Authorization header. */
export type Caller = AnonymousCaller | UserCaller | TokenCaller;

export const ANONYMOUS: AnonymousCaller = { kind: 'ANONYMOUS' };

export function can(caller: Caller, permission: Permission): boolean {
  return caller.kind !== 'ANONYMOUS' && caller.permissions.has(permission);
}

/** A stable key for per-caller budgets and logs. */
export function callerKey(caller: Caller, ip: string): string {
  switch (caller.kind) {
    case 'USER':
      return `user:${caller.userKey}`;
    case 'TOKEN':
      return `token:${caller.tokenKey}`;
    case 'ANONYMOUS':
      return `ip:${ip}`;
  }
}

/** How the caller is named in the audit trail. */
export function callerLabel(caller: Caller): string {
  switch (caller.kind) {
    case 'USER':
      return `${caller.displayName} (${caller.username})`;
    case 'TOKEN':
      return `API token ${caller.tokenName}`;
    case 'ANONYMOUS':
      return 'anonymous';
  }
}

/** Whether the caller made a record that keeps its maker's account or token (four-eyes rules). */
export function isCreatedBy(
  record: { createdByUserId: number | null; createdByTokenId: number | null },
  caller: Caller,
): boolean {
  return caller.kind === 'USER'
    ? record.createdByUserId === caller.userKey
    : caller.kind === 'TOKEN' && record.createdByTokenId === caller.tokenKey;
}

export const mayReadPersonalData = (caller: Caller) => can(caller, Permission.PII_READ);
