import { useMessages } from './use-messages.js';

/** Under a form: "Sending…" while its command is on its way, or why it was refused, announced at once. */
export function FormStatus({ isBusy, error }: { isBusy: boolean; error: string | null }) {
  const t = useMessages();
  if (error !== null) {
    return (
      <p class="note note-error" role="alert">
        {error}
      </p>
    );
  }
  return isBusy ? <p class="note">{t.sending}</p> : null;
}
