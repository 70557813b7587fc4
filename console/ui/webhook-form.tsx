import type { TargetedSubmitEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { WebhookEventType } from '../../protocol/webhook-events.js';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from '../chat/webhook-event-labels.js';
import { useModel } from './model-context.js';

/** Adds an endpoint: its address and the events it receives (all of them unless unticked). */
export function WebhookForm({ isBusy }: { isBusy: boolean }) {
  const { webhooks } = useModel();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<ReadonlySet<WebhookEventType>>(new Set(WEBHOOK_EVENT_TYPES));

  async function submit(event: TargetedSubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const chosen = WEBHOOK_EVENT_TYPES.filter((type) => events.has(type));
    if (await webhooks.add({ url: url.trim(), events: chosen })) setUrl('');
  }

  function toggle(type: WebhookEventType, isChecked: boolean): void {
    const next = new Set(events);
    if (isChecked) next.add(type);
    else next.delete(type);
    setEvents(next);
  }

  return (
    <form class="settings__form" aria-labelledby="add-webhook-title" onSubmit={(event) => void submit(event)}>
      <h4 id="add-webhook-title">Add an endpoint</h4>
      <label class="field">
        <span class="field__label">Endpoint URL</span>
        <input
          class="field__input"
          type="url"
          required
          placeholder="https://example.com/hooks/switchboard"
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
      </label>
      <fieldset class="settings__events">
        <legend>Events</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} class="settings__event">
            <input
              type="checkbox"
              checked={events.has(type)}
              onChange={(event) => toggle(type, event.currentTarget.checked)}
            />
            {WEBHOOK_EVENT_LABELS[type]} <code>{type}</code>
          </label>
        ))}
      </fieldset>
      <button
        class="button button--primary"
        type="submit"
        disabled={isBusy || events.size === 0}
        aria-busy={isBusy}
      >
        Add endpoint
      </button>
    </form>
  );
}
