import { describe, expect, it } from 'vitest';
import type { InsightsDay, InsightsReport } from '../../protocol/insights.js';
import {
  formatDay,
  formatDuration,
  formatPercent,
  stackedOutcomes,
  summarizeOutcomes,
  summarizeRates,
} from './insights-figures.js';

function day(date: string, counts: [number, number, number, number]): InsightsDay {
  const [bot_resolved, handed_off, abandoned, unanswered] = counts;
  return {
    day: date,
    outcomes: { bot_resolved, handed_off, abandoned, unanswered },
    botResolutionRate: null,
    handoffRate: null,
    medianQueueMs: null,
    medianFirstResponseMs: null,
  };
}

const days = [
  day('2026-03-10', [3, 1, 0, 1]),
  day('2026-03-11', [0, 0, 0, 0]),
  day('2026-03-12', [1, 2, 1, 0]),
];

function reportOf(overrides: Partial<InsightsReport>): InsightsReport {
  return {
    from: '2026-03-10',
    to: '2026-03-12',
    days,
    totals: { conversations: 9, bot_resolved: 4, handed_off: 3, abandoned: 1, unanswered: 1 },
    rates: {
      botResolution: { count: 4, total: 9, value: 4 / 9 },
      handoff: { count: 4, total: 9, value: 4 / 9 },
      unanswered: { count: 1, total: 9, value: 1 / 9 },
      abandonment: { count: 1, total: 4, value: 0.25 },
    },
    ...overrides,
  } as InsightsReport;
}

describe('formatting', () => {
  it('writes shares as whole percentages', () => {
    expect(formatPercent(4 / 9)).toBe('44 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(null)).toBe('–');
  });

  it('writes durations as people say them', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(200_000)).toBe('3 min 20 s');
    expect(formatDuration(180_000)).toBe('3 min');
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 5 min');
    expect(formatDuration(null)).toBe('–');
  });

  it('labels days shortly, as the report counted them', () => {
    expect(formatDay('2026-03-10')).toBe('10 Mar');
  });
});

describe('stackedOutcomes', () => {
  it('stacks each outcome on the ones before it, day by day', () => {
    expect(stackedOutcomes(days)).toEqual({
      bot_resolved: [3, 0, 1],
      handed_off: [4, 0, 3],
      abandoned: [4, 0, 4],
      unanswered: [5, 0, 4],
    });
  });
});

describe('summaries', () => {
  it('sums the outcomes up in a sentence', () => {
    expect(summarizeOutcomes(reportOf({}))).toBe(
      '9 conversations between 10 Mar and 12 Mar: 4 resolved by the bot, 3 handed off, 1 abandoned while waiting, 1 unanswered. The busiest day was 10 Mar, with 5.',
    );
  });

  it('says when there was nothing', () => {
    const empty = reportOf({
      totals: { conversations: 0, bot_resolved: 0, handed_off: 0, abandoned: 0, unanswered: 0 },
      rates: {
        botResolution: { count: 0, total: 0, value: null },
        handoff: { count: 0, total: 0, value: null },
        unanswered: { count: 0, total: 0, value: null },
        abandonment: { count: 0, total: 0, value: null },
      },
    });
    expect(summarizeOutcomes(empty)).toBe('No conversation began between 10 Mar and 12 Mar.');
    expect(summarizeRates(empty)).toBe('No rate can be given without conversations.');
  });

  it('sums the rates up in a sentence', () => {
    expect(summarizeRates(reportOf({}))).toBe(
      'Over the range, the bot resolved 44 % of conversations, 44 % asked for a person and 11 % went unanswered.',
    );
  });
});
