import { describe, expect, it } from 'vitest';
import { LAUNCHER_VISIBLE_MARK, readWidgetLoad } from './widget-trace.js';

const LOADER = 'http://127.0.0.1:4000/widget.js';
const MAIN = 1;
const OTHER_THREAD = 2;

/**
 * A complete trace event; times in ms, as the figures are, converted to the trace's µs.
 * @param {string} name
 * @param {number} startMs
 * @param {number} durationMs
 * @param {{ url?: string, tid?: number }} [details]
 */
function span(name, startMs, durationMs, { url, tid = MAIN } = {}) {
  return {
    name,
    ph: 'X',
    ts: startMs * 1000,
    dur: durationMs * 1000,
    tid,
    ...(url === undefined ? {} : { args: { data: { url } } }),
  };
}

/** @param {number} atMs */
const visibleMark = (atMs) => ({ name: LAUNCHER_VISIBLE_MARK, ph: 'R', ts: atMs * 1000, tid: MAIN });

/** A page load: the loader's task at 100 ms, and the launcher on screen at 140 ms. */
const pageLoad = [
  span('RunTask', 20, 60),
  span('EvaluateScript', 25, 50, { url: 'http://127.0.0.1:4000/site.js' }),
  span('Layout', 40, 10),
  span('RunTask', 100, 12),
  span('EvaluateScript', 100.5, 11, { url: LOADER }),
  span('RunTask', 130, 5),
  span('Layout', 131, 3),
  span('Paint', 135, 2),
  visibleMark(140),
];

describe('readWidgetLoad', () => {
  it('times the launcher on screen from the start of the loader’s script', () => {
    expect(readWidgetLoad(pageLoad, LOADER).launcherVisibleMs).toBeCloseTo(39.5);
  });

  it('times the task that ran the loader’s script, and the longest run of the loader’s own code', () => {
    const withCallbacks = [
      ...pageLoad,
      span('RunTask', 200, 45),
      span('FunctionCall', 201, 0.5, { url: LOADER }),
      span('Paint', 205, 30),
      span('RunTask', 300, 30),
      span('FunctionCall', 301, 28, { url: LOADER }),
    ];
    expect(readWidgetLoad(pageLoad, LOADER)).toMatchObject({
      firstLoaderTaskMs: expect.closeTo(12),
      longestLoaderRunMs: expect.closeTo(11),
    });
    expect(readWidgetLoad(withCallbacks, LOADER)).toMatchObject({
      firstLoaderTaskMs: expect.closeTo(12),
      longestLoaderRunMs: expect.closeTo(28),
    });
  });

  it('counts style and layout passes nested in the loader’s code as forced, and the page’s own as not', () => {
    expect(readWidgetLoad(pageLoad, LOADER)).toMatchObject({ forcedLayouts: 0, forcedLayoutMs: 0 });
    const thrashing = [
      ...pageLoad,
      span('UpdateLayoutTree', 102, 1),
      span('Layout', 104, 2.5),
      span('Layout', 104, 2.5, { tid: OTHER_THREAD }),
    ];
    const figures = readWidgetLoad(thrashing, LOADER);
    expect(figures.forcedLayouts).toBe(2);
    expect(figures.forcedLayoutMs).toBeCloseTo(3.5);
  });

  it('says what is missing from a trace it cannot read', () => {
    expect(() => readWidgetLoad(pageLoad, 'http://127.0.0.1:4000/other.js')).toThrow(/no evaluation/);
    expect(() => readWidgetLoad(pageLoad.slice(0, -1), LOADER)).toThrow(/no mark/);
  });
});
