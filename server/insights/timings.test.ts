import { describe, expect, it } from 'vitest';
import { episodesOf, type Episode } from './episodes.js';
import { firstResponseTimes, percentile, queueTimes, resolutionTime, summarizeDurations } from './timings.js';
import { BOB, conversation, MINUTE_MS } from './test-logs.js';

const AT = Date.UTC(2026, 2, 10, 9);

function onlyEpisode(builder: ReturnType<typeof conversation>): Episode {
  const [episode] = episodesOf(builder.log());
  if (!episode) throw new Error('no episode');
  return episode;
}

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('summarizes durations whatever their order', () => {
    expect(summarizeDurations([30, 10, 20])).toEqual({ count: 3, medianMs: 20, p90Ms: 30 });
    expect(summarizeDurations([])).toEqual({ count: 0, medianMs: null, p90Ms: null });
  });
});

describe('waits for a person', () => {
  it('measures from the request to the join, and to the first agent message, not counting bot messages', () => {
    const episode = onlyEpisode(
      conversation('c', AT)
        .visitor('Human please')
        .handoff('visitor_phrase')
        .after(3)
        .joined()
        .after(2)
        .agent('Hello, I am Alice.')
        .after(1)
        .agent('How can I help?'),
    );
    expect(queueTimes(episode)).toEqual([3 * MINUTE_MS]);
    expect(firstResponseTimes(episode)).toEqual([5 * MINUTE_MS]);
  });

  it('measures each of several requests on its own, and leaves out one nobody answered', () => {
    const episode = onlyEpisode(
      conversation('c', AT)
        .handoff('visitor_button')
        .after(10)
        .timedOut()
        .bot('Still here to help.')
        .after(5)
        .handoff('visitor_button')
        .after(1)
        .joined(BOB)
        .after(1)
        .agent('Bob here.', BOB),
    );
    expect(queueTimes(episode)).toEqual([MINUTE_MS]);
    expect(firstResponseTimes(episode)).toEqual([2 * MINUTE_MS]);
  });

  it('keeps waiting through an agent who left without a word, until the next one writes', () => {
    const episode = onlyEpisode(
      conversation('c', AT)
        .handoff('visitor_button')
        .after(1)
        .joined()
        .after(2)
        .left()
        .after(3)
        .joined(BOB)
        .after(4)
        .agent('Sorry for the wait.', BOB),
    );
    expect(queueTimes(episode)).toEqual([MINUTE_MS]);
    expect(firstResponseTimes(episode)).toEqual([10 * MINUTE_MS]);
  });

  it('leaves out agent takeovers, which nobody waited for', () => {
    const episode = onlyEpisode(
      conversation('c', AT).visitor('Hi').handoff('agent_takeover').joined().after(1).agent('Hi!'),
    );
    expect(queueTimes(episode)).toEqual([]);
    expect(firstResponseTimes(episode)).toEqual([]);
  });
});

describe('resolutionTime', () => {
  it('measures from the first entry to an agent’s resolve', () => {
    const episode = onlyEpisode(
      conversation('c', AT).visitor('Hi').after(4).handoff('visitor_button').joined().after(6).resolved(),
    );
    expect(resolutionTime(episode)).toBe(10 * MINUTE_MS);
  });

  it('measures a reopened conversation from its reopening', () => {
    const log = conversation('c', AT)
      .visitor('Hi')
      .bot('Hello')
      .after(30)
      .idleClosed()
      .after(100)
      .reopened()
      .visitor('Again')
      .handoff('visitor_button')
      .joined()
      .after(7)
      .resolved()
      .log();
    expect(episodesOf(log).map(resolutionTime)).toEqual([null, 7 * MINUTE_MS]);
  });

  it('has none for a conversation still open', () => {
    expect(resolutionTime(onlyEpisode(conversation('c', AT).visitor('Hi').bot('Hello')))).toBeNull();
  });
});
