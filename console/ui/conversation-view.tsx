import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ConversationSummary } from '../../protocol/conversation.js';
import type { OpenConversation } from '../chat/conversation-store.js';
import { conversationRights, conversationTitle, describeOwner } from '../chat/describe-conversation.js';
import { timelineItems } from '../chat/timeline.js';
import { ConversationActions } from './conversation-actions.js';
import { HandoffCard } from './handoff-card.js';
import { TransferDialog } from './transfer-dialog.js';
import { useModel } from './model-context.js';
import { ReplyBox } from './reply-box.js';
import { TimelineLog } from './timeline-log.js';
import { TranscriptDownload } from './transcript-download.js';
import { useStore } from './use-store.js';

/** Below this width the inbox hides while a conversation is open, so focus moves to the conversation. */
const NARROW_QUERY = '(max-width: 720px)';

interface ConversationViewProps {
  open: OpenConversation;
  /** The conversation's summary; undefined until the relay has answered the open. */
  summary: ConversationSummary | undefined;
}

/** The open conversation: who answers, the commands, the whole timeline and the reply box. */
export function ConversationView({ open, summary }: ConversationViewProps) {
  const model = useModel();
  const myId = useStore(model.$myId);
  const connection = useStore(model.$connection);
  const pending = useStore(model.conversation.outbox.$pending);
  const dialog = useStore(model.shortcuts.$dialog);
  const isVisitorTyping = useStore(model.visitorTyping.$isTyping);
  const heading = useRef<HTMLHeadingElement>(null);
  const replyInput = useRef<HTMLTextAreaElement>(null);
  /** Set by a take-over, so the reply box takes the focus once the conversation is the agent's. */
  const isAwaitingClaim = useRef(false);
  const items = useMemo(() => timelineItems(open.timeline, pending), [open.timeline, pending]);

  useEffect(() => {
    isAwaitingClaim.current = false;
    if (window.matchMedia(NARROW_QUERY).matches) heading.current?.focus();
  }, [open.id]);

  const rights = summary === undefined ? null : conversationRights(summary, myId);
  const canReply = rights?.canReply ?? false;
  const canTransfer = (rights?.canHandBack ?? false) && connection.status === 'connected';

  useEffect(() => {
    if (!canReply || !isAwaitingClaim.current) return;
    isAwaitingClaim.current = false;
    replyInput.current?.focus();
  }, [canReply]);
  const owner =
    summary === undefined
      ? 'Loading…'
      : open.isClaimRefused && summary.state !== 'agent'
        ? 'Taken by another agent'
        : describeOwner(summary, myId);

  return (
    <article class="conversation" aria-labelledby="conversation-title">
      <header class="conversation__header">
        <button
          type="button"
          class="button button--ghost conversation__back"
          onClick={model.conversation.deselect}
        >
          Back to inbox
        </button>
        <div class="conversation__heading">
          <h2 id="conversation-title" class="conversation__title" tabIndex={-1} ref={heading}>
            {summary === undefined ? 'Conversation' : conversationTitle(summary)}
          </h2>
          <p class={`owner owner--${summary?.state ?? 'loading'}`}>{owner}</p>
        </div>
        <ConversationActions
          rights={rights}
          isOnline={connection.status === 'connected'}
          busyCommand={open.busyCommand}
          onCommand={(name) => {
            isAwaitingClaim.current = name === 'conversation:claim';
            void model.conversation.command(name);
          }}
        />
        <button
          type="button"
          class="button"
          aria-disabled={!canTransfer}
          aria-haspopup="dialog"
          onClick={() => {
            if (canTransfer) model.shortcuts.openDialog('transfer');
          }}
        >
          Transfer
        </button>
        <TranscriptDownload conversationId={open.id} />
      </header>
      {summary === undefined ? null : <HandoffCard conversation={summary} entries={open.timeline.entries} />}
      <div class="alert" role="alert">
        {open.alert}
      </div>
      <TimelineLog
        items={items}
        myId={myId}
        isLoading={open.isLoading}
        onRetry={model.conversation.outbox.retry}
        onDiscard={model.conversation.outbox.discard}
      />
      <p class="typing" role="status">
        {isVisitorTyping ? 'Visitor is typing…' : ''}
      </p>
      <ReplyBox
        key={open.id}
        conversationId={open.id}
        canReply={canReply}
        inputRef={replyInput}
        onSend={(text, kind) => model.conversation.outbox.send(open.id, text, kind)}
      />
      {dialog === 'transfer' && canTransfer ? <TransferDialog onClose={model.shortcuts.closeDialog} /> : null}
    </article>
  );
}
