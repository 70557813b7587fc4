/** Under a form: "Sending…" while its command is on its way, or why it was refused, announced at once. */
export function FormStatus({ isBusy, error }: { isBusy: boolean; error: string | null }) {
  if (error !== null) {
    return (
      <p class="note note-error" role="alert">
        {error}
      </p>
    );
  }
  return isBusy ? <p class="note">Sending…</p> : null;
}
