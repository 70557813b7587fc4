import { describe, expect, it } from 'vitest';
import { episodesOf } from './episodes.js';
import { handoffBreakdown, REASONS_PER_TRIGGER } from './handoffs.js';
import { conversation } from './test-logs.js';

const AT = Date.UTC(2026, 2, 10, 9);

describe('handoffBreakdown', () => {
  it('counts each conversation once, under its first request’s trigger and reason', () => {
    const episodes = [
      conversation('a', AT)
        .handoff('bot_misses', 'No answer twice.')
        .timedOut()
        .handoff('visitor_button', 'Button.')
        .log(),
      conversation('b', AT).handoff('bot_misses', 'No  answer TWICE.').log(),
      conversation('c', AT).handoff('visitor_button', 'Button.').joined().log(),
      conversation('d', AT).visitor('Returns?').bot('30 days.').log(),
    ].flatMap(episodesOf);
    expect(handoffBreakdown(episodes)).toEqual([
      {
        trigger: 'bot_misses',
        conversations: 2,
        reasons: [{ reason: 'No answer twice.', count: 2 }],
        otherReasons: 0,
      },
      {
        trigger: 'visitor_button',
        conversations: 1,
        reasons: [{ reason: 'Button.', count: 1 }],
        otherReasons: 0,
      },
    ]);
  });

  it('lists the most common reasons and counts the rest as other reasons', () => {
    const reasons = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'e', 'f', 'g'];
    const episodes = reasons.flatMap((reason, index) =>
      episodesOf(
        conversation(`c${index}`, AT).visitor(reason).handoff('visitor_phrase', `Asked: ${reason}`).log(),
      ),
    );
    const [phrase] = handoffBreakdown(episodes);
    expect(phrase?.conversations).toBe(10);
    expect(phrase?.reasons).toHaveLength(REASONS_PER_TRIGGER);
    expect(phrase?.reasons.slice(0, 3)).toEqual([
      { reason: 'Asked: a', count: 3 },
      { reason: 'Asked: b', count: 2 },
      { reason: 'Asked: c', count: 1 },
    ]);
    expect(phrase?.otherReasons).toBe(2);
  });

  it('is empty when nobody asked for a person', () => {
    expect(handoffBreakdown([])).toEqual([]);
  });
});
