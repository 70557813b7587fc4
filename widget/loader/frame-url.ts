/** The relay's limits on the page context, in UTF-16 code units; longer values are cut, not refused. */
const MAX_URL_LENGTH = 2048;
const MAX_TITLE_LENGTH = 300;

/** The host page's address: the `location` the loader runs at. */
export interface HostAddress {
  origin: string;
  href: string;
}

/** The host page's title and referrer: its `document`. */
export interface HostDocument {
  title: string;
  referrer: string;
}

/**
 * The chat frame's address: `<relay>/frame/<siteId>?host=…&page=…&title=…&referrer=…`, telling the frame
 * about the host page. The page address goes without its fragment, which can hold tokens (OAuth implicit
 * flows put them there).
 */
export function frameUrl(
  relayOrigin: string,
  siteId: string,
  { origin, href }: HostAddress,
  { title, referrer }: HostDocument,
): string {
  const query = new URLSearchParams({
    host: origin,
    page: (href.split('#')[0] ?? '').slice(0, MAX_URL_LENGTH),
    title: title.slice(0, MAX_TITLE_LENGTH),
    referrer: referrer.slice(0, MAX_URL_LENGTH),
  });
  return `${relayOrigin}/frame/${encodeURIComponent(siteId)}?${query}`;
}
