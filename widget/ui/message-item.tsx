import type { PendingMessage } from '../chat/outbox.js';
import type { ShownSource, TimelineItem } from '../chat/timeline.js';

export interface MessageActions {
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}

function Sources({ sources }: { sources: ShownSource[] }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources">
      {sources.map((source, index) => (
        <li key={index}>
          Source:{' '}
          {source.href === null ? (
            source.title
          ) : (
            <a href={source.href} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

/** An agent's initials in a circle; decorative, as their name is always beside it. */
function Avatar({ initials }: { initials: string }) {
  return (
    <span class="avatar" aria-hidden="true">
      {initials}
    </span>
  );
}

function PendingNote({ pending, actions }: { pending: PendingMessage; actions: MessageActions }) {
  if (pending.status !== 'failed') return <p class="note">Sending…</p>;
  return (
    <div class="note note-error">
      <p>Not sent: {pending.error}</p>
      <button type="button" class="text-button" onClick={() => actions.onRetry(pending.clientId)}>
        Retry
      </button>
      <button type="button" class="text-button" onClick={() => actions.onDiscard(pending.clientId)}>
        Remove
      </button>
    </div>
  );
}

/** One line of the conversation, with who said it. All text is rendered as text, never as markup. */
export function MessageItem({ item, actions }: { item: TimelineItem; actions: MessageActions }) {
  switch (item.speaker) {
    case 'visitor':
      return (
        <div class={item.pending === null ? 'msg msg-visitor' : 'msg msg-visitor is-pending'}>
          <p class="who">You</p>
          <p class="bubble">{item.text}</p>
          {item.pending !== null && <PendingNote pending={item.pending} actions={actions} />}
        </div>
      );
    case 'assistant':
      return (
        <div class="msg msg-others">
          <p class="who">Assistant</p>
          <p class="bubble">{item.text}</p>
          <Sources sources={item.sources} />
        </div>
      );
    case 'agent':
      return (
        <div class="msg msg-others">
          <p class="who">
            <Avatar initials={item.initials} />
            {item.agentName}
          </p>
          <p class="bubble">{item.text}</p>
        </div>
      );
    case 'system':
      return (
        <p class="system">
          {item.initials !== null && <Avatar initials={item.initials} />}
          {item.text}
        </p>
      );
  }
}
