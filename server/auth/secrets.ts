import { createHash, randomBytes } from 'node:crypto';

/** A new id: 128 random bits, URL-safe, 22 characters. */
export function randomId(): string {
  return randomBytes(16).toString('base64url');
}

/** A new bearer secret (a visitor token or a session token): 256 random bits, URL-safe, 43 characters. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the store keeps of a bearer secret. The secrets have 256 bits of entropy, so a fast hash is enough:
 * a leaked database cannot be turned back into working tokens.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
