/**
 * A site's editor form as text, the way the admin types it, and its reading into the relay's
 * `UpdateSiteRequest`. The live preview draws {@link previewBranding} of the same draft as it changes.
 */
import type {
  AssistantTone,
  LauncherPosition,
  SiteBot,
  SiteBranding,
  SiteDetails,
  UpdateSiteRequest,
  WidgetLocale,
} from '../../protocol/sites.js';
import {
  DEFAULT_BRANDING,
  MAX_ASSISTANT_NAME_LENGTH,
  MAX_GREETING_LENGTH,
  MAX_PROMPT_LENGTH,
  MAX_SUGGESTED_PROMPTS,
} from '../../protocol/sites.js';
import { isHexColor } from './color-contrast.js';
import { readOrigins, readSiteName, type SiteFieldErrors } from './site-fields.js';

/** The shortest secret a webhook bot accepts. */
export const MIN_BOT_SECRET_LENGTH = 32;
export const MIN_BOT_TIMEOUT_MS = 100;
export const MAX_BOT_TIMEOUT_MS = 60_000;
const DEFAULT_BOT_TIMEOUT_MS = 5_000;

export interface SiteDraft {
  name: string;
  /** One origin a line. */
  allowedOrigins: string;
  assistantName: string;
  greeting: string;
  tone: AssistantTone;
  accentColor: string;
  accentTextColor: string;
  /** Empty for none. */
  logoUrl: string;
  launcherPosition: LauncherPosition;
  /** Empty to follow the visitor's browser. */
  locale: WidgetLocale | '';
  /** Always {@link MAX_SUGGESTED_PROMPTS} boxes; empty ones are left out. */
  suggestedPrompts: string[];
  isIdentityRequired: boolean;
  botKind: SiteBot['kind'];
  botUrl: string;
  /** Write-only: empty keeps the secret the relay holds. */
  botSecret: string;
  botTimeoutMs: string;
}

/** The draft that shows `site` as stored. */
export function draftFromSite(site: SiteDetails): SiteDraft {
  const { branding, bot } = site;
  const overHttp = bot.kind === 'webhook' || bot.kind === 'rasa' ? bot : null;
  return {
    name: site.name,
    allowedOrigins: site.allowedOrigins.join('\n'),
    assistantName: branding.assistantName,
    greeting: branding.greeting,
    tone: branding.tone,
    accentColor: branding.accentColor,
    accentTextColor: branding.accentTextColor,
    logoUrl: branding.logoUrl ?? '',
    launcherPosition: branding.launcherPosition,
    locale: branding.locale ?? '',
    suggestedPrompts: Array.from(
      { length: MAX_SUGGESTED_PROMPTS },
      (_, index) => branding.suggestedPrompts[index] ?? '',
    ),
    isIdentityRequired: site.identity.isRequired,
    botKind: bot.kind,
    botUrl: overHttp?.url ?? '',
    botSecret: '',
    botTimeoutMs: String(overHttp?.timeoutMs ?? DEFAULT_BOT_TIMEOUT_MS),
  };
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

function isBotUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}

function promptsOf(draft: SiteDraft): string[] {
  return draft.suggestedPrompts.map((prompt) => prompt.trim()).filter((prompt) => prompt !== '');
}

/** The branding the draft shows, with the defaults standing in for what is not valid yet. */
export function previewBranding(draft: SiteDraft): SiteBranding {
  const logoUrl = draft.logoUrl.trim();
  return {
    assistantName:
      draft.assistantName.trim().slice(0, MAX_ASSISTANT_NAME_LENGTH) || DEFAULT_BRANDING.assistantName,
    greeting: draft.greeting.trim().slice(0, MAX_GREETING_LENGTH) || DEFAULT_BRANDING.greeting,
    tone: draft.tone,
    accentColor: isHexColor(draft.accentColor)
      ? draft.accentColor.toLowerCase()
      : DEFAULT_BRANDING.accentColor,
    accentTextColor: isHexColor(draft.accentTextColor)
      ? draft.accentTextColor.toLowerCase()
      : DEFAULT_BRANDING.accentTextColor,
    logoUrl: isHttpsUrl(logoUrl) ? logoUrl : null,
    launcherPosition: draft.launcherPosition,
    locale: draft.locale === '' ? null : draft.locale,
    suggestedPrompts: promptsOf(draft).map((prompt) => prompt.slice(0, MAX_PROMPT_LENGTH)),
  };
}

