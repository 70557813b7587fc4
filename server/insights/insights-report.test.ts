import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import { buildInsightsReport, type ReportScope } from './insights-report.js';
import { conversation, MINUTE_MS, RETURNS } from './test-logs.js';

const HOUR_MS = 60 * MINUTE_MS;
/** 10 March 2026, 00:00 in Paris (23:00 UTC the day before). */
const MARCH_10_PARIS = Date.UTC(2026, 2, 9, 23);

const scope: ReportScope = {
  siteId: 'shop',
  from: '2026-03-10',
  to: '2026-03-12',
  calendar: createCalendar('Europe/Paris'),
  computedAt: Date.UTC(2026, 2, 13, 12),
  coverage: { conversationsRead: 5, isComplete: true },
};

const logs = [
  // 10 March: answered by the assistant.
  conversation('bot-answered', MARCH_10_PARIS + 9 * HOUR_MS)
    .visitor('What is your return policy?')
    .bot('30 days.', [RETURNS])
    .log(),
  // 10 March, 00:30 in Paris but still 9 March in UTC: it counts on the 10th in this zone.
  conversation('after-midnight', MARCH_10_PARIS + 30 * MINUTE_MS)
    .visitor('Do you sell gift wrap?')
    .miss()
    .visitor('Talk to a person')
    .handoff('visitor_phrase', 'The visitor asked for a person.')
    .after(4)
    .joined()
    .after(2)
    .agent('Hi, Alice here.')
    .after(14)
    .resolved()
    .log(),
  // 12 March: the visitor waits past the end of the range; the agent joins only on the 13th.
  conversation('waits-past-the-end', MARCH_10_PARIS + 2 * 24 * HOUR_MS + 23 * HOUR_MS)
    .visitor('Return policy?')
    .bot('30 days.', [RETURNS])
    .handoff('visitor_button', 'The visitor pressed “Talk to a person”.')
    .after(90)
    .joined()
    .log(),
  // Began on 9 March, before the range, then reopened on the 11th: only the reopening counts.
  conversation('reopened', MARCH_10_PARIS - 2 * HOUR_MS)
    .visitor('Shipping?')
    .bot('2 days.')
    .after((3 * HOUR_MS) / MINUTE_MS + 24 * 60)
    .reopened()
    .visitor('Gift wrap, do you sell it?')
    .miss()
    .log(),
];

describe('buildInsightsReport', () => {
  const report = buildInsightsReport(logs, scope);

  it('counts each conversation once, on the day it began in the chosen zone, including empty days', () => {
    expect(report.days.map((day) => [day.day, day.outcomes])).toEqual([
      ['2026-03-10', { bot_resolved: 1, handed_off: 1, abandoned: 0, unanswered: 0 }],
      ['2026-03-11', { bot_resolved: 0, handed_off: 0, abandoned: 0, unanswered: 1 }],
      ['2026-03-12', { bot_resolved: 0, handed_off: 0, abandoned: 1, unanswered: 0 }],
    ]);
    expect(report.totals).toEqual({
      conversations: 4,
      bot_resolved: 1,
      handed_off: 1,
      abandoned: 1,
      unanswered: 1,
    });
    expect(report.days[0]).toMatchObject({
      botResolutionRate: 0.5,
      handoffRate: 0.5,
      medianQueueMs: 4 * MINUTE_MS,
    });
    expect(report.days[1]).toMatchObject({ botResolutionRate: 0, handoffRate: 0, medianQueueMs: null });
    expect(report.timeZone).toBe('Europe/Paris');
  });

  it('measures waits and resolution within the range only', () => {
    expect(report.timings).toEqual({
      firstHumanResponse: { count: 1, medianMs: 6 * MINUTE_MS, p90Ms: 6 * MINUTE_MS },
      queue: { count: 1, medianMs: 4 * MINUTE_MS, p90Ms: 4 * MINUTE_MS },
      resolution: { count: 1, medianMs: 20 * MINUTE_MS, p90Ms: 20 * MINUTE_MS },
    });
  });

  it('groups the questions and ranks the content gaps, with links to their conversations', () => {
    // Equally big groups come in the order their first question was asked.
    expect(report.topQuestions.map((group) => [group.label, group.count])).toEqual([
      ['Do you sell gift wrap?', 2],
      ['What is your return policy?', 2],
    ]);
    expect(report.contentGaps).toEqual([
      {
        label: 'Do you sell gift wrap?',
        count: 2,
        conversations: 2,
        examples: ['Do you sell gift wrap?', 'Gift wrap, do you sell it?'],
        missed: 2,
        ledToHandoff: 1,
        places: [
          { conversationId: 'reopened', at: MARCH_10_PARIS + 25 * HOUR_MS },
          { conversationId: 'after-midnight', at: MARCH_10_PARIS + 30 * MINUTE_MS },
        ],
      },
      {
        label: 'Return policy?',
        count: 1,
        conversations: 1,
        examples: ['Return policy?'],
        missed: 0,
        ledToHandoff: 1,
        places: [{ conversationId: 'waits-past-the-end', at: MARCH_10_PARIS + 71 * HOUR_MS }],
      },
    ]);
  });

  it('breaks the handoffs down and counts the documents used', () => {
    expect(report.handoffs.map((breakdown) => [breakdown.trigger, breakdown.conversations])).toEqual([
      ['visitor_button', 1],
      ['visitor_phrase', 1],
    ]);
    expect(report.sources).toEqual({ documents: [{ ...RETURNS, answers: 2 }], answers: 2 });
  });

  it('defines every figure and passes the coverage on', () => {
    expect(Object.values(report.definitions).every((text) => text.length > 40)).toBe(true);
    expect(report.coverage).toEqual(scope.coverage);
  });

  it('reports zeros and no rates for a range without conversations', () => {
    const empty = buildInsightsReport([], { ...scope, from: '2026-03-01', to: '2026-03-01' });
    expect(empty.totals.conversations).toBe(0);
    expect(empty.days).toEqual([
      {
        day: '2026-03-01',
        outcomes: { bot_resolved: 0, handed_off: 0, abandoned: 0, unanswered: 0 },
        botResolutionRate: null,
        handoffRate: null,
        medianQueueMs: null,
        medianFirstResponseMs: null,
      },
    ]);
    expect(empty.rates.botResolution.value).toBeNull();
    expect(empty.timings.queue).toEqual({ count: 0, medianMs: null, p90Ms: null });
    expect([empty.topQuestions, empty.contentGaps, empty.handoffs, empty.sources.documents]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });
});
