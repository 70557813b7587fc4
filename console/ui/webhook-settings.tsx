import type { WebhookEndpoint } from '../../protocol/http-api.js';
import { WEBHOOK_EVENT_LABELS } from '../chat/webhook-event-labels.js';
import { FormOutcome } from './form-outcome.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';
import { WebhookForm } from './webhook-form.js';

/** The site's webhook endpoints: each with its events and switches, the secret when shown, and a form to add one. */
export function WebhookSettings() {
  const { webhooks } = useModel();
  const endpoints = useStore(webhooks.$endpoints);
  const form = useStore(webhooks.$form);
  return (
    <section class="settings__section" aria-labelledby="webhooks-title">
      <h3 id="webhooks-title">Webhooks</h3>
      <p>
        The relay posts each event to these addresses as JSON, signed with the endpoint’s secret (HMAC-SHA256
        of the timestamp and the body), and retries with backoff until the receiver answers 2xx.
      </p>
      {endpoints.length === 0 ? (
        <p>No endpoints yet.</p>
      ) : (
        <ul class="endpoints" aria-label="Webhook endpoints">
          {endpoints.map((endpoint) => (
            <EndpointItem key={endpoint.id} endpoint={endpoint} isBusy={form.isBusy} />
          ))}
        </ul>
      )}
      <FormOutcome form={form} />
      <WebhookForm isBusy={form.isBusy} />
    </section>
  );
}

function EndpointItem({ endpoint, isBusy }: { endpoint: WebhookEndpoint; isBusy: boolean }) {
  const { webhooks } = useModel();
  const secret = useStore(webhooks.$secret);
  const shown = secret?.endpointId === endpoint.id ? secret : null;
  return (
    <li class="endpoint">
      <p class="endpoint__url">{endpoint.url}</p>
      <p class="endpoint__events">{endpoint.events.map((type) => WEBHOOK_EVENT_LABELS[type]).join(', ')}</p>
      <div class="endpoint__actions">
        <label class="endpoint__toggle">
          <input
            type="checkbox"
            checked={endpoint.isEnabled}
            disabled={isBusy}
            onChange={(event) => void webhooks.setEnabled(endpoint.id, event.currentTarget.checked)}
          />
          Enabled<span class="visually-hidden">: {endpoint.url}</span>
        </label>
        {shown === null ? (
          <button
            type="button"
            class="button button--small"
            aria-label={`Show the secret of ${endpoint.url}`}
            onClick={() => void webhooks.showSecret(endpoint.id)}
          >
            Show secret
          </button>
        ) : (
          <button
            type="button"
            class="button button--small"
            aria-label={`Hide the secret of ${endpoint.url}`}
            onClick={webhooks.hideSecret}
          >
            Hide secret
          </button>
        )}
        <button
          type="button"
          class="button button--small"
          aria-label={`Delete ${endpoint.url}`}
          disabled={isBusy}
          onClick={() => {
            if (window.confirm(`Delete the endpoint ${endpoint.url}? Its delivery log goes with it.`))
              void webhooks.remove(endpoint.id);
          }}
        >
          Delete
        </button>
      </div>
      {shown === null ? null : (
        <p class="endpoint__secret">
          {shown.isNew ? 'New signing secret (admins can show it again here): ' : 'Signing secret: '}
          <code aria-label={`Signing secret of ${endpoint.url}`}>{shown.secret}</code>
        </p>
      )}
    </li>
  );
}