function brandingErrors(draft: SiteDraft): SiteFieldErrors {
  const errors: SiteFieldErrors = {};
  const assistantName = draft.assistantName.trim();
  if (assistantName === '' || assistantName.length > MAX_ASSISTANT_NAME_LENGTH) {
    errors.assistantName = `Give the assistant a name of up to ${MAX_ASSISTANT_NAME_LENGTH} characters.`;
  }
  const greeting = draft.greeting.trim();
  if (greeting === '' || greeting.length > MAX_GREETING_LENGTH) {
    errors.greeting = `Write a greeting of up to ${MAX_GREETING_LENGTH} characters.`;
  }
  if (!isHexColor(draft.accentColor)) errors.accentColor = 'Choose a colour as #rrggbb.';
  if (!isHexColor(draft.accentTextColor)) errors.accentTextColor = 'Choose a colour as #rrggbb.';
  const logoUrl = draft.logoUrl.trim();
  if (logoUrl !== '' && !isHttpsUrl(logoUrl)) errors.logoUrl = 'Give an https: address, or leave it empty.';
  if (promptsOf(draft).some((prompt) => prompt.length > MAX_PROMPT_LENGTH)) {
    errors.suggestedPrompts = `Keep each suggested prompt to ${MAX_PROMPT_LENGTH} characters.`;
  }
  return errors;
}

/** The bot the draft names, or what to fix; `hasSecret` tells whether the relay holds one for it already. */
function readBot(draft: SiteDraft, hasSecret: boolean, errors: SiteFieldErrors): SiteBot {
  const kind = draft.botKind;
  if (kind === 'relay' || kind === 'knowledge') return { kind };
  const url = draft.botUrl.trim();
  const secret = draft.botSecret.trim();
  const timeoutMs = Number(draft.botTimeoutMs);
  if (!isBotUrl(url))
    errors.botUrl = 'Give an absolute http: or https: address without a user name or password.';
  if (kind === 'webhook' && secret === '' && !hasSecret) {
    errors.botSecret = `A webhook bot needs a secret of at least ${MIN_BOT_SECRET_LENGTH} characters.`;
  } else if (kind === 'webhook' && secret !== '' && secret.length < MIN_BOT_SECRET_LENGTH) {
    errors.botSecret = `Use at least ${MIN_BOT_SECRET_LENGTH} characters.`;
  }
  if (!Number.isInteger(timeoutMs) || timeoutMs < MIN_BOT_TIMEOUT_MS || timeoutMs > MAX_BOT_TIMEOUT_MS) {
    errors.botTimeoutMs = `Give a whole number of milliseconds from ${MIN_BOT_TIMEOUT_MS} to ${MAX_BOT_TIMEOUT_MS}.`;
  }
  return { kind, url, secret: secret === '' ? null : secret, timeoutMs };
}

/** The change the draft asks of `site`, or what to fix, field by field. */
export function readDraft(
  draft: SiteDraft,
  site: SiteDetails,
): { ok: true; request: UpdateSiteRequest } | { ok: false; errors: SiteFieldErrors } {
  const errors = brandingErrors(draft);
  const name = readSiteName(draft.name);
  if (!name.ok) errors.name = name.error;
  const origins = readOrigins(draft.allowedOrigins);
  if (!origins.ok) errors.allowedOrigins = origins.error;
  if (draft.isIdentityRequired && site.identity.secret === null) {
    errors.isIdentityRequired = 'Generate a secret first: without one, every identity would be refused.';
  }
  const hasSecret = (site.bot.kind === 'webhook' || site.bot.kind === 'rasa') && site.bot.hasSecret;
  const bot = readBot(draft, hasSecret, errors);
  if (!name.ok || !origins.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      name: name.value,
      allowedOrigins: origins.value,
      branding: previewBranding(draft),
      identity: { isRequired: draft.isIdentityRequired },
      bot,
    },
  };
}
