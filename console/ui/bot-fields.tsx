import type { SiteBot } from '../../protocol/sites.js';
import { MAX_BOT_TIMEOUT_MS, MIN_BOT_SECRET_LENGTH, MIN_BOT_TIMEOUT_MS } from '../chat/site-draft.js';
import type { DraftFieldsProps } from './branding-fields.js';
import { SiteFieldFrame } from './site-field.js';

const BOT_LABELS: Record<SiteBot['kind'], string> = {
  relay: 'The relay’s default',
  knowledge: 'Built-in bot on this site’s knowledge',
  webhook: 'Webhook: your own bot over HTTP',
  rasa: 'Rasa',
};

interface BotFieldsProps extends DraftFieldsProps {
  /** True when the relay holds a secret for the site's bot over HTTP. */
  hasSecret: boolean;
}

/** Which bot answers the site's visitors, and how to reach it when it runs elsewhere. */
export function BotFields({ draft, errors, edit, hasSecret }: BotFieldsProps) {
  const isOverHttp = draft.botKind === 'webhook' || draft.botKind === 'rasa';
  return (
    <fieldset class="site-editor__group">
      <legend>Bot</legend>
      <SiteFieldFrame label="Bot" error={undefined}>
        {(control) => (
          <select
            {...control}
            class="field__input"
            value={draft.botKind}
            onChange={(event) => edit({ botKind: event.currentTarget.value as SiteBot['kind'] })}
          >
            {Object.entries(BOT_LABELS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        )}
      </SiteFieldFrame>
      {isOverHttp ? (
        <>
          <SiteFieldFrame label="Bot URL" name="botUrl" error={errors.botUrl}>
            {(control) => (
              <input
                {...control}
                class="field__input"
                type="url"
                placeholder="https://bot.example/switchboard"
                value={draft.botUrl}
                onInput={(event) => edit({ botUrl: event.currentTarget.value })}
              />
            )}
          </SiteFieldFrame>
          <SiteFieldFrame
            label="Bot secret"
            name="botSecret"
            error={errors.botSecret}
            hint={
              draft.botKind === 'webhook'
                ? `Signs each request; at least ${MIN_BOT_SECRET_LENGTH} characters. It is never shown again.`
                : 'Sent with each request, if your Rasa server expects one. It is never shown again.'
            }
          >
            {(control) => (
              <input
                {...control}
                class="field__input"
                type="password"
                autoComplete="new-password"
                placeholder={hasSecret ? 'A secret is stored; type a new one to replace it' : ''}
                value={draft.botSecret}
                onInput={(event) => edit({ botSecret: event.currentTarget.value })}
              />
            )}
          </SiteFieldFrame>
          <SiteFieldFrame label="Bot timeout (ms)" name="botTimeoutMs" error={errors.botTimeoutMs}>
            {(control) => (
              <input
                {...control}
                class="field__input settings__days"
                type="number"
                min={MIN_BOT_TIMEOUT_MS}
                max={MAX_BOT_TIMEOUT_MS}
                step={100}
                inputMode="numeric"
                value={draft.botTimeoutMs}
                onInput={(event) => edit({ botTimeoutMs: event.currentTarget.value })}
              />
            )}
          </SiteFieldFrame>
        </>
      ) : null}
    </fieldset>
  );
}
