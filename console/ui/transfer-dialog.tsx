import type { TargetedSubmitEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { AgentPresence } from '../../protocol/agent-events.js';
import { MAX_NOTE_LENGTH } from '../../protocol/limits.js';
import { transferTargets } from '../chat/transfer-targets.js';
import { ModalDialog } from './modal-dialog.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

interface TransferDialogProps {
  onClose(): void;
}

function describeLoad(load: number): string {
  return load === 1 ? '1 conversation' : `${load} conversations`;
}

/** Passes the open conversation to an online teammate, with an optional note only agents read. */
export function TransferDialog({ onClose }: TransferDialogProps) {
  const model = useModel();
  const team = useStore(model.$team);
  const myId = useStore(model.$myId);
  const targets = transferTargets(team, myId);
  const [toAgentId, setToAgentId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: TargetedSubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (toAgentId === null) return setError('Choose a teammate to transfer to.');
    setIsBusy(true);
    const refusal = await model.conversation.transfer(toAgentId, note.trim() === '' ? null : note.trim());
    setIsBusy(false);
    if (refusal === null) onClose();
    else setError(refusal);
  }

  return (
    <ModalDialog title="Transfer conversation" onClose={onClose}>
      <form class="dialog__form" onSubmit={(event) => void submit(event)}>
        {targets.length === 0 ? (
          <p>No teammate is online to take the conversation.</p>
        ) : (
          <fieldset class="field">
            <legend class="field__label">Teammate</legend>
            {targets.map((agent: AgentPresence) => (
              <label key={agent.id} class="choice">
                <input
                  type="radio"
                  name="transfer-to"
                  value={agent.id}
                  checked={toAgentId === agent.id}
                  onChange={() => setToAgentId(agent.id)}
                />{' '}
                {agent.name} <span class="choice__hint">({describeLoad(agent.load)})</span>
              </label>
            ))}
          </fieldset>
        )}
        <label class="field">
          <span class="field__label">Note for your teammate (optional)</span>
          <textarea
            class="field__input"
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </label>
        <p class="settings__error" role="alert">
          {error}
        </p>
        <button
          type="submit"
          class="button button--primary"
          disabled={targets.length === 0}
          aria-busy={isBusy}
        >
          Transfer
        </button>
      </form>
    </ModalDialog>
  );
}
