import { describe, expect, it } from 'vitest';
import { episodesOf } from './episodes.js';
import { countOutcomes, outcomeOf, ratesOf } from './outcomes.js';
import { conversation, RETURNS } from './test-logs.js';

const AT = Date.UTC(2026, 2, 10, 9);

function onlyEpisode(log: ReturnType<ReturnType<typeof conversation>['log']>) {
  const [episode] = episodesOf(log);
  if (!episode) throw new Error('no episode');
  return episode;
}

describe('outcomeOf', () => {
  it('counts a conversation the assistant answered and nobody escalated as resolved by the bot', () => {
    const ended = conversation('c', AT).visitor('Returns?').bot('30 days.', [RETURNS]).idleClosed().log();
    const stillOpen = conversation('c', AT).visitor('Returns?').bot('30 days.', [RETURNS]).log();
    expect(outcomeOf(onlyEpisode(ended))).toBe('bot_resolved');
    expect(outcomeOf(onlyEpisode(stillOpen))).toBe('bot_resolved');
  });

  it('counts a conversation whose last bot reply was a miss as unanswered, even after earlier answers', () => {
    const log = conversation('c', AT).visitor('Returns?').bot('30 days.').visitor('Gift wrap?').miss().log();
    expect(outcomeOf(onlyEpisode(log))).toBe('unanswered');
    expect(outcomeOf(onlyEpisode(conversation('c', AT).visitor('Hello?').log()))).toBe('unanswered');
  });

  it('counts a conversation a person joined as handed off, whatever happened after', () => {
    const log = conversation('c', AT)
      .visitor('Human please')
      .handoff('visitor_phrase')
      .joined()
      .handedBack()
      .visitor('Returns?')
      .bot('30 days.')
      .log();
    expect(outcomeOf(onlyEpisode(log))).toBe('handed_off');
    const takeover = conversation('c', AT).visitor('Hi').handoff('agent_takeover').joined().log();
    expect(outcomeOf(onlyEpisode(takeover))).toBe('handed_off');
  });

  it('counts a request for a person that nobody joined as abandoned: timed out, closed or still waiting', () => {
    const timedOut = conversation('c', AT).handoff('visitor_button').after(10).timedOut().log();
    const closedWaiting = conversation('c', AT).handoff('visitor_button').after(30).idleClosed().log();
    const stillWaiting = conversation('c', AT)
      .visitor('Hi')
      .miss()
      .visitor('?')
      .miss()
      .handoff('bot_misses')
      .log();
    const answeredAfterTimeout = conversation('c', AT)
      .handoff('visitor_button')
      .timedOut()
      .visitor('Returns?')
      .bot('30 days.')
      .log();
    for (const log of [timedOut, closedWaiting, stillWaiting, answeredAfterTimeout]) {
      expect(outcomeOf(onlyEpisode(log))).toBe('abandoned');
    }
  });

  it('judges several handoffs in one conversation by whether any person joined', () => {
    const log = conversation('c', AT)
      .handoff('visitor_button')
      .timedOut()
      .handoff('visitor_phrase')
      .joined()
      .log();
    expect(outcomeOf(onlyEpisode(log))).toBe('handed_off');
  });
});

describe('rates', () => {
  it('gives every conversation one outcome, so the partitioning rates add up to exactly 100 %', () => {
    const log = conversation('c', AT)
      .visitor('Returns?')
      .bot('30 days.')
      .resolved()
      .reopened()
      .handoff('visitor_button')
      .joined()
      .resolved()
      .reopened()
      .handoff('visitor_button')
      .timedOut()
      .resolved()
      .reopened()
      .visitor('Gift wrap?')
      .miss()
      .log();
    const counts = countOutcomes(episodesOf(log));
    expect(counts).toEqual({ bot_resolved: 1, handed_off: 1, abandoned: 1, unanswered: 1 });
    const rates = ratesOf(counts);
    expect(rates.botResolution).toEqual({ count: 1, total: 4, value: 0.25 });
    expect(rates.handoff).toEqual({ count: 2, total: 4, value: 0.5 });
    expect(rates.unanswered).toEqual({ count: 1, total: 4, value: 0.25 });
    expect(
      (rates.botResolution.value ?? 0) + (rates.handoff.value ?? 0) + (rates.unanswered.value ?? 0),
    ).toBe(1);
    expect(rates.abandonment).toEqual({ count: 1, total: 2, value: 0.5 });
  });

  it('has no rate at all when there is no conversation', () => {
    const rates = ratesOf(countOutcomes([]));
    expect(rates.botResolution).toEqual({ count: 0, total: 0, value: null });
    expect(rates.abandonment.value).toBeNull();
  });
});
