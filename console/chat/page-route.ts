/**
 * The console's pages, addressed by the location hash (`#/inbox`, `#/insights`), so the browser's back
 * button and bookmarks work without a server route per page. Pure.
 */

/** A page of the console. */
export type ConsolePage = 'inbox' | 'insights' | 'settings';

const PAGES: readonly ConsolePage[] = ['inbox', 'insights', 'settings'];

/** The page a hash names; anything unknown or empty is the inbox. A query after the page is ignored. */
export function pageFromHash(hash: string): ConsolePage {
  const name = /^#\/([^?]*)/.exec(hash)?.[1];
  return PAGES.find((page) => page === name) ?? 'inbox';
}

/** The hash of a page. */
export function hashOf(page: ConsolePage): string {
  return `#/${page}`;
}

/** The hash that opens a conversation in the inbox: `#/inbox?conversation=ID`. */
export function conversationHash(conversationId: string): string {
  return `${hashOf('inbox')}?conversation=${encodeURIComponent(conversationId)}`;
}

/** The conversation an inbox hash asks to open, or null. */
export function conversationFromHash(hash: string): string | null {
  if (pageFromHash(hash) !== 'inbox') return null;
  const query = hash.split('?')[1];
  const id = new URLSearchParams(query ?? '').get('conversation');
  return id === null || id === '' ? null : id;
}
