import type { SiteBranding } from '../../protocol/sites.js';
import { readBranding } from '../chat/site-config.js';

/** Why the widget stays off the page, for the host page's developers. */
function refusal(siteId: string, status: number, code: unknown): string {
  if (code === 'origin_not_allowed') return `this page's origin is not allowed for site "${siteId}"`;
  return status === 404 ? `the relay has no site "${siteId}"` : `its configuration could not be loaded (${status})`;
}

/**
 * The site's branding from `GET /sites/:siteId/widget-config`, or null, after one `console.warn` saying why,
 * when the relay refuses this page's origin, knows no such site, or cannot be reached: the loader then
 * draws nothing.
 */
export async function fetchBranding(relayOrigin: string, siteId: string): Promise<SiteBranding | null> {
  let why: string;
  try {
    const response = await fetch(`${relayOrigin}/sites/${encodeURIComponent(siteId)}/widget-config`, {
      credentials: 'omit',
    });
    const body: unknown = await response.json().catch(() => null);
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const branding = response.ok ? readBranding(fields.branding) : null;
    if (branding !== null) return branding;
    const error = fields.error as { code?: unknown } | undefined;
    why = refusal(siteId, response.status, error?.code);
  } catch {
    why = 'the relay could not be reached';
  }
  console.warn(`Switchboard: the chat is not shown: ${why}.`);
  return null;
}
