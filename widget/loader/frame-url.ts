/** The relay's limits on the page context, in UTF-16 code units; longer values are cut, not refused. */
const MAX_URL_LENGTH = 2048;
const MAX_TITLE_LENGTH = 300;

/** What the loader tells the frame about the host page. */
export interface HostPage {
  origin: string;
  href: string;
  title: string;
  referrer: string;
}

/**
 * The chat frame's address: `<relay>/frame/<siteId>?host=…&page=…&title=…&referrer=…`. The page address
 * goes without its fragment, which can hold tokens (OAuth implicit flows put them there).
 */
export function frameUrl(relayOrigin: string, siteId: string, page: HostPage): string {
  const query = new URLSearchParams({
    host: page.origin,
    page: (page.href.split('#')[0] ?? '').slice(0, MAX_URL_LENGTH),
    title: page.title.slice(0, MAX_TITLE_LENGTH),
    referrer: page.referrer.slice(0, MAX_URL_LENGTH),
  });
  return `${relayOrigin}/frame/${encodeURIComponent(siteId)}?${query.toString()}`;
}
