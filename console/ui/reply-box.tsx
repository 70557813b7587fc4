import type { RefObject, TargetedKeyboardEvent, TargetedSubmitEvent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CannedResponse } from '../../protocol/http-api.js';
import { MAX_MESSAGE_LENGTH, MAX_NOTE_LENGTH } from '../../protocol/limits.js';
import { insertCannedResponse, matchCannedResponses, shortcutQuery } from '../chat/canned-match.js';
import type { PendingKind } from '../chat/outbox.js';
import { CannedSuggestions, SUGGESTIONS_ID, suggestionId } from './canned-suggestions.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

interface ReplyBoxProps {
  conversationId: string;
  /** True when the signed-in agent owns the conversation. */
  canReply: boolean;
  /** Queues the text as a reply or a private note; false when it cannot be sent (blank or too long). */
  onSend(text: string, kind: PendingKind): boolean;
  /** The text box, for the view to focus after a take-over. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

const MODES: ReadonlyArray<{ kind: PendingKind; label: string }> = [
  { kind: 'message', label: 'Reply' },
  { kind: 'note', label: 'Private note' },
];

/**
 * The agent's reply, or a private note for agents (any agent, in any state). Enter sends, Shift+Enter starts
 * a new line; typing `/` and letters suggests canned responses. While the owner types a reply, the visitor
 * is told that they are typing, never what.
 */
export function ReplyBox({ conversationId, canReply, onSend, inputRef }: ReplyBoxProps) {
  const model = useModel();
  const cannedResponses = useStore(model.cannedResponses.$responses);
  const typing = useMemo(() => model.createTypingSender(conversationId), [model, conversationId]);
  const [kind, setKind] = useState<PendingKind>('message');
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [activeIndex, setActiveIndex] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  useEffect(() => typing.stopped, [typing]);

  const isNote = kind === 'note';
  const isEnabled = isNote || canReply;
  const query = shortcutQuery(text, caret);
  const suggestions =
    query === null || query.start === dismissedAt ? [] : matchCannedResponses(cannedResponses, query.query);
  const isListShown = isEnabled && suggestions.length > 0;
  const active = Math.min(activeIndex, suggestions.length - 1);

  function update(draft: string, at: number): void {
    setText(draft);
    setCaret(at);
    setActiveIndex(0);
    if (!isNote && canReply) typing.typed();
  }

  function pick(response: CannedResponse): void {
    if (query === null) return;
    const inserted = insertCannedResponse(text, query.start, caret, response.text);
    update(inserted.draft, inserted.caret);
    const input = inputRef.current;
    if (input !== null) {
      // The new value renders first; then the caret goes after the inserted text.
      requestAnimationFrame(() => input.setSelectionRange(inserted.caret, inserted.caret));
      input.focus();
    }
  }

  function send(): void {
    if (!isEnabled || !onSend(text, kind)) return;
    setText('');
    setCaret(0);
    typing.stopped();
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLTextAreaElement>): void {
    if (isListShown && !event.isComposing) {
      const chosen = suggestions[active];
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((active + step + suggestions.length) % suggestions.length);
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && chosen !== undefined) {
        event.preventDefault();
        pick(chosen);
        return;
      }
      if (event.key === 'Escape' && query !== null) {
        event.preventDefault();
        setDismissedAt(query.start);
        return;
      }
    }
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  }

  function onSubmit(event: TargetedSubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    send();
  }

  const placeholder = isNote
    ? 'Write a note for your team; the visitor never sees it…'
    : canReply
      ? 'Write a reply… (type / for canned responses)'
      : 'Take over the conversation to reply.';

  return (
    <form class={isNote ? 'reply reply--note' : 'reply'} onSubmit={onSubmit}>
      <fieldset class="reply__modes">
        <legend class="visually-hidden">Write a</legend>
        {MODES.map((mode) => (
          <label key={mode.kind} class="reply__mode">
            <input
              type="radio"
              name="reply-mode"
              value={mode.kind}
              checked={kind === mode.kind}
              onChange={() => {
                typing.stopped();
                setKind(mode.kind);
              }}
            />{' '}
            {mode.label}
          </label>
        ))}
      </fieldset>
      <label class="visually-hidden" for="reply-message">
        {isNote ? 'Private note' : 'Message'}
      </label>
      <textarea
        id="reply-message"
        ref={inputRef}
        class="reply__input"
        rows={3}
        // A textarea can only be a textbox; ARIA lets a textbox own its suggestions' listbox this way.
        aria-autocomplete="list"
        aria-controls={isListShown ? SUGGESTIONS_ID : undefined}
        aria-activedescendant={isListShown ? suggestionId(active) : undefined}
        maxLength={isNote ? MAX_NOTE_LENGTH : MAX_MESSAGE_LENGTH}
        placeholder={placeholder}
        aria-describedby="reply-hint"
        disabled={!isEnabled}
        value={text}
        onInput={(event) => update(event.currentTarget.value, event.currentTarget.selectionStart)}
        onKeyUp={(event) => setCaret(event.currentTarget.selectionStart)}
        onClick={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={typing.stopped}
      />
      {isListShown ? (
        <CannedSuggestions suggestions={suggestions} activeIndex={active} onPick={pick} />
      ) : null}
      <div class="reply__bar">
        <p id="reply-hint" class="reply__hint">
          {isEnabled
            ? 'Enter sends, Shift+Enter adds a line, / suggests canned responses.'
            : 'Only the agent who took over can reply; anyone can add a private note.'}
        </p>
        <button type="submit" class="button button--primary" disabled={!isEnabled}>
          {isNote ? 'Add note' : 'Send'}
        </button>
      </div>
    </form>
  );
}
