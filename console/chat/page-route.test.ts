import { describe, expect, it } from 'vitest';
import { hashOf, pageFromHash } from './page-route.js';

describe('page routes', () => {
  it('reads the page from its hash', () => {
    expect(pageFromHash('#/settings')).toBe('settings');
    expect(pageFromHash('#/inbox')).toBe('inbox');
  });

  it.each(['', '#', '#/', '#/unknown', '#settings', '#/settings/extra', '#/toString', '#/__proto__'])(
    'falls back to the inbox for %j',
    (hash) => {
      expect(pageFromHash(hash)).toBe('inbox');
    },
  );

  it('writes each page’s hash so that it reads back as the same page', () => {
    for (const page of ['inbox', 'settings'] as const) expect(pageFromHash(hashOf(page))).toBe(page);
    expect(hashOf('settings')).toBe('#/settings');
  });
});
