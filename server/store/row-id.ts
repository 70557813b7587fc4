import { randomBytes } from 'node:crypto';

/** An id for a row the store creates itself: 128 random bits, URL-safe, like the relay's other ids. */
export function newRowId(): string {
  return randomBytes(16).toString('base64url');
}
