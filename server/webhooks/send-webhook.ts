import { WEBHOOK_HEADERS } from '../../protocol/webhook-events.js';
import type { ClaimedDelivery } from '../store/webhook-store.js';
import { signWebhook } from './webhook-signature.js';

/** What one attempt came to. */
export interface SendResult {
  /** The receiver's HTTP status, or null when no response came. */
  statusCode: number | null;
  /** Why no response came, or null. */
  error: string | null;
}

/** Error texts are kept to a line, for the delivery log. */
const MAX_ERROR_LENGTH = 200;

/**
 * POSTs the delivery's event to its endpoint once, signed for the moment `nowMs`. A redirect is not
 * followed (it counts as a failure), so an endpoint cannot send the relay's requests somewhere else.
 */
export async function sendWebhook(
  delivery: ClaimedDelivery,
  options: { nowMs: number; timeoutMs: number },
): Promise<SendResult> {
  const timestamp = Math.floor(options.nowMs / 1000);
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Switchboard-Webhooks/1',
        [WEBHOOK_HEADERS.deliveryId]: delivery.id,
        [WEBHOOK_HEADERS.event]: delivery.eventType,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(delivery.secret, timestamp, delivery.payload),
      },
      body: delivery.payload,
    });
    // Only the status matters: the body is not read, however large a receiver makes it.
    await response.body?.cancel().catch(() => undefined);
    return { statusCode: response.status, error: null };
  } catch (error) {
    return { statusCode: null, error: describeFailure(error) };
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return 'The receiver did not answer in time.';
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : null;
  const text = cause ?? (error instanceof Error ? error.message : String(error));
  return text.slice(0, MAX_ERROR_LENGTH);
}
