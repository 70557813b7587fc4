import { describe, expect, it } from 'vitest';
import { episodesOf, ownersBefore } from './episodes.js';
import { conversation } from './test-logs.js';

const AT = Date.UTC(2026, 2, 10, 9);

describe('episodesOf', () => {
  it('makes a whole conversation one episode that begins at its first entry', () => {
    const log = conversation('c1', AT).visitor('Hi').after(1).bot('Hello').log();
    expect(episodesOf(log)).toEqual([{ conversationId: 'c1', startedAt: AT, entries: log.entries }]);
  });

  it('starts a new episode where a resolved conversation is reopened', () => {
    const log = conversation('c1', AT)
      .visitor('Where is my order?')
      .bot('It ships today.')
      .after(40)
      .idleClosed()
      .after(60 * 24)
      .reopened()
      .visitor('It has not arrived.')
      .log();
    const episodes = episodesOf(log);
    expect(episodes.map((episode) => episode.entries.map((entry) => entry.seq))).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(episodes[1]?.startedAt).toBe(AT + (40 + 60 * 24) * 60_000);
  });

  it('leaves out entries of an episode that began before the log', () => {
    const log = conversation('c1', AT, 7).agent('Anything else?').resolved().reopened().visitor('Yes').log();
    expect(episodesOf(log).map((episode) => episode.entries.map((entry) => entry.kind))).toEqual([
      ['reopened', 'visitor_message'],
    ]);
  });

  it('finds no episode in an empty log', () => {
    expect(episodesOf({ conversationId: 'c1', entries: [] })).toEqual([]);
  });
});

describe('ownersBefore', () => {
  it('replays who had the conversation before each entry', () => {
    const { entries } = conversation('c1', AT)
      .visitor('Hi')
      .handoff('visitor_button')
      .joined()
      .left()
      .joined()
      .handedBack()
      .visitor('Thanks')
      .resolved()
      .log();
    expect(ownersBefore(entries)).toEqual([
      'bot',
      'bot',
      'waiting',
      'agent',
      'waiting',
      'agent',
      'bot',
      'bot',
    ]);
  });
});
