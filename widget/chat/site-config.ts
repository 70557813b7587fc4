import type { PublicSiteConfig, SiteBranding } from '../../protocol/sites.js';

const COLOUR = /^#[0-9a-f]{6}$/i;

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

/** An `https:` address, or null: the header's logo never loads over plain HTTP or from a script URL. */
function httpsUrl(value: unknown): string | null {
  return isText(value) && /^https:\/\/[^\s]+$/i.test(value) ? value : null;
}

/**
 * The branding in `value` if it has the shape the relay sends, else null. The relay has already validated
 * it; this check keeps a stale page or a console message with another shape from drawing half a brand.
 */
export function readBranding(value: unknown): SiteBranding | null {
  if (typeof value !== 'object' || value === null) return null;
  const branding = value as Record<keyof SiteBranding, unknown>;
  const { assistantName, greeting, tone, accentColor, accentTextColor, launcherPosition, locale } = branding;
  const prompts = branding.suggestedPrompts;
  if (!isText(assistantName) || !isText(greeting) || !isText(accentColor) || !isText(accentTextColor)) {
    return null;
  }
  if (!COLOUR.test(accentColor) || !COLOUR.test(accentTextColor)) return null;
  if (!Array.isArray(prompts) || !prompts.every(isText)) return null;
  return {
    assistantName,
    greeting,
    tone: tone === 'formal' ? 'formal' : 'friendly',
    accentColor,
    accentTextColor,
    logoUrl: httpsUrl(branding.logoUrl),
    launcherPosition: launcherPosition === 'bottom-left' ? 'bottom-left' : 'bottom-right',
    locale: locale === 'en' || locale === 'fr' ? locale : null,
    suggestedPrompts: prompts,
  };
}

/** The site's public configuration from the JSON the relay inlines in the frame's document, or null. */
export function readSiteConfig(json: string | null | undefined): PublicSiteConfig | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { siteId, branding, isIdentityRequired } = value as Record<string, unknown>;
  const read = readBranding(branding);
  return isText(siteId) && read !== null
    ? { siteId, branding: read, isIdentityRequired: isIdentityRequired === true }
    : null;
}
