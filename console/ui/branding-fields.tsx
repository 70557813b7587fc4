import type { AssistantTone, LauncherPosition } from '../../protocol/sites.js';
import {
  MAX_ASSISTANT_NAME_LENGTH,
  MAX_GREETING_LENGTH,
  MAX_PROMPT_LENGTH,
  MAX_SUGGESTED_PROMPTS,
} from '../../protocol/sites.js';
import { contrastRatio, isHexColor, MIN_TEXT_CONTRAST } from '../chat/color-contrast.js';
import type { SiteDraft } from '../chat/site-draft.js';
import type { SiteFieldErrors } from '../chat/site-fields.js';
import { SiteFieldFrame } from './site-field.js';

export interface DraftFieldsProps {
  draft: SiteDraft;
  errors: SiteFieldErrors;
  edit(changes: Partial<SiteDraft>): void;
}

/** What visitors see: the assistant's name and greeting, colours, logo, launcher, language and prompts. */
export function BrandingFields({ draft, errors, edit }: DraftFieldsProps) {
  return (
    <fieldset class="site-editor__group">
      <legend>Branding</legend>
      <SiteFieldFrame label="Assistant name" name="assistantName" error={errors.assistantName}>
        {(control) => (
          <input
            {...control}
            class="field__input"
            maxLength={MAX_ASSISTANT_NAME_LENGTH}
            value={draft.assistantName}
            onInput={(event) => edit({ assistantName: event.currentTarget.value })}
          />
        )}
      </SiteFieldFrame>
      <SiteFieldFrame label="Greeting" name="greeting" error={errors.greeting}>
        {(control) => (
          <textarea
            {...control}
            class="field__input"
            rows={2}
            maxLength={MAX_GREETING_LENGTH}
            value={draft.greeting}
            onInput={(event) => edit({ greeting: event.currentTarget.value })}
          />
        )}
      </SiteFieldFrame>
      <SiteFieldFrame label="Tone" error={undefined}>
        {(control) => (
          <select
            {...control}
            class="field__input"
            value={draft.tone}
            onChange={(event) => edit({ tone: event.currentTarget.value as AssistantTone })}
          >
            <option value="friendly">Friendly</option>
            <option value="formal">Formal</option>
          </select>
        )}
      </SiteFieldFrame>
      <ColourFields draft={draft} errors={errors} edit={edit} />
      <SiteFieldFrame
        label="Logo URL"
        name="logoUrl"
        error={errors.logoUrl}
        hint="An https: image shown in the header; leave empty for the assistant’s initial."
      >
        {(control) => (
          <input
            {...control}
            class="field__input"
            type="url"
            placeholder="https://shop.example/logo.png"
            value={draft.logoUrl}
            onInput={(event) => edit({ logoUrl: event.currentTarget.value })}
          />
        )}
      </SiteFieldFrame>
      <SiteFieldFrame label="Launcher position" error={undefined}>
        {(control) => (
          <select
            {...control}
            class="field__input"
            value={draft.launcherPosition}
            onChange={(event) => edit({ launcherPosition: event.currentTarget.value as LauncherPosition })}
          >
            <option value="bottom-right">Bottom right</option>
            <option value="bottom-left">Bottom left</option>
          </select>
        )}
      </SiteFieldFrame>
      <SiteFieldFrame label="Language" error={undefined}>
        {(control) => (
          <select
            {...control}
            class="field__input"
            value={draft.locale}
            onChange={(event) => edit({ locale: event.currentTarget.value as SiteDraft['locale'] })}
          >
            <option value="">Visitor’s browser</option>
            <option value="en">English</option>
            <option value="fr" lang="fr">
              Français
            </option>
          </select>
        )}
      </SiteFieldFrame>
      <PromptFields draft={draft} errors={errors} edit={edit} />
    </fieldset>
  );
}

/** The accent colour and the text on it, with a warning in words when the pair is hard to read. */
function ColourFields({ draft, errors, edit }: DraftFieldsProps) {
  const canCompare = isHexColor(draft.accentColor) && isHexColor(draft.accentTextColor);
  const ratio = canCompare ? contrastRatio(draft.accentColor, draft.accentTextColor) : null;
  return (
    <div class="site-editor__colours">
      <SiteFieldFrame label="Accent colour" name="accentColor" error={errors.accentColor}>
        {(control) => (
          <input
            {...control}
            class="site-editor__colour"
            type="color"
            value={draft.accentColor}
            onInput={(event) => edit({ accentColor: event.currentTarget.value })}
          />
        )}
      </SiteFieldFrame>
      <SiteFieldFrame label="Accent text colour" name="accentTextColor" error={errors.accentTextColor}>
        {(control) => (
          <input
            {...control}
            class="site-editor__colour"
            type="color"
            value={draft.accentTextColor}
            onInput={(event) => edit({ accentTextColor: event.currentTarget.value })}
          />
        )}
      </SiteFieldFrame>
      <p class="site-editor__warning" role="status">
        {ratio !== null && ratio < MIN_TEXT_CONTRAST
          ? `Low contrast: ${ratio.toFixed(1)}:1 is below ${MIN_TEXT_CONTRAST}:1, so text on the accent colour will be hard to read.`
          : null}
      </p>
    </div>
  );
}

/** Up to four questions a new visitor can ask with one press; empty boxes are left out. */
function PromptFields({ draft, errors, edit }: DraftFieldsProps) {
  function setPrompt(index: number, text: string): void {
    edit({ suggestedPrompts: draft.suggestedPrompts.map((prompt, at) => (at === index ? text : prompt)) });
  }
  return (
    <fieldset class="site-editor__prompts">
      <legend>Suggested prompts (up to {MAX_SUGGESTED_PROMPTS})</legend>
      {draft.suggestedPrompts.map((prompt, index) => (
        <SiteFieldFrame
          key={index}
          label={`Suggested prompt ${index + 1}`}
          name="suggestedPrompts"
          // The relay's refusal names the list, not the prompt: the first box carries it.
          error={index === 0 ? errors.suggestedPrompts : undefined}
        >
          {(control) => (
            <input
              {...control}
              class="field__input"
              maxLength={MAX_PROMPT_LENGTH}
              value={prompt}
              onInput={(event) => setPrompt(index, event.currentTarget.value)}
            />
          )}
        </SiteFieldFrame>
      ))}
    </fieldset>
  );
}
