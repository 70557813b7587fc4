import type { TargetedSubmitEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { MAX_ALLOWED_ORIGINS } from '../../protocol/sites.js';
import { focusField, SiteFieldFrame } from './site-field.js';
import { ModalDialog } from './modal-dialog.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

/** The form that adds a site: its id (which goes into the snippet), its name and the origins that embed it. */
export function AddSiteDialog({ onClose }: { onClose(): void }) {
  const { siteCreation } = useModel();
  const form = useStore(siteCreation.$form);
  const errors = useStore(siteCreation.$errors);
  const formElement = useRef<HTMLFormElement>(null);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [origins, setOrigins] = useState('');

  async function submit(event: TargetedSubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const outcome = await siteCreation.create({ id, name, allowedOrigins: origins });
    if (outcome.isSaved) onClose();
    else focusField(formElement.current, outcome.field);
  }

  function cancel(): void {
    siteCreation.reset();
    onClose();
  }

  return (
    <ModalDialog title="Add a site" onClose={cancel}>
      <form
        ref={formElement}
        class="settings__form"
        aria-label="Add a site"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <SiteFieldFrame
          label="Site id"
          name="id"
          error={errors.id}
          hint="Lowercase letters, digits and hyphens; it goes into the snippet and cannot change."
        >
          {(control) => (
            <input
              {...control}
              class="field__input"
              required
              maxLength={64}
              autoComplete="off"
              spellcheck={false}
              value={id}
              onInput={(event) => setId(event.currentTarget.value)}
            />
          )}
        </SiteFieldFrame>
        <SiteFieldFrame label="Name" name="name" error={errors.name}>
          {(control) => (
            <input
              {...control}
              class="field__input"
              required
              maxLength={80}
              autoComplete="off"
              value={name}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          )}
        </SiteFieldFrame>
        <SiteFieldFrame
          label="Allowed origins"
          name="allowedOrigins"
          error={errors.allowedOrigins}
          hint={`One a line, like https://shop.example; up to ${MAX_ALLOWED_ORIGINS}. The relay’s own pages may always embed it.`}
        >
          {(control) => (
            <textarea
              {...control}
              class="field__input"
              rows={3}
              spellcheck={false}
              value={origins}
              onInput={(event) => setOrigins(event.currentTarget.value)}
            />
          )}
        </SiteFieldFrame>
        <button class="button button--primary" type="submit" disabled={form.isBusy} aria-busy={form.isBusy}>
          Create site
        </button>
        <p class="settings__error" role="alert">
          {form.error}
        </p>
      </form>
    </ModalDialog>
  );
}
