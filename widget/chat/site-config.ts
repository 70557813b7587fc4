import type { PublicSiteConfig, SiteBranding } from '../../protocol/sites.js';

const COLOUR = /^#[0-9a-f]{6}$/i;

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The branding in `value` if it has the shape the relay sends, else null: the colours are `#rrggbb`, so
 * nothing else reaches a style sheet, and the logo is an `https:` address or none. The relay has already
 * validated it; this check keeps a stale page or a message of another shape from drawing half a brand.
 */
export function readBranding(value: unknown): SiteBranding | null {
  const branding = value as Partial<Record<keyof SiteBranding, unknown>> | null;
  if (typeof branding !== 'object' || branding === null) return null;
  const { accentColor, accentTextColor, assistantName, greeting, suggestedPrompts, logoUrl, locale } =
    branding;
  const isValid =
    COLOUR.test(String(accentColor)) &&
    COLOUR.test(String(accentTextColor)) &&
    isText(assistantName) &&
    isText(greeting) &&
    Array.isArray(suggestedPrompts) &&
    suggestedPrompts.every(isText);
  return isValid
    ? ({
        ...branding,
        logoUrl: isText(logoUrl) && /^https:\/\/\S+$/i.test(logoUrl) ? logoUrl : null,
        locale: locale === 'en' || locale === 'fr' ? locale : null,
      } as SiteBranding)
    : null;
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
