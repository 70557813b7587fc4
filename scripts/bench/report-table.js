/**
 * The benchmark's printed table: one row per figure, the bare relay (a) and Switchboard (b) side by side,
 * the ratio (b)/(a), and the target with a pass or miss mark where there is one.
 */
import { judgeTargets } from './figures.js';

/** @typedef {import('./figures.js').RunFigures} RunFigures */
/** @typedef {import('./figures.js').ServerFigures} ServerFigures */
/** @typedef {import('./figures.js').Target} Target */

/**
 * @typedef {object} TableSettings
 * @property {number} rate The fixed rate of the latency figures, in messages per second.
 * @property {readonly number[]} idleCounts
 * @property {number} handoffConversations
 */

const HEADINGS = ['figure', '(a) bare Socket.IO', '(b) Switchboard', '(b)/(a)', 'target'];
const DASH = '—';

/** @param {number} value */
const whole = (value) => Math.round(value).toLocaleString('en-GB');

/**
 * @param {number} value
 * @param {number} digits
 */
function fixed(value, digits) {
  if (Number.isNaN(value)) return DASH;
  if (value === Infinity) return '∞ (undelivered)';
  return value.toFixed(digits);
}

/**
 * @param {number} a
 * @param {number} b
 */
function ratio(a, b) {
  const value = b / a;
  return Number.isFinite(value) ? value.toFixed(2) : DASH;
}

/**
 * What each visitor added between two counts: the RSS growth from the smaller count to the larger, per
 * visitor added, free of the one-off costs that the first visitors carry.
 * @param {ServerFigures} figures
 * @param {number} fewer
 * @param {number} fewerIndex
 * @param {number} more
 * @param {number} moreIndex
 */
function marginalBytes(figures, fewer, fewerIndex, more, moreIndex) {
  const atFewer = (figures.rssBytesPerVisitor[fewerIndex] ?? Number.NaN) * fewer;
  const atMore = (figures.rssBytesPerVisitor[moreIndex] ?? Number.NaN) * more;
  return (atMore - atFewer) / (more - fewer);
}

/** @param {Target | undefined} target */
const mark = (target) => (target ? `${target.description} ${target.isMet ? '✓ met' : '✗ missed'}` : '');

/**
 * @param {RunFigures} figures
 * @param {TableSettings} settings
 * @returns {string[][]}
 */
function rowsOf({ bare, switchboard }, { rate, idleCounts, handoffConversations }) {
  const targets = judgeTargets({ bare, switchboard }, idleCounts);
  const atRate = `at ${whole(rate)} msg/s`;
  /**
   * @param {string} label
   * @param {(figures: ServerFigures) => number} pick
   * @param {(value: number) => string} format
   * @param {Target} [target]
   */
  const row = (label, pick, format, target) => [
    label,
    format(pick(bare)),
    format(pick(switchboard)),
    ratio(pick(bare), pick(switchboard)),
    mark(target),
  ];
  return [
    row('throughput at saturation, msg/s', (f) => f.messagesPerSecond, whole, targets.throughput),
    row(
      `visitor→agent p50 ${atRate}, ms`,
      (f) => f.p50Ms,
      (v) => fixed(v, 2),
    ),
    row(
      `visitor→agent p99 ${atRate}, ms`,
      (f) => f.p99Ms,
      (v) => fixed(v, 2),
      targets.p99,
    ),
    row(
      'server CPU per message at saturation, µs',
      (f) => f.cpuMicrosAtSaturation,
      (v) => fixed(v, 1),
    ),
    row(
      `server CPU per message ${atRate}, µs`,
      (f) => f.cpuMicrosAtRate,
      (v) => fixed(v, 1),
    ),
    ...idleCounts.map((count, index) =>
      row(
        `RSS per idle visitor, ${whole(count)} visitors, kB`,
        (f) => (f.rssBytesPerVisitor[index] ?? Number.NaN) / 1000,
        (v) => fixed(v, 1),
        targets.rss[index],
      ),
    ),
    ...idleCounts.slice(1).map((count, index) => {
      const fewer = /** @type {number} */ (idleCounts[index]);
      return row(
        `RSS per idle visitor from ${whole(fewer)} to ${whole(count)}, kB`,
        (f) => marginalBytes(f, fewer, index, count, index + 1) / 1000,
        (v) => fixed(v, 1),
      );
    }),
    row(
      `handoff p50, ${whole(handoffConversations)} open conversations, ms`,
      (f) => f.handoffP50Ms,
      (v) => fixed(v, 2),
    ),
    row(
      `handoff p99, ${whole(handoffConversations)} open conversations, ms`,
      (f) => f.handoffP99Ms,
      (v) => fixed(v, 2),
    ),
    row(
      'server CPU use at saturation, cores',
      (f) => f.serverCores,
      (v) => fixed(v, 2),
    ),
    row(
      'driver CPU use at saturation, cores',
      (f) => f.driverCores,
      (v) => fixed(v, 2),
    ),
  ];
}

/**
 * The table as lines of text, columns padded to line up.
 * @param {RunFigures} figures
 * @param {TableSettings} settings
 */
export function formatTable(figures, settings) {
  const rows = [HEADINGS, ...rowsOf(figures, settings)];
  const widths = HEADINGS.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        // The figure's name and the target read left to right; numbers line up on the right.
        return column === 0 || column === HEADINGS.length - 1 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const [headings, ...body] = rows;
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(/** @type {string[]} */ (headings)), rule, ...body.map(line)].join('\n');
}

/**
 * Which of the targets Switchboard missed, as sentences; empty when it met them all.
 * @param {RunFigures} figures
 * @param {readonly number[]} idleCounts
 */
export function missedTargets(figures, idleCounts) {
  const targets = judgeTargets(figures, idleCounts);
  const { bare, switchboard } = figures;
  /** @type {string[]} */
  const missed = [];
  if (!targets.throughput.isMet) {
    missed.push(
      `throughput: (b)/(a) = ${ratio(bare.messagesPerSecond, switchboard.messagesPerSecond)}, target ${targets.throughput.description}`,
    );
  }
  if (!targets.p99.isMet)
    missed.push(`p99: ${fixed(switchboard.p99Ms, 2)} ms, target ${targets.p99.description}`);
  targets.rss.forEach((target, index) => {
    if (target.isMet) return;
    const kilobytes = (switchboard.rssBytesPerVisitor[index] ?? Number.NaN) / 1000;
    missed.push(
      `RSS per idle visitor at ${whole(idleCounts[index] ?? 0)}: ${fixed(kilobytes, 1)} kB, target ${target.description}`,
    );
  });
  return missed;
}
