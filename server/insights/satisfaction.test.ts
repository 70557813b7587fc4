import { describe, expect, it } from 'vitest';
import { satisfactionOf } from './satisfaction.js';
import { conversation, MINUTE_MS } from './test-logs.js';

const START = Date.parse('2026-11-02T00:00:00Z');
const END = START + 24 * 60 * MINUTE_MS;

describe('satisfactionOf', () => {
  it('averages the ratings given in the range and counts each score', () => {
    const logs = [
      conversation('c1', START + MINUTE_MS)
        .visitor('Hi')
        .joined()
        .resolved()
        .rated(5, 'Great')
        .log(),
      conversation('c2', START + 2 * MINUTE_MS)
        .visitor('Hi')
        .joined()
        .resolved()
        .rated(2)
        .log(),
      conversation('c3', START + 3 * MINUTE_MS)
        .visitor('Hi')
        .joined()
        .resolved()
        .rated(5)
        .log(),
    ];
    expect(satisfactionOf(logs, START, END)).toEqual({
      ratings: 3,
      average: 4,
      distribution: [
        { score: 1, count: 0 },
        { score: 2, count: 1 },
        { score: 3, count: 0 },
        { score: 4, count: 0 },
        { score: 5, count: 2 },
      ],
    });
  });

  it('counts a rating on the day it was given, not the day its conversation began', () => {
    const ratedNextDay = conversation('c1', START - 10 * MINUTE_MS)
      .visitor('Hi')
      .resolved()
      .after(20)
      .rated(4)
      .log();
    const ratedBefore = conversation('c2', START - 10 * MINUTE_MS)
      .visitor('Hi')
      .resolved()
      .rated(1)
      .log();
    expect(satisfactionOf([ratedNextDay, ratedBefore], START, END)).toMatchObject({ ratings: 1, average: 4 });
  });

  it('has no average without ratings', () => {
    const unrated = conversation('c1', START).visitor('Hi').resolved().log();
    expect(satisfactionOf([unrated], START, END)).toMatchObject({ ratings: 0, average: null });
  });
});
