/**
 * A new client id for a message: a random UUID. `crypto.randomUUID` exists only in secure contexts, so a
 * console opened over plain http on a LAN address falls back to 16 random bytes from `getRandomValues`.
 */
export function createClientId(source: Crypto = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
