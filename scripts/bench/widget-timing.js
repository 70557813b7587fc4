/**
 * `npm run bench:widget`: how the loader behaves on a host page. It serves the built product (the demo
 * site embeds the snippet, `async`), loads the demo's home page in Chromium again and again, each time in
 * a fresh context (a first visit, nothing cached) on a CPU throttled as DevTools does it, and prints the
 * median and the worst of: the time from the loader's script starting to run to the launcher on screen,
 * the longest task the loader's code ran in, the style and layout passes that code forced, and the
 * longest task on the page. The targets: on screen within 100 ms of the loader's execution on a
 * mid-range page; no long task (over 50 ms); no layout thrash. Needs `npm run build` first.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRelayProcess, findFreePort } from '../chaos/relay-process.js';
import { installLauncherProbe } from './launcher-probe.js';
import { describeMachine } from './machine.js';
import { median } from './percentile.js';
import { LAUNCHER_VISIBLE_MARK, readWidgetLoad } from './widget-trace.js';
import { parseWidgetTimingOptions, USAGE, UsageError } from './widget-timing-options.js';

/** @typedef {import('./widget-trace.js').WidgetLoadFigures} WidgetLoadFigures */
/** @typedef {import('./launcher-probe.js').ProbeReadings} ProbeReadings */
/** @typedef {WidgetLoadFigures & { longestPageTaskMs: number, isLoaderAsync: boolean | null }} LoadFigures */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** As the end-to-end tests launch it (playwright.config.ts). */
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** The trace categories DevTools' Performance panel records: tasks, scripts, style, layout, marks. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];
/** How long each load is followed after the launcher shows, for the loader's later tasks. */
const FOLLOW_MS = 1000;
const LAUNCHER_TIMEOUT_MS = 15_000;
/** The targets. */
const MAX_VISIBLE_MS = 100;
const LONG_TASK_MS = 50;

/** Something to put right before the benchmark can run; its message says what. */
class SetupError extends Error {}

/**
 * One first visit to `pageUrl`, traced.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} pageUrl
 * @param {number} throttle
 * @returns {Promise<LoadFigures>}
 */
async function timeOneLoad(browser, pageUrl, throttle) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(installLauncherProbe, LAUNCHER_VISIBLE_MARK);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    /** @type {Buffer} */
    let trace;
    try {
      // The probe says so on the page's console, which reaches us over the DevTools protocol with nothing
      // run in the page: polling with `waitForFunction` would inject Playwright's own script, a task of
      // 40 to 70 ms on the throttled CPU, right while the loader is waiting for its turn.
      const launcherShown = page.waitForEvent('console', {
        predicate: (message) => message.text() === LAUNCHER_VISIBLE_MARK,
        timeout: LAUNCHER_TIMEOUT_MS,
      });
      await page.goto(pageUrl);
      await launcherShown;
      await page.waitForTimeout(FOLLOW_MS);
    } finally {
      trace = await browser.stopTracing();
    }
    const readings = /** @type {ProbeReadings} */ (
      await page.evaluate(() => Reflect.get(window, '__switchboardProbe'))
    );
    const { traceEvents } = JSON.parse(trace.toString());
    if (readings.loaderUrl === null) throw new Error('The page has no loader script tag.');
    return {
      ...readWidgetLoad(traceEvents, readings.loaderUrl),
      longestPageTaskMs: Math.max(0, ...readings.longTaskMs),
      isLoaderAsync: readings.isLoaderAsync,
    };
  } finally {
    await context.close();
  }
}

/**
 * @param {readonly LoadFigures[]} loads
 * @param {(load: LoadFigures) => number} figure
 */
function medianAndWorst(loads, figure) {
  const values = loads.map(figure);
  return { median: median(values), worst: Math.max(...values) };
}

/** @param {boolean} isMet */
const judge = (isMet) => (isMet ? '✓ met' : '✗ missed');

/**
 * @param {readonly LoadFigures[]} loads
 * @param {import('./widget-timing-options.js').WidgetTimingOptions} options
 */
