import type { TargetedSubmitEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { SiteSettings } from '../../protocol/http-api.js';
import { describeRetention } from '../chat/settings-store.js';
import { FormOutcome } from './form-outcome.js';
import { formatDateTime } from './format-time.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

interface RetentionSettingsProps {
  site: SiteSettings;
}

/** How long the site keeps conversations, and the record of what retention deleted. */
export function RetentionSettings({ site }: RetentionSettingsProps) {
  const { settings } = useModel();
  const form = useStore(settings.$retentionForm);
  const deletions = useStore(settings.$deletions);
  const [days, setDays] = useState(site.retentionDays === null ? '' : String(site.retentionDays));

  function submit(event: TargetedSubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    void settings.saveRetention(days.trim() === '' ? null : Number(days));
  }

  return (
    <section class="settings__section" aria-labelledby="retention-title">
      <h3 id="retention-title">Retention</h3>
      <p>{describeRetention(site.retentionDays)}</p>
      <form class="settings__form" onSubmit={submit}>
        <label class="field">
          <span class="field__label">Delete conversations after (days)</span>
          <input
            class="field__input settings__days"
            type="number"
            min={1}
            max={3650}
            step={1}
            inputMode="numeric"
            aria-describedby="retention-hint"
            value={days}
            onInput={(event) => setDays(event.currentTarget.value)}
          />
        </label>
        <p id="retention-hint" class="settings__hint">
          Counted from a conversation’s last message. Leave empty to keep conversations forever.
        </p>
        <button class="button button--primary" type="submit" disabled={form.isBusy} aria-busy={form.isBusy}>
          Save retention
        </button>
        <FormOutcome form={form} />
      </form>
      <table class="settings__table">
        <caption>Recent deletions</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Conversations</th>
            <th scope="col">Entries</th>
            <th scope="col">Webhook deliveries</th>
          </tr>
        </thead>
        <tbody>
          {deletions.length === 0 ? (
            <tr>
              <td colSpan={4}>Nothing deleted yet.</td>
            </tr>
          ) : (
            deletions.map((deletion) => (
              <tr key={deletion.id}>
                <td>{formatDateTime(deletion.at)}</td>
                <td>{deletion.conversations}</td>
                <td>{deletion.entries}</td>
                <td>{deletion.webhookDeliveries}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
