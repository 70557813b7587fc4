/**
 * The loader a host page embeds: `<script src="https://RELAY/widget.js" data-site="SITE_ID" async></script>`.
 * Plain DOM, no framework: it draws the launcher and opens the chat frame from the relay's origin.
 */
import { mountWidget } from './loader/mount-widget.js';

// `currentScript` is set only while this script's top level runs, so it is read before anything waits.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"][data-site]');
const siteId = script?.dataset.site;

if (script && siteId && !document.querySelector('switchboard-widget')) {
  const options = { siteId, relayOrigin: new URL(script.src, location.href).origin };
  if (document.body) mountWidget(options);
  else document.addEventListener('DOMContentLoaded', () => mountWidget(options), { once: true });
}
