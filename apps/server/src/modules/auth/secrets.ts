import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id (algorithm 2) with the OWASP-recommended minimum cost. */
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2ID);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the username is unknown, so both cases take as long. */
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = () =>
  (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

export type SecretKind = 'session' | 'token';
const PREFIX: Record<SecretKind, string> = { session: 'wxs_', token: 'wxt_' };

/** A new bearer secret: a recognisable prefix and 256 random bits. */
export function newSecret(kind: SecretKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export function secretKind(secret: string): SecretKind | null {
  if (secret.startsWith(PREFIX.session)) return 'session';
  if (secret.startsWith(PREFIX.token)) return 'token';
  return null;
}

/** Secrets are high-entropy, so a plain SHA-256 is enough to store them safely. */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
