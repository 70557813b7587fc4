import type { ComponentChildren } from 'preact';
import type { ConversationSummary } from '../../protocol/conversation.js';
import { conversationTitle, describeOwner } from '../chat/describe-conversation.js';
import { describeRating } from '../chat/describe-rating.js';
import { hasOpenLead } from '../chat/inbox.js';
import { formatWaitTime } from '../chat/wait-time.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

interface InboxRowProps {
  conversation: ConversationSummary;
  myId: string | null;
  isSelected: boolean;
  onSelect(conversationId: string): void;
}

/** One conversation in the inbox: its page, its newest message, and who answers or how long it waited. */
export function InboxRow({ conversation, myId, isSelected, onSelect }: InboxRowProps) {
  const title = conversationTitle(conversation);
  const preview = conversation.preview ?? 'No messages yet';
  const isWaiting = conversation.state === 'waiting' && conversation.waitingSince !== null;
  const reason = conversation.state === 'waiting' ? (conversation.handoff?.reason ?? null) : null;
  return (
    <li class="rows__item">
      <button
        type="button"
        class={`row row--${conversation.state}`}
        aria-current={isSelected ? 'true' : undefined}
        onClick={() => onSelect(conversation.id)}
      >
        <span class="row__title">{title}</span>
        <span class="visually-hidden">, </span>
        <span class="row__preview">{preview}</span>
        <span class="visually-hidden">, </span>
        <span class="row__meta">
          {isWaiting && conversation.waitingSince !== null ? (
            <WaitTime since={conversation.waitingSince} />
          ) : (
            describeOwner(conversation, myId)
          )}
        </span>
        {reason === null ? null : <RowDetail class="row__reason">{reason}</RowDetail>}
        {conversation.lead !== null && hasOpenLead(conversation) ? (
          <RowDetail class="row__lead">Message left by {conversation.lead.email}</RowDetail>
        ) : null}
        {conversation.rating !== null && conversation.state === 'resolved' ? (
          <RowDetail class="row__rating">{describeRating(conversation.rating.score)}</RowDetail>
        ) : null}
      </button>
    </li>
  );
}

/** One more fact of the row, read after a pause by screen readers. */
function RowDetail({ class: className, children }: { class: string; children: ComponentChildren }) {
  return (
    <>
      <span class="visually-hidden">, </span>
      <span class={className}>{children}</span>
    </>
  );
}

/** How long the visitor has waited, ticking with the model's clock. */
function WaitTime({ since }: { since: number }) {
  const now = useStore(useModel().$now);
  return <span class="row__wait">{formatWaitTime(since, now)}</span>;
}
