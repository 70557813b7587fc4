import { createHmac } from 'node:crypto';

/**
 * The header that signs each request the relay sends a bot: `t=<unix seconds>,v1=<hex HMAC-SHA256>`, the
 * HMAC keyed with the shared secret over the timestamp, a full stop and the exact body bytes. A bot that
 * recomputes it, compares in constant time and refuses old timestamps knows the request came from the relay
 * and was not replayed (see README.md in this folder).
 */
export const SIGNATURE_HEADER = 'switchboard-signature';

/** The signature header's value for `body` sent at `timestampSeconds`. */
export function signRequest(secret: string, timestampSeconds: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${digest}`;
}
