import type { FormState } from '../chat/settings-store.js';

/**
 * What the relay answered to a settings form: the refusal in an alert, the success in a status line. Both
 * stay in the page, empty, so assistive technology announces each new answer as it arrives.
 */
export function FormOutcome({ form }: { form: FormState }) {
  return (
    <>
      <p class="settings__error" role="alert">
        {form.error}
      </p>
      <p class="settings__notice" role="status">
        {form.notice}
      </p>
    </>
  );
}
