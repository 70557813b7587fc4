import type { WebhookDelivery } from '../../protocol/http-api.js';
import { WEBHOOK_EVENT_LABELS } from '../chat/webhook-event-labels.js';
import { formatDateTime } from './format-time.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

const STATUS_LABELS: Record<WebhookDelivery['status'], string> = {
  pending: 'Pending',
  delivered: 'Delivered',
  failed: 'Failed',
};

/** Each attempt as "500", "200" or the reason no answer came. */
function describeAttempts(delivery: WebhookDelivery): string {
  if (delivery.attempts.length === 0) return 'none yet';
  return delivery.attempts
    .map((attempt) => `${attempt.number}: ${attempt.statusCode ?? attempt.error ?? 'no answer'}`)
    .join('; ');
}

/** The site's most recent webhook deliveries, read again every few seconds while shown. */
export function DeliveryLog() {
  const { webhooks } = useModel();
  const deliveries = useStore(webhooks.$deliveries);
  return (
    <section class="settings__section" aria-labelledby="delivery-log-title">
      <div class="settings__heading">
        <h3 id="delivery-log-title">Delivery log</h3>
        <button type="button" class="button button--small" onClick={() => void webhooks.refreshDeliveries()}>
          Refresh
        </button>
      </div>
      <table class="settings__table">
        <caption class="visually-hidden">Webhook deliveries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">Endpoint</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.length === 0 ? (
            <tr>
              <td colSpan={5}>No deliveries yet.</td>
            </tr>
          ) : (
            deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td>{formatDateTime(delivery.createdAt)}</td>
                <td>{WEBHOOK_EVENT_LABELS[delivery.eventType]}</td>
                <td class="settings__url">{delivery.endpointUrl}</td>
                <td class={`delivery delivery--${delivery.status}`}>
                  {STATUS_LABELS[delivery.status]}
                  {delivery.nextAttemptAt === null
                    ? null
                    : `, next attempt ${formatDateTime(delivery.nextAttemptAt)}`}
                </td>
                <td>{describeAttempts(delivery)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
