import type { RefObject, TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MAX_MESSAGE_LENGTH } from '../../protocol/limits.js';
import { useMessages } from './use-messages.js';

export interface ComposerProps {
  onSend: (text: string) => void;
  /** A keystroke in the field; only the fact is passed on, never the draft. */
  onTyping: () => void;
  /** The field lost focus: the visitor is no longer typing. */
  onStopTyping: () => void;
  /** Moves focus to the message field each time it turns true (the panel opened). */
  shouldFocus: boolean;
  /** The message field, for the panel to move focus to. */
  fieldRef: RefObject<HTMLTextAreaElement | null>;
}

/** The message field and Send button. Enter sends; Shift+Enter starts a new line. */
export function Composer({ onSend, onTyping, onStopTyping, shouldFocus, fieldRef }: ComposerProps) {
  const [text, setText] = useState('');
  const t = useMessages();

  useEffect(() => {
    if (shouldFocus) fieldRef.current?.focus();
  }, [shouldFocus]);

  const submit = (): void => {
    if (text.trim() === '') return;
    onSend(text);
    setText('');
    fieldRef.current?.focus();
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLTextAreaElement>): void => {
    // While an input method is composing, Enter confirms the composition instead of sending.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      class="composer"
      onSubmit={(event: TargetedEvent<HTMLFormElement>) => {
        event.preventDefault();
        submit();
      }}
    >
      <textarea
        ref={fieldRef}
        class="field"
        aria-label={t.message}
        placeholder={t.writeMessage}
        rows={2}
        maxLength={MAX_MESSAGE_LENGTH}
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          onTyping();
        }}
        onKeyDown={onKeyDown}
        onBlur={onStopTyping}
      />
      <button type="submit" class="send">
        {t.send}
      </button>
    </form>
  );
}
