import type { Logger } from '../logger.js';
import { createPeriodicTask } from '../periodic-task.js';
import type { Store } from '../store/store.js';
import type { ClaimedDelivery, DeliveryOutcome } from '../store/webhook-store.js';
import { retryDelayMs, type WebhookPolicy } from './webhook-policy.js';
import { sendWebhook } from './send-webhook.js';

/** The most deliveries one process attempts at once. */
const DELIVERIES_PER_ROUND = 20;

export interface WebhookDispatcherOptions {
  store: Store;
  /** This relay process's id: the owner of the leases it takes. */
  nodeId: string;
  policy: WebhookPolicy;
  now: () => number;
  /** In [0, 1): the jitter of retry delays. */
  random: () => number;
  logger: Logger;
}

export interface WebhookDispatcher {
  /** Leases the deliveries due now and attempts each once; resolves with how many, once all are recorded. */
  dispatchDue(): Promise<number>;
  /** Dispatches every `pollIntervalMs` until stopped. */
  start(): void;
  /** Stops dispatching and waits for attempts under way. */
  stop(): Promise<void>;
}

/**
 * Carries out the webhook outbox that commits fill. Every relay process runs one: each round, it leases the
 * due deliveries (a compare-and-set per delivery, so no two processes hold the same one), POSTs each once,
 * then records the attempt and marks the delivery delivered (a 2xx answer), schedules a retry with backoff,
 * or marks it failed after the last attempt. A process that dies mid-attempt leaves its lease to run out,
 * and another process attempts the delivery again: delivery is at least once, with the same delivery id on
 * every attempt.
 */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { store, nodeId, policy, now, random, logger } = options;

  async function attempt(delivery: ClaimedDelivery): Promise<void> {
    const at = now();
    const { statusCode, error } = await sendWebhook(delivery, { nowMs: at, timeoutMs: policy.timeoutMs });
    const number = delivery.attempts + 1;
    const isDelivered = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const outcome: DeliveryOutcome = isDelivered
      ? { status: 'delivered' }
      : number >= policy.maxAttempts
        ? { status: 'failed' }
        : { status: 'pending', nextAttemptAt: now() + retryDelayMs(number, policy, random) };
    const isRecorded = await store.recordDeliveryAttempt({
      deliveryId: delivery.id,
      nodeId,
      attempt: { number, at, durationMs: now() - at, statusCode, error },
      outcome,
    });
    const fields = { deliveryId: delivery.id, endpointId: delivery.endpointId, attempt: number, statusCode };
    // Its lease went to another process, which attempts the delivery again, or the delivery was deleted.
    if (!isRecorded) logger.warn('webhook attempt not recorded', fields);
    else if (outcome.status === 'failed')
      logger.warn('webhook delivery failed for good', { ...fields, error });
    else if (outcome.status === 'pending')
      logger.info('webhook attempt failed, retry scheduled', { ...fields, error });
  }

  async function dispatchDue(): Promise<number> {
    const due = await store.claimDueDeliveries({
      nodeId,
      now: now(),
      leaseMs: policy.leaseMs,
      limit: DELIVERIES_PER_ROUND,
    });
    // One failure to record must not cut the others short; its lease runs out and it is attempted again.
    const results = await Promise.allSettled(due.map(attempt));
    for (const result of results) {
      if (result.status === 'rejected')
        logger.error('webhook attempt failed to record', { error: String(result.reason) });
    }
    return due.length;
  }

  let isStopped = false;
  const loop = createPeriodicTask(
    'webhook dispatch',
    async () => {
      // A full round suggests more are due: carry on at once rather than after the interval, unless the
      // process is stopping.
      for (;;) {
        if ((await dispatchDue()) < DELIVERIES_PER_ROUND || isStopped) return;
      }
    },
    { intervalMs: policy.pollIntervalMs, logger },
  );

  return {
    dispatchDue,
    start: () => loop.start(policy.pollIntervalMs),
    async stop() {
      isStopped = true;
      await loop.stop();
    },
  };
}
