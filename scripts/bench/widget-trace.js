/**
 * The widget-timing figures of one page load, read from Chromium's performance trace of it (the events
 * DevTools' Performance panel shows): when the loader's script began to run, how long its task and its
 * code's longest run took, which style and layout work that code forced, and when the launcher was first
 * on screen, from the mark the page probe (`launcher-probe.js`) leaves in the trace. Times are in ms.
 */

/** The mark the page probe sets at the time the launcher was first rendered in the viewport. */
export const LAUNCHER_VISIBLE_MARK = 'switchboard-bench:launcher-visible';

/** Style and layout work; nested inside the loader's script, it was forced by a read of the loader's. */
const STYLE_AND_LAYOUT = new Set(['Layout', 'UpdateLayoutTree']);

/**
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} [ph]
 * @property {number} ts In µs.
 * @property {number} [dur] In µs, for complete ('X') events.
 * @property {number} [tid]
 * @property {{ data?: { url?: string } }} [args]
 */

/**
 * @typedef {object} WidgetLoadFigures
 * @property {number} launcherVisibleMs From the start of the loader's script to the launcher on screen.
 * @property {number} firstLoaderTaskMs The task that ran the loader's script, which draws the launcher.
 * @property {number} longestLoaderRunMs The longest the loader's own code held the main thread at once: its
 *   script, or one of its callbacks, with everything the browser did inside it (forced layouts, storage
 *   round trips). A callback can run inside a task that is mostly the browser's (a frame's rendering, for
 *   an animation-frame callback), so the whole task is not the loader's.
 * @property {number} forcedLayouts Style or layout passes forced while the loader's code ran.
 * @property {number} forcedLayoutMs Their total time.
 */

/** @param {number} microseconds */
const ms = (microseconds) => microseconds / 1000;

/**
 * @param {TraceEvent} outer
 * @param {TraceEvent} inner
 */
function contains(outer, inner) {
  return (
    outer.tid === inner.tid &&
    outer.ts <= inner.ts &&
    inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0)
  );
}

/**
 * @param {readonly TraceEvent[]} events A trace's `traceEvents`.
 * @param {string} loaderUrl The loader's absolute URL, as the page fetched it.
 * @returns {WidgetLoadFigures}
 */
export function readWidgetLoad(events, loaderUrl) {
  /** Where the loader's code ran: its script's evaluation, and later calls into it (event listeners). */
  const loaderRuns = events.filter(
    (event) =>
      (event.name === 'EvaluateScript' || event.name === 'FunctionCall') &&
      event.ph === 'X' &&
      event.args?.data?.url === loaderUrl,
  );
  const evaluation = loaderRuns
    .filter((event) => event.name === 'EvaluateScript')
    .toSorted((left, right) => left.ts - right.ts)[0];
  if (!evaluation) throw new Error(`The trace has no evaluation of ${loaderUrl}.`);
  const visible = events.find((event) => event.name === LAUNCHER_VISIBLE_MARK);
  if (!visible) throw new Error('The trace has no mark of the launcher on screen.');

  const scriptTasks = events.filter((event) => event.name === 'RunTask' && contains(event, evaluation));
  const forced = events.filter(
    (event) =>
      STYLE_AND_LAYOUT.has(event.name) && event.ph === 'X' && loaderRuns.some((run) => contains(run, event)),
  );
  return {
    launcherVisibleMs: ms(visible.ts - evaluation.ts),
    // A trace without task events still bounds the script's task by the script's own evaluation.
    firstLoaderTaskMs: ms(Math.max(...[evaluation, ...scriptTasks].map((event) => event.dur ?? 0))),
    longestLoaderRunMs: ms(Math.max(...loaderRuns.map((run) => run.dur ?? 0))),
    forcedLayouts: forced.length,
    forcedLayoutMs: ms(forced.reduce((sum, event) => sum + (event.dur ?? 0), 0)),
  };
}
