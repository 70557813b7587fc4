/**
 * The three lines that embed the widget in a host page: a queue for calls made before the loader arrives;
 * a preload of the site's config, so the browser fetches it while the loader downloads instead of after
 * the loader runs (the loader's own fetch of it takes the preloaded answer); then the loader, which reads
 * its site from `data-site`. `relayOrigin` is the origin the relay serves the widget from.
 */
export function embedSnippet(relayOrigin: string, siteId: string): string {
  return [
    '<script>window.Switchboard=window.Switchboard||function(){(Switchboard.q=Switchboard.q||[]).push(arguments)}</script>',
    `<link rel="preload" href="${relayOrigin}/sites/${siteId}/widget-config" as="fetch" crossorigin>`,
    `<script src="${relayOrigin}/widget.js" data-site="${siteId}" async></script>`,
  ].join('\n');
}
