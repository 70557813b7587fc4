/** The console's pages, each at its own `#/name` address so it survives a reload and has a history entry. */
export type ConsolePage = 'inbox' | 'settings';

/** Every page, so an address can be checked against them. */
const PAGES: Record<ConsolePage, true> = { inbox: true, settings: true };

/** The page a location hash names: `#/settings` → `'settings'`; anything unknown or empty → `'inbox'`. */
export function pageFromHash(hash: string): ConsolePage {
  const name = hash.startsWith('#/') ? hash.slice(2) : '';
  return Object.hasOwn(PAGES, name) ? (name as ConsolePage) : 'inbox';
}

/** The location hash of a page: `'settings'` → `#/settings`. */
export function hashOf(page: ConsolePage): string {
  return `#/${page}`;
}
