/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * What the widget-timing benchmark runs in the host page before any of the page's own scripts: it watches
 * for the loader's launcher and marks, in the page's performance timeline (and so in the trace), the
 * moment the launcher was first rendered in the viewport, and says so on the page's console, which the
 * benchmark hears over the DevTools protocol without running anything in the page; and it keeps the page's
 * long tasks. The page is otherwise untouched: the loader runs as it would for a visitor.
 *
 * "Rendered in the viewport" is the time of the launcher button's first intersection with the viewport,
 * which the browser computes while it renders the frame that first shows it, just before painting it.
 */

/**
 * @typedef {object} ProbeReadings
 * @property {number[]} longTaskMs Every task of the page over 50 ms (the Long Tasks API's threshold).
 * @property {boolean | null} isLoaderAsync Whether the loader's script tag has `async`; null without one.
 * @property {string | null} loaderUrl The loader's absolute URL, as the page asked for it; null without one.
 */

/**
 * Installs the probe. Runs in the page, so it may use only what it defines itself; `markName` is
 * `LAUNCHER_VISIBLE_MARK`, passed in by Playwright.
 * @param {string} markName
 */
export function installLauncherProbe(markName) {
  /** @type {ProbeReadings} */
  const readings = { longTaskMs: [], isLoaderAsync: null, loaderUrl: null };
  Object.defineProperty(window, '__switchboardProbe', { value: readings });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) readings.longTaskMs.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });

  const visibility = new IntersectionObserver((entries) => {
    const entry = entries.find((candidate) => candidate.isIntersecting);
    if (!entry) return;
    visibility.disconnect();
    performance.mark(markName, { startTime: entry.time });
    console.debug(markName);
  });
  // The loader appends its host to the body. Watching only the body's own children (and the root's, until
  // the body exists) keeps the probe's work at each microtask checkpoint to a few records, where watching
  // the whole document would run it over every node the parser inserts, inside the tasks being timed.
  const watchBody = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const launcher =
          node instanceof HTMLElement && node.localName === 'switchboard-widget'
            ? node.shadowRoot?.querySelector('button')
            : null;
        if (!launcher) continue;
        watchBody.disconnect();
        const loader = document.querySelector('script[src*="widget.js"]');
        readings.isLoaderAsync = loader instanceof HTMLScriptElement ? loader.async : null;
        readings.loaderUrl = loader instanceof HTMLScriptElement ? loader.src : null;
        visibility.observe(launcher);
        return;
      }
    }
  });
  const watchRoot = new MutationObserver(() => {
    if (!document.body) return;
    watchRoot.disconnect();
    watchBody.observe(document.body, { childList: true });
  });
  watchRoot.observe(document, { childList: true, subtree: true });
}
