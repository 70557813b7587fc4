/**
 * What a site's owner pastes into their pages, written out for the console to show, besides the snippet
 * itself (protocol/embed-snippet.ts): the full-page chat's address, and examples of the page's JS API and of signing an identity on their server.
 * `relayOrigin` is the origin the console is served from, which is the relay's.
 */

/** The chat on a page of its own, for a link in an email or a help centre. */
export function fullPageChatUrl(relayOrigin: string, siteId: string): string {
  return `${relayOrigin}/chat/${siteId}`;
}

/** One line of the host page's JS API: telling the widget who the signed-in user is. */
export const IDENTIFY_EXAMPLE =
  "Switchboard('identify', { id: 'user-42', name: 'Ada Lovelace', email: 'ada@example.com', userHash });";

/** How the site's server computes `userHash` in Node; the secret never reaches the browser. */
export const USER_HASH_EXAMPLE = [
  "import crypto from 'node:crypto';",
  "const userHash = crypto.createHmac('sha256', secret).update(userId).digest('hex');",
].join('\n');

/** The command that fills a site's knowledge from files or a folder. */
export function ingestCommand(siteId: string): string {
  return `npm run ingest -- ${siteId} ./docs`;
}