function formatReport(loads, options) {
  const visible = medianAndWorst(loads, (load) => load.launcherVisibleMs);
  const firstTask = medianAndWorst(loads, (load) => load.firstLoaderTaskMs);
  const loaderRun = medianAndWorst(loads, (load) => load.longestLoaderRunMs);
  const forced = medianAndWorst(loads, (load) => load.forcedLayouts);
  const forcedMs = medianAndWorst(loads, (load) => load.forcedLayoutMs);
  const pageTask = medianAndWorst(loads, (load) => load.longestPageTaskMs);
  const rows = [
    ['figure', 'median', 'worst', 'target (on the median)'],
    [
      'launcher on screen after the loader starts, ms',
      visible.median.toFixed(1),
      visible.worst.toFixed(1),
      `≤ ${MAX_VISIBLE_MS} ms ${judge(visible.median <= MAX_VISIBLE_MS)}`,
    ],
    [
      "the loader's script's task (draws the launcher), ms",
      firstTask.median.toFixed(1),
      firstTask.worst.toFixed(1),
      `< ${LONG_TASK_MS} ms ${judge(firstTask.median < LONG_TASK_MS)}`,
    ],
    [
      "longest run of the loader's code at once, ms",
      loaderRun.median.toFixed(1),
      loaderRun.worst.toFixed(1),
      `< ${LONG_TASK_MS} ms ${judge(loaderRun.median < LONG_TASK_MS)}`,
    ],
    [
      'style and layout passes the loader forces',
      String(forced.median),
      String(forced.worst),
      `0 ${judge(forced.median === 0)}`,
    ],
    ['  their time, ms', forcedMs.median.toFixed(1), forcedMs.worst.toFixed(1), ''],
    [
      'longest task on the page, any script, ms (0: none over 50)',
      pageTask.median.toFixed(1),
      pageTask.worst.toFixed(1),
      '',
    ],
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (/** @type {string[]} */ row) =>
    row
      .map((cell, column) =>
        column === 0 || column === 3 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const asyncTags = new Set(loads.map((load) => String(load.isLoaderAsync)));
  return [
    line(/** @type {string[]} */ (rows[0])),
    (widths ?? []).map((width) => '-'.repeat(width)).join('  '),
    ...rows.slice(1).map(line),
    '',
    `The loader's script tag is async: ${[...asyncTags].join(', ')}.`,
    `${options.runs} first visits, CPU throttled ${options.throttle}×.`,
  ].join('\n');
}

/** @param {import('./widget-timing-options.js').WidgetTimingOptions} options */
async function runBenchmark(options) {
  for (const built of ['dist/server/main.js', 'dist/public/widget.js']) {
    if (!existsSync(join(ROOT, built)))
      throw new SetupError(`${built} is missing: build first (npm run build).`);
  }
  if (!existsSync(CHROMIUM)) throw new SetupError(`No Chromium at ${CHROMIUM}; set CHROMIUM_PATH.`);
  const directory = mkdtempSync(join(tmpdir(), 'switchboard-widget-timing-'));
  const relay = createRelayProcess({
    root: ROOT,
    port: await findFreePort(),
    databaseUrl: `sqlite:${join(directory, 'switchboard.sqlite')}`,
    logFile: join(directory, 'relay.log'),
    admin: { email: 'bench-admin@switchboard.test', password: 'bench-admin-password' },
  });
  await relay.start();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    console.log('Widget timing: the demo home page, first visits');
    console.log(`Machine: ${describeMachine()}; Chromium ${browser.version()}`);
    const pageUrl = `${relay.url}/`;
    // One load first, not counted, so the server's first answers (and Chromium's first start) are not timed.
    await timeOneLoad(browser, pageUrl, options.throttle);
    /** @type {LoadFigures[]} */
    const loads = [];
    for (let run = 1; run <= options.runs; run++) {
      const load = await timeOneLoad(browser, pageUrl, options.throttle);
      loads.push(load);
      console.log(
        `[${run}/${options.runs}] launcher on screen ${load.launcherVisibleMs.toFixed(1)} ms after the loader started; ` +
          `loader's task ${load.firstLoaderTaskMs.toFixed(1)} ms, its code's longest run ${load.longestLoaderRunMs.toFixed(1)} ms; forced layouts ${load.forcedLayouts}; ` +
          `longest page task ${load.longestPageTaskMs.toFixed(0)} ms`,
      );
    }
    console.log(`\n${formatReport(loads, options)}`);
  } finally {
    await browser.close();
    await relay.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

try {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  await runBenchmark(parseWidgetTimingOptions(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(
    error instanceof SetupError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
  process.exit(1);
}
