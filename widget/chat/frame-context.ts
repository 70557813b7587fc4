import type { VisitorContext } from '../../protocol/conversation.js';

/**
 * What the frame learns from its own address: `/frame/<siteId>?host=…&page=…&title=…&referrer=…` in the
 * loader's panel, `/chat/<siteId>` as a page of its own, `/frame/<siteId>?preview` in the console's editor.
 */
export interface FrameContext {
  siteId: string;
  /** The console's live preview: connect to nothing, store nothing. */
  isPreview: boolean;
  /** The host page's origin, the only one the frame talks to; null when missing or malformed. */
  hostOrigin: string | null;
  /** Where the visitor is, as `session:resume` reports it. */
  visitor: VisitorContext;
}

const SITE_PATH = /^\/(?:frame|chat)\/([A-Za-z0-9_-]{1,64})\/?$/;
/** Control characters other than tab, LF and CR: the relay refuses context text with C0 controls or DEL. */
const CONTROL_CHARACTERS = /[^\P{Cc}\t\n\r]/gu;

/** The relay's limits on each context field, in UTF-16 code units. */
const MAX_URL_LENGTH = 2048;
const MAX_TITLE_LENGTH = 300;
const MAX_LOCALE_LENGTH = 35;

/** Text the relay will accept: control characters removed, cut to `maxLength`, empty as null. */
export function contextText(value: string | null | undefined, maxLength: number): string | null {
  if (value === null || value === undefined) return null;
  let text = value.replace(CONTROL_CHARACTERS, '').trim();
  if (text.length > maxLength) {
    text = text.slice(0, maxLength);
    // Never end on half of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  return text === '' ? null : text;
}

/** The origin if `value` is exactly an http(s) origin such as `https://shop.example`, else null. */
export function parseOrigin(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === value ? value : null;
  } catch {
    return null;
  }
}

/**
 * Reads the frame's context from its address and the browser's language. Returns null when the path names no
 * valid site, since the frame cannot connect without one.
 */
export function parseFrameContext(
  location: { pathname: string; search: string },
  locale: string | null,
): FrameContext | null {
  const match = SITE_PATH.exec(location.pathname);
  const siteId = match?.[1];
  if (siteId === undefined) return null;
  const query = new URLSearchParams(location.search);
  return {
    siteId,
    isPreview: query.has('preview'),
    hostOrigin: parseOrigin(query.get('host')),
    visitor: {
      pageUrl: contextText(query.get('page'), MAX_URL_LENGTH),
      pageTitle: contextText(query.get('title'), MAX_TITLE_LENGTH),
      referrer: contextText(query.get('referrer'), MAX_URL_LENGTH),
      locale: contextText(locale, MAX_LOCALE_LENGTH),
    },
  };
}
