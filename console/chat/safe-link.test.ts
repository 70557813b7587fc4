import { describe, expect, it } from 'vitest';
import { safeLinkUrl } from './safe-link.js';

describe('safeLinkUrl', () => {
  it('links http and https addresses', () => {
    expect(safeLinkUrl('https://shop.example/a?b=1')).toBe('https://shop.example/a?b=1');
    expect(safeLinkUrl('http://shop.example')).toBe('http://shop.example/');
  });

  it('refuses scripts, data and anything that is not a URL', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeLinkUrl('not a url')).toBeNull();
    expect(safeLinkUrl(null)).toBeNull();
  });
});
