import { USER_HASH_EXAMPLE } from '../chat/embed-snippet.js';
import type { DraftFieldsProps } from './branding-fields.js';
import { CopyButton } from './copy-button.js';
import { FormOutcome } from './form-outcome.js';
import { useModel } from './model-context.js';
import { SiteFieldFrame } from './site-field.js';
import { useStore } from './use-store.js';

/**
 * How the site vouches for its signed-in users: the secret its server signs user ids with, and whether an
 * identity without a valid signature is refused.
 */
export function IdentityFields({ draft, errors, edit }: DraftFieldsProps) {
  const { siteEditor } = useModel();
  const site = useStore(siteEditor.$site);
  const secretForm = useStore(siteEditor.$secretForm);
  const secret = site?.identity.secret ?? null;

  function generate(): void {
    const isConfirmed =
      secret === null ||
      window.confirm('Replace the secret? Hashes made with the current one stop verifying at once.');
    if (isConfirmed) void siteEditor.generateSecret();
  }

  return (
    <fieldset class="site-editor__group">
      <legend>Identity verification</legend>
      <p class="settings__hint">
        Your server signs each signed-in user’s id with this secret and passes the hash to{' '}
        <code>Switchboard('identify', …)</code>; agents then see the identity as verified. Keep the secret on
        your server.
      </p>
      {secret === null ? (
        <p>No secret yet.</p>
      ) : (
        <SiteFieldFrame label="Identity secret" error={undefined}>
          {(control) => (
            <div class="site-editor__secret">
              <input {...control} class="field__input site-editor__code" readOnly value={secret} />
              <CopyButton label="Copy secret" text={secret} />
            </div>
          )}
        </SiteFieldFrame>
      )}
      <div>
        <button
          type="button"
          class="button"
          disabled={secretForm.isBusy}
          aria-busy={secretForm.isBusy}
          onClick={generate}
        >
          {secret === null ? 'Generate secret' : 'Rotate secret'}
        </button>
      </div>
      <FormOutcome form={secretForm} />
      <p class="settings__hint">The hash in Node:</p>
      <pre class="site-editor__example">
        <code>{USER_HASH_EXAMPLE}</code>
      </pre>
      <label class="site-editor__check">
        <input
          type="checkbox"
          name="isIdentityRequired"
          checked={draft.isIdentityRequired}
          aria-invalid={errors.isIdentityRequired === undefined ? undefined : true}
          aria-describedby={errors.isIdentityRequired === undefined ? undefined : 'identity-required-error'}
          onChange={(event) => edit({ isIdentityRequired: event.currentTarget.checked })}
        />
        Require verified identities
      </label>
      <p class="settings__hint">
        When required, an identity without a matching hash is refused; otherwise agents see it marked “Not
        verified”.
      </p>
      {errors.isIdentityRequired === undefined ? null : (
        <p id="identity-required-error" class="field__error">
          {errors.isIdentityRequired}
        </p>
      )}
    </fieldset>
  );
}
