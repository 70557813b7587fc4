import type { RefObject, TargetedKeyboardEvent, TargetedSubmitEvent } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_MESSAGE_LENGTH } from '../../protocol/limits.js';

interface ReplyBoxProps {
  /** True when the signed-in agent owns the conversation. */
  canReply: boolean;
  /** Queues the text; false when it cannot be sent (blank or too long). */
  onSend(text: string): boolean;
  /** The text box, for the view to focus after a take-over. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/** The agent's reply: Enter sends, Shift+Enter starts a new line. */
export function ReplyBox({ canReply, onSend, inputRef }: ReplyBoxProps) {
  const [text, setText] = useState('');

  function send(): void {
    if (canReply && onSend(text)) setText('');
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLTextAreaElement>): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  }

  function onSubmit(event: TargetedSubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    send();
  }

  return (
    <form class="reply" onSubmit={onSubmit}>
      <label class="visually-hidden" for="reply-message">
        Message
      </label>
      <textarea
        id="reply-message"
        ref={inputRef}
        class="reply__input"
        rows={3}
        maxLength={MAX_MESSAGE_LENGTH}
        placeholder={canReply ? 'Write a reply…' : 'Take over the conversation to reply.'}
        aria-describedby="reply-hint"
        disabled={!canReply}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="reply__bar">
        <p id="reply-hint" class="reply__hint">
          {canReply ? 'Enter sends, Shift+Enter adds a line.' : 'Only the agent who took over can reply.'}
        </p>
        <button type="submit" class="button button--primary" disabled={!canReply}>
          Send
        </button>
      </div>
    </form>
  );
}
