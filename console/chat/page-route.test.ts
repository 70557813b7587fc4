import { describe, expect, it } from 'vitest';
import { conversationFromHash, conversationHash, hashOf, pageFromHash } from './page-route.js';

describe('pageFromHash', () => {
  it('reads the page a hash names', () => {
    expect(pageFromHash('#/insights')).toBe('insights');
    expect(pageFromHash('#/settings')).toBe('settings');
    expect(pageFromHash('#/inbox')).toBe('inbox');
    expect(pageFromHash('#/inbox?conversation=c1')).toBe('inbox');
  });

  it('falls back to the inbox for anything else', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/nowhere',
      '#insights',
      '#/insights/more',
      '#/INSIGHTS',
      '#/toString',
      '#/__proto__',
    ]) {
      expect([hash, pageFromHash(hash)]).toEqual([hash, 'inbox']);
    }
  });

  it('round-trips every page through its hash', () => {
    for (const page of ['inbox', 'insights', 'settings'] as const)
      expect(pageFromHash(hashOf(page))).toBe(page);
    expect(hashOf('inbox')).toBe('#/inbox');
  });
});

describe('conversation links', () => {
  it('opens a conversation in the inbox by its id', () => {
    expect(conversationHash('c-1_x')).toBe('#/inbox?conversation=c-1_x');
    expect(conversationFromHash(conversationHash('c-1_x'))).toBe('c-1_x');
    expect(conversationFromHash(conversationHash('a/b c'))).toBe('a/b c');
  });

  it('opens nothing from a hash without a conversation, or on another page', () => {
    expect(conversationFromHash('#/inbox')).toBeNull();
    expect(conversationFromHash('#/inbox?conversation=')).toBeNull();
    expect(conversationFromHash('#/insights?conversation=c1')).toBeNull();
  });
});
