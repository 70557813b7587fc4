import type { TargetedSubmitEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CannedResponse } from '../../protocol/http-api.js';
import { MAX_MESSAGE_LENGTH } from '../../protocol/limits.js';
import { FormOutcome } from './form-outcome.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

/** The team's canned responses, for admins to add, edit and delete; agents insert them with `/shortcut`. */
export function CannedResponseSettings() {
  const { cannedResponses } = useModel();
  const responses = useStore(cannedResponses.$responses);
  const form = useStore(cannedResponses.$form);
  const [editing, setEditing] = useState<CannedResponse | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [text, setText] = useState('');

  useEffect(() => void cannedResponses.load(), [cannedResponses]);

  function edit(response: CannedResponse | null): void {
    setEditing(response);
    setShortcut(response?.shortcut ?? '');
    setText(response?.text ?? '');
  }

  async function submit(event: TargetedSubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const request = { shortcut: shortcut.trim().toLowerCase(), text };
    if (await cannedResponses.save(editing?.id ?? null, request)) edit(null);
  }

  return (
    <section class="settings__section" aria-labelledby="canned-title">
      <h3 id="canned-title">Canned responses</h3>
      <p>Agents insert these by typing / and the shortcut in the reply box.</p>
      <table class="settings__table">
        <caption>Canned responses</caption>
        <thead>
          <tr>
            <th scope="col">Shortcut</th>
            <th scope="col">Text</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {responses.length === 0 ? (
            <tr>
              <td colSpan={3}>No canned responses yet.</td>
            </tr>
          ) : (
            responses.map((response) => (
              <tr key={response.id}>
                <td>
                  <code>/{response.shortcut}</code>
                </td>
                <td>{response.text}</td>
                <td>
                  <button type="button" class="button button--small" onClick={() => edit(response)}>
                    Edit /{response.shortcut}
                  </button>{' '}
                  <button
                    type="button"
                    class="button button--small"
                    disabled={form.isBusy}
                    onClick={() => void cannedResponses.remove(response.id)}
                  >
                    Delete /{response.shortcut}
                  </button>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <form
        class="settings__form"
        aria-labelledby="canned-form-title"
        onSubmit={(event) => void submit(event)}
      >
        <h4 id="canned-form-title">
          {editing === null ? 'Add a canned response' : `Edit /${editing.shortcut}`}
        </h4>
        <label class="field">
          <span class="field__label">Shortcut</span>
          <input
            class="field__input"
            required
            pattern="[a-z0-9\-]{1,32}"
            maxLength={32}
            aria-describedby="canned-shortcut-hint"
            value={shortcut}
            onInput={(event) => setShortcut(event.currentTarget.value)}
          />
        </label>
        <p id="canned-shortcut-hint" class="settings__hint">
          1 to 32 lowercase letters, digits or -; typed after a /.
        </p>
        <label class="field">
          <span class="field__label">Text</span>
          <textarea
            class="field__input"
            required
            rows={3}
            maxLength={MAX_MESSAGE_LENGTH}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        <button class="button button--primary" type="submit" disabled={form.isBusy} aria-busy={form.isBusy}>
          {editing === null ? 'Add canned response' : 'Save canned response'}
        </button>
        {editing === null ? null : (
          <button type="button" class="button" onClick={() => edit(null)}>
            Cancel editing
          </button>
        )}
        <FormOutcome form={form} />
      </form>
    </section>
  );
}
