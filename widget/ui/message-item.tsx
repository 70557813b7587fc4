import type { PendingMessage } from '../chat/outbox.js';
import type { ShownSource, TimelineItem } from '../chat/timeline.js';
import { useMessages } from './use-messages.js';

export interface MessageActions {
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}

function Sources({ sources }: { sources: ShownSource[] }) {
  const t = useMessages();
  if (sources.length === 0) return null;
  return (
    <ul class="sources">
      {sources.map((source, index) => (
        <li key={index}>
          {t.source}{' '}
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
  const t = useMessages();
  if (pending.status !== 'failed') return <p class="note">{t.sending}</p>;
  return (
    <div class="note note-error">
      <p>{t.notSent(pending.error ?? '')}</p>
      <button type="button" class="text-button" onClick={() => actions.onRetry(pending.clientId)}>
        {t.retry}
      </button>
      <button type="button" class="text-button" onClick={() => actions.onDiscard(pending.clientId)}>
        {t.remove}
      </button>
    </div>
  );
}

export interface MessageItemProps {
  item: TimelineItem;
  /** Who the assistant's lines are from. */
  assistantName: string;
  actions: MessageActions;
}

/** One line of the conversation, with who said it. All text is rendered as text, never as markup. */
export function MessageItem({ item, assistantName, actions }: MessageItemProps) {
  const t = useMessages();
  switch (item.speaker) {
    case 'visitor':
      return (
        <div class={item.pending === null ? 'msg msg-visitor' : 'msg msg-visitor is-pending'}>
          <p class="who">{t.you}</p>
          <p class="bubble">{item.text}</p>
          {item.pending !== null && <PendingNote pending={item.pending} actions={actions} />}
        </div>
      );
    case 'assistant':
      return (
        <div class="msg msg-others">
          <p class="who">{assistantName}</p>
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
