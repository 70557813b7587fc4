/**
 * A fresh client id for a command. `crypto.randomUUID` exists only in secure contexts, so a relay served over
 * plain http on a LAN address falls back to the same 122 random bits from `getRandomValues`.
 */
export function createClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
