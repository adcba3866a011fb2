import type { Permission, TokenListFieldsFragment } from '../../gql/graphql';

/** The permissions a token may carry (API.md): every one but ADMIN, in reading order. */
export const TOKEN_SCOPES = [
  'MEMBERS_READ',
  'MEMBERS_WRITE',
  'VISITS_READ',
  'VISITS_WRITE',
  'FUNDING_READ',
  'FUNDING_WRITE',
  'PII_READ',
] as const satisfies readonly Permission[];

export type TokenScope = (typeof TOKEN_SCOPES)[number];

export function isTokenScope(permission: Permission): permission is TokenScope {
  return (TOKEN_SCOPES as readonly Permission[]).includes(permission);
}

export type TokenRecord = TokenListFieldsFragment;
export type TokenStatus = 'active' | 'revoked' | 'expired';

/** Revoked wins over expired: it was a decision, expiry only a date. */
export function tokenStatus(token: TokenRecord, now: number = Date.now()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}
