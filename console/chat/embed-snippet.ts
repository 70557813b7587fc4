/**
 * What a site's owner pastes into their pages, written out for the console to show: the snippet, the
 * full-page chat's address, and examples of the page's JS API and of signing an identity on their server.
 * `relayOrigin` is the origin the console is served from, which is the relay's.
 */

/**
 * The three lines that embed the widget: a queue for calls made before the loader arrives; a preload of the
 * site's config, so the browser fetches it while the loader downloads instead of after the loader runs
 * (the loader's own fetch of it takes the preloaded answer); then the loader.
 */
export function embedSnippet(relayOrigin: string, siteId: string): string {
  return [
    '<script>window.Switchboard=window.Switchboard||function(){(Switchboard.q=Switchboard.q||[]).push(arguments)}</script>',
    `<link rel="preload" href="${relayOrigin}/sites/${siteId}/widget-config" as="fetch" crossorigin>`,
    `<script src="${relayOrigin}/widget.js" data-site="${siteId}" async></script>`,
  ].join('\n');
}

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
