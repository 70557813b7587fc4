import type { ConversationState } from '../../protocol/conversation.js';
import type { CommandRequest } from '../chat/command-request.js';
import { useMessages } from './use-messages.js';

export interface HandoffButtonProps {
  state: ConversationState | null;
  request: CommandRequest;
  onRequest: () => void;
}

/**
 * "Talk to a person". Hidden while the visitor is waiting for or talking with a person: the status line under
 * the assistant's name says which.
 */
export function HandoffButton({ state, request, onRequest }: HandoffButtonProps) {
  const t = useMessages();
  if (state === 'waiting' || state === 'agent') return null;
  const isRequesting = request.status === 'sending' || request.status === 'sent';
  return (
    <div class="handoff">
      <button type="button" class="text-button" disabled={isRequesting} onClick={onRequest}>
        {isRequesting ? t.askingForPerson : t.talkToPerson}
      </button>
      {request.status === 'failed' && (
        <p class="note note-error" role="alert">
          {request.error}
        </p>
      )}
    </div>
  );
}
