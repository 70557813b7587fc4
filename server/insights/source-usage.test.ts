import { describe, expect, it } from 'vitest';
import { episodesOf } from './episodes.js';
import { sourceUsage } from './source-usage.js';
import { conversation, RETURNS, SHIPPING } from './test-logs.js';

const AT = Date.UTC(2026, 2, 10, 9);

describe('sourceUsage', () => {
  it('counts the answers that cited each document, most used first', () => {
    const episodes = [
      conversation('a', AT)
        .visitor('Returns?')
        .bot('30 days.', [RETURNS])
        .visitor('Shipping?')
        .bot('2 days.', [SHIPPING, RETURNS])
        .log(),
      conversation('b', AT)
        .visitor('Returns?')
        .bot('30 days.', [RETURNS, RETURNS])
        .visitor('Hi')
        .bot('Hello!')
        .miss()
        .log(),
    ].flatMap(episodesOf);
    expect(sourceUsage(episodes)).toEqual({
      documents: [
        { ...RETURNS, answers: 3 },
        { ...SHIPPING, answers: 1 },
      ],
      answers: 3,
    });
  });

  it('finds no document used when the assistant cited none', () => {
    expect(sourceUsage([])).toEqual({ documents: [], answers: 0 });
  });
});
