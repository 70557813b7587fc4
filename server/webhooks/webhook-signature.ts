import { createHmac } from 'node:crypto';

/**
 * The `Switchboard-Signature` of a delivery: `v1=` and the hex HMAC-SHA256, keyed with the endpoint's
 * secret, of the timestamp (whole seconds since the Unix epoch), a dot, and the raw body. Signing the
 * timestamp with the body lets a receiver refuse a captured request replayed later.
 */
export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `v1=${digest}`;
}
