/**
 * The figures one run measures for each server, their medians over several runs, and the targets
 * for Switchboard, judged against them. A figure a server has no meaning for (the bare relay has no
 * handoff) is NaN.
 */
import { median } from './percentile.js';

/**
 * @typedef {object} ServerFigures
 * @property {number} messagesPerSecond Throughput at saturation.
 * @property {number} p50Ms Visitor-to-agent latency at the fixed rate.
 * @property {number} p99Ms
 * @property {number} cpuMicrosAtSaturation Server CPU time per message at saturation.
 * @property {number} cpuMicrosAtRate Server CPU time per message at the fixed rate.
 * @property {number[]} rssBytesPerVisitor By idle-visitor count.
 * @property {number} handoffP50Ms From an agent's claim to the visitor's "agent joined" entry.
 * @property {number} handoffP99Ms
 * @property {number} serverCores The server's CPU use at saturation, in cores.
 * @property {number} driverCores The driver's CPU use at saturation, in cores.
 */

/** @typedef {{ bare: ServerFigures, switchboard: ServerFigures }} RunFigures */

/**
 * @typedef {object} Target
 * @property {string} description
 * @property {boolean} isMet
 */

/** Switchboard's throughput must be at least this share of the bare relay's. */
export const MIN_THROUGHPUT_RATIO = 0.5;
/** Switchboard's p99 visitor-to-agent latency at 1,000 msg/s must be under this. */
export const MAX_P99_MS = 5;
/** Switchboard's RSS per idle visitor must be under this (1 kB = 1,000 bytes). */
export const MAX_BYTES_PER_IDLE_VISITOR = 20_000;

/**
 * The median of each figure over `runs`.
 * @param {readonly ServerFigures[]} runs At least one.
 * @returns {ServerFigures}
 */
export function medianFigures(runs) {
  /** @param {(figures: ServerFigures) => number} pick */
  const of = (pick) => median(runs.map(pick));
  const first = /** @type {ServerFigures} */ (runs[0]);
  return {
    messagesPerSecond: of((figures) => figures.messagesPerSecond),
    p50Ms: of((figures) => figures.p50Ms),
    p99Ms: of((figures) => figures.p99Ms),
    cpuMicrosAtSaturation: of((figures) => figures.cpuMicrosAtSaturation),
    cpuMicrosAtRate: of((figures) => figures.cpuMicrosAtRate),
    rssBytesPerVisitor: first.rssBytesPerVisitor.map((_, index) =>
      of((figures) => figures.rssBytesPerVisitor[index] ?? Number.NaN),
    ),
    handoffP50Ms: of((figures) => figures.handoffP50Ms),
    handoffP99Ms: of((figures) => figures.handoffP99Ms),
    serverCores: of((figures) => figures.serverCores),
    driverCores: of((figures) => figures.driverCores),
  };
}

/**
 * The targets, each judged on the figures given (medians, for several runs).
 * @param {RunFigures} figures
 * @param {readonly number[]} idleCounts The idle-visitor counts of `rssBytesPerVisitor`.
 * @returns {{ throughput: Target, p99: Target, rss: Target[] }}
 */
export function judgeTargets({ bare, switchboard }, idleCounts) {
  return {
    throughput: {
      description: `≥ ${MIN_THROUGHPUT_RATIO.toFixed(2)} × (a)`,
      isMet: switchboard.messagesPerSecond / bare.messagesPerSecond >= MIN_THROUGHPUT_RATIO,
    },
    p99: { description: `< ${MAX_P99_MS} ms`, isMet: switchboard.p99Ms < MAX_P99_MS },
    rss: idleCounts.map((_, index) => ({
      description: `< ${MAX_BYTES_PER_IDLE_VISITOR / 1000} kB`,
      isMet: (switchboard.rssBytesPerVisitor[index] ?? Infinity) < MAX_BYTES_PER_IDLE_VISITOR,
    })),
  };
}
