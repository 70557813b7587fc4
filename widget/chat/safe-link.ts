/**
 * The URL as a link target if it is an http or https URL, else null (no `javascript:` links). A relative URL,
 * such as a knowledge document's `/returns.html`, is resolved against `base`: the host page the visitor is on,
 * since knowledge links point into the site that embeds the widget, not into the relay.
 */
export function safeLink(url: string | null, base: string | null = null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = base === null ? new URL(url) : new URL(url, base);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
}
