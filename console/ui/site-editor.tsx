import type { TargetedSubmitEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { MAX_ALLOWED_ORIGINS } from '../../protocol/sites.js';
import { BotFields } from './bot-fields.js';
import { BrandingFields } from './branding-fields.js';
import { EmbedSnippet } from './embed-snippet.js';
import { FormOutcome } from './form-outcome.js';
import { IdentityFields } from './identity-fields.js';
import { useModel } from './model-context.js';
import { focusField, SiteFieldFrame } from './site-field.js';
import { useStore } from './use-store.js';
import { WidgetPreview } from './widget-preview.js';

/**
 * The selected site: its name and origins, branding, identity verification and bot in one form saved
 * together, beside a live preview of the widget as the draft stands, and the snippet that embeds it.
 */
export function SiteEditor() {
  const { siteEditor } = useModel();
  const site = useStore(siteEditor.$site);
  const loadError = useStore(siteEditor.$loadError);
  const draft = useStore(siteEditor.$draft);
  const preview = useStore(siteEditor.$preview);
  const errors = useStore(siteEditor.$errors);
  const form = useStore(siteEditor.$form);
  const formElement = useRef<HTMLFormElement>(null);

  if (loadError !== null) return <p role="alert">The site could not be loaded: {loadError}</p>;
  if (site === null || draft === null || preview === null) return <p role="status">Loading the site…</p>;

  async function submit(event: TargetedSubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const outcome = await siteEditor.save();
    if (!outcome.isSaved) focusField(formElement.current, outcome.field);
  }

  const edit = siteEditor.edit;
  const hasBotSecret = (site.bot.kind === 'webhook' || site.bot.kind === 'rasa') && site.bot.hasSecret;
  return (
    <section class="settings__section" aria-labelledby="site-editor-title">
      <h3 id="site-editor-title">
        Site: {site.name} (<code>{site.id}</code>)
      </h3>
      <div class="site-editor">
        <form
          ref={formElement}
          class="settings__form site-editor__form"
          aria-label="Edit site"
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          <fieldset class="site-editor__group">
            <legend>Site</legend>
            <SiteFieldFrame label="Name" name="name" error={errors.name}>
              {(control) => (
                <input
                  {...control}
                  class="field__input"
                  maxLength={80}
                  value={draft.name}
                  onInput={(event) => edit({ name: event.currentTarget.value })}
                />
              )}
            </SiteFieldFrame>
            <SiteFieldFrame
              label="Allowed origins"
              name="allowedOrigins"
              error={errors.allowedOrigins}
              hint={`The pages that may embed the widget, one origin a line; up to ${MAX_ALLOWED_ORIGINS}.`}
            >
              {(control) => (
                <textarea
                  {...control}
                  class="field__input"
                  rows={3}
                  spellcheck={false}
                  value={draft.allowedOrigins}
                  onInput={(event) => edit({ allowedOrigins: event.currentTarget.value })}
                />
              )}
            </SiteFieldFrame>
          </fieldset>
          <BrandingFields draft={draft} errors={errors} edit={edit} />
          <IdentityFields draft={draft} errors={errors} edit={edit} />
          <BotFields draft={draft} errors={errors} edit={edit} hasSecret={hasBotSecret} />
          <button class="button button--primary" type="submit" disabled={form.isBusy} aria-busy={form.isBusy}>
            Save site
          </button>
          <FormOutcome form={form} />
        </form>
        <WidgetPreview siteId={site.id} branding={preview} />
      </div>
      <EmbedSnippet siteId={site.id} />
    </section>
  );
}
