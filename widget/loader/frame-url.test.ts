import { describe, expect, it } from 'vitest';
import { parseFrameContext } from '../chat/frame-context.js';
import { frameUrl } from './frame-url.js';

const address = {
  origin: 'https://shop.example',
  href: 'https://shop.example/cart?item=42&x=a b#access_token=secret',
};
const page = { title: 'Cart & checkout', referrer: 'https://search.example/?q=shoes' };

describe('frameUrl', () => {
  it('points at the relay’s frame for the site, with the page encoded in the query', () => {
    const url = new URL(frameUrl('https://chat.example', 'demo', address, page));
    expect(url.origin).toBe('https://chat.example');
    expect(url.pathname).toBe('/frame/demo');
    expect(url.searchParams.get('host')).toBe('https://shop.example');
    expect(url.searchParams.get('title')).toBe('Cart & checkout');
    expect(url.searchParams.get('referrer')).toBe('https://search.example/?q=shoes');
  });

  it('leaves out the page address’s fragment', () => {
    const url = new URL(frameUrl('https://chat.example', 'demo', address, page));
    expect(url.searchParams.get('page')).toBe('https://shop.example/cart?item=42&x=a b');
  });

  it('caps long values', () => {
    const url = new URL(
      frameUrl(
        'https://chat.example',
        'demo',
        { ...address, href: `https://shop.example/${'a'.repeat(5000)}` },
        { ...page, title: 't'.repeat(1000) },
      ),
    );
    expect(url.searchParams.get('page')).toHaveLength(2048);
    expect(url.searchParams.get('title')).toHaveLength(300);
  });

  it('is read back by the frame as the same context', () => {
    const url = new URL(frameUrl('https://chat.example', 'demo', address, page));
    expect(parseFrameContext(url, 'en-GB')).toEqual({
      siteId: 'demo',
      isPreview: false,
      hostOrigin: 'https://shop.example',
      visitor: {
        pageUrl: 'https://shop.example/cart?item=42&x=a b',
        pageTitle: 'Cart & checkout',
        referrer: 'https://search.example/?q=shoes',
        locale: 'en-GB',
      },
    });
  });
});
