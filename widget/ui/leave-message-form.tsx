import type { TargetedEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { MAX_MESSAGE_LENGTH } from '../../protocol/limits.js';
import type { CommandRequest } from '../chat/command-request.js';
import { emailProblem, MAX_EMAIL_LENGTH } from '../chat/email-shape.js';
import { FormStatus } from './form-status.js';
import { useMessages } from './use-messages.js';

export interface LeaveMessageFormProps {
  request: CommandRequest;
  onLeave: (email: string, text: string) => void;
}

/** Leaves a message for the team to answer by email, while nobody can chat: an email address and the text. */
export function LeaveMessageForm({ request, onLeave }: LeaveMessageFormProps) {
  const [email, setEmail] = useState('');
  const [text, setText] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const t = useMessages();
  const isBusy = request.status === 'sending' || request.status === 'sent';

  const submit = (event: TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const nextEmailError = emailProblem(email, t);
    const nextTextError = text.trim() === '' ? t.writeQuestion : null;
    setEmailError(nextEmailError);
    setTextError(nextTextError);
    if (nextEmailError !== null) emailRef.current?.focus();
    else if (nextTextError !== null) textRef.current?.focus();
    else onLeave(email.trim(), text);
  };

  return (
    // The browser's own email check would speak before ours, in its words: ours says what to type.
    <form class="form" noValidate onSubmit={submit}>
      <p class="form-title">{t.leaveMessageTitle}</p>
      <label class="form-label">
        {t.email}
        <input
          ref={emailRef}
          class="field"
          type="email"
          autocomplete="email"
          maxLength={MAX_EMAIL_LENGTH}
          value={email}
          aria-invalid={emailError !== null}
          aria-describedby={emailError === null ? undefined : 'sb-email-error'}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
      </label>
      {emailError !== null && (
        <p id="sb-email-error" class="note note-error">
          {emailError}
        </p>
      )}
      <label class="form-label">
        {t.yourQuestion}
        <textarea
          ref={textRef}
          class="field"
          rows={3}
          maxLength={MAX_MESSAGE_LENGTH}
          value={text}
          aria-invalid={textError !== null}
          aria-describedby={textError === null ? undefined : 'sb-text-error'}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      {textError !== null && (
        <p id="sb-text-error" class="note note-error">
          {textError}
        </p>
      )}
      <FormStatus isBusy={isBusy} error={request.error} />
      <button type="submit" class="send">
        {t.leaveMessage}
      </button>
    </form>
  );
}
