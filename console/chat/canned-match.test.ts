import { describe, expect, it } from 'vitest';
import { insertCannedResponse, matchCannedResponses, shortcutQuery } from './canned-match.js';

const responses = [
  { id: '1', shortcut: 'refund', text: 'Refunds take five days.' },
  { id: '2', shortcut: 'hello', text: 'Hello!' },
  { id: '3', shortcut: 'late-refund', text: 'Late refunds…' },
  { id: '4', shortcut: 'returns', text: 'Returns…' },
];

describe('shortcutQuery', () => {
  it('finds the shortcut being typed at the caret, at the start or after a space', () => {
    expect(shortcutQuery('/ref', 4)).toEqual({ query: 'ref', start: 0 });
    expect(shortcutQuery('Hi /Re', 6)).toEqual({ query: 're', start: 3 });
    expect(shortcutQuery('/', 1)).toEqual({ query: '', start: 0 });
  });

  it('is null inside a URL or a fraction, after a space, or before the caret reaches it', () => {
    expect(shortcutQuery('see https://a.example/ref', 25)).toBeNull();
    expect(shortcutQuery('1/2', 3)).toBeNull();
    expect(shortcutQuery('/ref ', 5)).toBeNull();
    expect(shortcutQuery('/ref and more', 13)).toBeNull();
  });
});

describe('matchCannedResponses', () => {
  it('lists shortcuts that start with the query first, then those that contain it', () => {
    expect(matchCannedResponses(responses, 're').map((response) => response.shortcut)).toEqual([
      'refund',
      'returns',
      'late-refund',
    ]);
  });

  it('lists them all, by shortcut, for an empty query', () => {
    expect(matchCannedResponses(responses, '').map((response) => response.shortcut)).toEqual([
      'hello',
      'late-refund',
      'refund',
      'returns',
    ]);
  });
});

describe('insertCannedResponse', () => {
  it('replaces the typed shortcut with the text and puts the caret after it', () => {
    expect(insertCannedResponse('Hi /ref thanks', 3, 7, 'Refunds take five days.')).toEqual({
      draft: 'Hi Refunds take five days. thanks',
      caret: 26,
    });
  });
});
