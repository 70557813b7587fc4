/**
 * The address to link to, or null when the text is not an http(s) URL. Visitor context comes from the host
 * page, so a `javascript:` or `data:` address there must render as text, never as a link.
 */
export function safeLinkUrl(text: string | null): string | null {
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
