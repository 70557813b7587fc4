/**
 * The store port's part for outbound webhooks: sites' endpoints, and the outbox of deliveries that any relay
 * process may carry out. Deliveries are enqueued by `Store.commit` itself, in the transaction that commits
 * the entries they report, so an acknowledged entry's events can never be lost.
 */
import type {
  UpdateWebhookRequest,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
} from '../../protocol/http-api.js';
import type { WebhookEventType } from '../../protocol/webhook-events.js';

/** A delivery one relay process has leased and may now attempt. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  url: string;
  secret: string;
  eventType: WebhookEventType;
  /** The event as JSON: the exact body to send. */
  payload: string;
  /** Attempts made before this one. */
  attempts: number;
}

/** Where a delivery stands after an attempt. */
export type DeliveryOutcome =
  | { status: 'delivered' }
  /** Attempt again at `nextAttemptAt`, in ms since the Unix epoch. */
  | { status: 'pending'; nextAttemptAt: number }
  /** No attempt is left. */
  | { status: 'failed' };

export interface WebhookStore {
  /** Adds an endpoint with the secret the relay generated for it. */
  createWebhookEndpoint(endpoint: WebhookEndpoint & { secret: string }): Promise<void>;
  /** The site's endpoints, oldest first. */
  listWebhookEndpoints(siteId: string): Promise<WebhookEndpoint[]>;
  /** The endpoint's signing secret, if the site has that endpoint. */
  findWebhookSecret(siteId: string, endpointId: string): Promise<string | null>;
  /** Changes the given fields; null when the site has no such endpoint. */
  updateWebhookEndpoint(
    siteId: string,
    endpointId: string,
    changes: UpdateWebhookRequest,
  ): Promise<WebhookEndpoint | null>;
  /** Deletes the endpoint with its deliveries and their attempts; false when the site has no such endpoint. */
  deleteWebhookEndpoint(siteId: string, endpointId: string): Promise<boolean>;

  /**
   * Leases up to `limit` pending deliveries that are due at `now` and whose endpoint is enabled, to
   * `nodeId` until `now + leaseMs`. Each lease is a compare-and-set on the row, so of several processes
   * claiming at once exactly one gets each delivery; a lease that expires (its process died) can be claimed
   * again.
   */
  claimDueDeliveries(claim: {
    nodeId: string;
    now: number;
    leaseMs: number;
    limit: number;
  }): Promise<ClaimedDelivery[]>;
  /**
   * Records an attempt and the delivery's new status, and releases the lease, if `nodeId` still holds it.
   * Returns false, recording nothing, when the lease went to another process or the delivery was deleted.
   */
  recordDeliveryAttempt(record: {
    deliveryId: string;
    nodeId: string;
    attempt: WebhookAttempt;
    outcome: DeliveryOutcome;
  }): Promise<boolean>;
  /** The site's `limit` most recent deliveries, newest first, each with its attempts. */
  listWebhookDeliveries(siteId: string, limit: number): Promise<WebhookDelivery[]>;
}
