import type { ConversationState } from '../../protocol/conversation.js';
import type { CommandRequest } from '../chat/command-request.js';

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
  if (state === 'waiting' || state === 'agent') return null;
  const isRequesting = request.status === 'sending' || request.status === 'sent';
  return (
    <div class="handoff">
      <button type="button" class="text-button" disabled={isRequesting} onClick={onRequest}>
        {isRequesting ? 'Asking for a person…' : 'Talk to a person'}
      </button>
      {request.status === 'failed' && (
        <p class="note note-error" role="alert">
          {request.error}
        </p>
      )}
    </div>
  );
}
