/**
 * The loader a host page embeds, after the API's stub:
 * `<script>window.Switchboard=window.Switchboard||function(){(Switchboard.q=Switchboard.q||[]).push(arguments)}</script>`
 * `<link rel="preload" href="https://RELAY/sites/SITE_ID/widget-config" as="fetch" crossorigin>`
 * `<script src="https://RELAY/widget.js" data-site="SITE_ID" async></script>` (the preload, optional, has the
 * browser fetch the site's config while the loader downloads; the loader's own fetch takes its answer).
 * Plain DOM, no framework: it reads the site's branding, draws the launcher, opens the chat frame from the
 * relay's origin, and then answers the page's `Switchboard(…)` calls, those queued meanwhile first.
 */
import { chooseLanguage } from './i18n/choose-language.js';
import { createHostApi, installHostApi } from './loader/host-api.js';
import { mountWidget } from './loader/mount-widget.js';
import { fetchBranding } from './loader/widget-config.js';

// `currentScript` is set only while this script's top level runs, so it is read before anything waits.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"][data-site]');
const siteId = script?.dataset.site;

if (script && siteId && !document.querySelector('switchboard-widget')) {
  const relayOrigin = new URL(script.src, location.href).origin;
  void fetchBranding(relayOrigin, siteId).then((branding) => {
    // Refused or unreachable: nothing is drawn, and the stub keeps the page's calls harmlessly.
    if (branding === null) return;
    const mount = (): void => {
      const language = chooseLanguage(branding.locale, navigator.languages);
      installHostApi(window, createHostApi(mountWidget({ siteId, relayOrigin, branding, language })));
    };
    if (document.body) mount();
    else document.addEventListener('DOMContentLoaded', mount, { once: true });
  });
}
