import type { PendingMessage, PendingStatus } from '../chat/outbox.js';

const STATUS_TEXT: Record<PendingStatus, string> = {
  sending: 'Sending…',
  unsent: 'Not sent yet: waiting for the connection',
  sent: 'Sent',
  failed: 'Not sent',
};

interface PendingViewProps {
  message: PendingMessage;
  onRetry(clientId: string): void;
  onDiscard(clientId: string): void;
}

/** A message of the agent's whose committed entry has not arrived; one not delivered can be retried. */
export function PendingView({ message, onRetry, onDiscard }: PendingViewProps) {
  const isFailed = message.status === 'failed';
  const canRetry = isFailed || message.status === 'unsent';
  return (
    <div
      class={`bubble bubble--${message.kind === 'note' ? 'note' : 'agent'} bubble--pending${isFailed ? ' bubble--failed' : ''}`}
    >
      <p class="bubble__meta">
        <span class="bubble__author">{message.kind === 'note' ? 'Your private note' : 'You'}</span>{' '}
        <span class="bubble__status">{STATUS_TEXT[message.status]}</span>
        {isFailed && message.error !== null ? <span class="bubble__error">: {message.error}</span> : null}
      </p>
      <p class="bubble__text">{message.text}</p>
      {canRetry ? (
        <p class="bubble__actions">
          <button type="button" class="button button--small" onClick={() => onRetry(message.clientId)}>
            Retry sending
          </button>
          <button type="button" class="button button--small" onClick={() => onDiscard(message.clientId)}>
            Discard message
          </button>
        </p>
      ) : null}
    </div>
  );
}
