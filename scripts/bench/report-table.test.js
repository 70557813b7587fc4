import { describe, expect, it } from 'vitest';
import { medianFigures } from './figures.js';
import { formatTable, missedTargets } from './report-table.js';

/** @typedef {import('./figures.js').ServerFigures} ServerFigures */

/** @param {Partial<ServerFigures>} figures @returns {ServerFigures} */
function serverFigures(figures) {
  return {
    messagesPerSecond: 20_000,
    p50Ms: 0.5,
    p99Ms: 1.5,
    cpuMicrosAtSaturation: 50,
    cpuMicrosAtRate: 80,
    rssBytesPerVisitor: [9000, 8000],
    handoffP50Ms: Number.NaN,
    handoffP99Ms: Number.NaN,
    serverCores: 1,
    driverCores: 0.5,
    ...figures,
  };
}

const SETTINGS = { rate: 1000, idleCounts: [1000, 5000], handoffConversations: 1000 };

describe('formatTable', () => {
  it('sets the two relays side by side with their ratio and the targets met', () => {
    const table = formatTable(
      {
        bare: serverFigures({}),
        switchboard: serverFigures({ messagesPerSecond: 12_000, p99Ms: 3.25, handoffP99Ms: 4 }),
      },
      SETTINGS,
    );
    const lines = table.split('\n');
    const throughput = lines.find((line) => line.startsWith('throughput'));
    expect(throughput).toMatch(/20,000\s+12,000\s+0\.60\s+≥ 0\.50 × \(a\) ✓ met/);
    expect(lines.find((line) => line.includes('p99 at 1,000 msg/s'))).toMatch(/3\.25\s+2\.17\s+< 5 ms ✓ met/);
    expect(lines.find((line) => line.startsWith('handoff p99'))).toMatch(/—\s+4\.00\s+—/);
    expect(lines.find((line) => line.includes('5,000 visitors'))).toMatch(
      /8\.0\s+8\.0\s+1\.00\s+< 20 kB ✓ met/,
    );
  });

  it('marks the targets Switchboard misses, and an undelivered message as an infinite p99', () => {
    const figures = {
      bare: serverFigures({}),
      switchboard: serverFigures({
        messagesPerSecond: 5000,
        p99Ms: Infinity,
        rssBytesPerVisitor: [25_000, 8000],
      }),
    };
    const table = formatTable(figures, SETTINGS);
    expect(table).toContain('0.25  ≥ 0.50 × (a) ✗ missed');
    expect(table).toContain('∞ (undelivered)');
    expect(missedTargets(figures, SETTINGS.idleCounts)).toEqual([
      'throughput: (b)/(a) = 0.25, target ≥ 0.50 × (a)',
      'p99: ∞ (undelivered) ms, target < 5 ms',
      'RSS per idle visitor at 1,000: 25.0 kB, target < 20 kB',
    ]);
  });

  it('lines the ratios up under their heading', () => {
    const [heading = '', , ...body] = formatTable(
      { bare: serverFigures({}), switchboard: serverFigures({}) },
      SETTINGS,
    ).split('\n');
    const ratioEnd = heading.indexOf('(b)/(a)') + '(b)/(a)'.length;
    for (const line of body) expect(line.slice(0, ratioEnd)).toMatch(/ (\d+\.\d\d|—)$/);
  });
});

describe('medianFigures', () => {
  it('takes the median of each figure separately', () => {
    const medians = medianFigures([
      serverFigures({ messagesPerSecond: 100, p99Ms: 9, rssBytesPerVisitor: [1, 10] }),
      serverFigures({ messagesPerSecond: 300, p99Ms: 1, rssBytesPerVisitor: [3, 30] }),
      serverFigures({ messagesPerSecond: 200, p99Ms: 5, rssBytesPerVisitor: [2, 20] }),
    ]);
    expect(medians).toMatchObject({ messagesPerSecond: 200, p99Ms: 5, rssBytesPerVisitor: [2, 20] });
    expect(medians.handoffP99Ms).toBeNaN();
  });
});
