import type { SiteBranding } from '../../protocol/sites.js';

/** The only fields that reach the launcher's style sheet are checked to be `#rrggbb`; the relay checks the rest. */
const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * The site's branding from `GET /sites/:siteId/widget-config`, or null, after one `console.warn` saying why
 * (the relay's error code, such as `origin_not_allowed`, or its HTTP status), when the relay refuses this
 * page's origin, knows no such site, or cannot be reached: the loader then draws nothing.
 */
export async function fetchBranding(relayOrigin: string, siteId: string): Promise<SiteBranding | null> {
  let why: unknown = 'unreachable';
  try {
    const response = await fetch(`${relayOrigin}/sites/${encodeURIComponent(siteId)}/widget-config`);
    why = response.status;
    const body = (await response.json()) as { branding?: SiteBranding; error?: { code?: unknown } };
    const branding = body.branding;
    if (
      response.ok &&
      COLOUR.test(`${branding?.accentColor}`) &&
      COLOUR.test(`${branding?.accentTextColor}`)
    ) {
      return branding!;
    }
    why = body.error?.code ?? why;
  } catch {
    // Unreachable, or an answer that is not JSON: `why` says which.
  }
  console.warn(`Switchboard: no chat for site "${siteId}":`, why);
  return null;
}
