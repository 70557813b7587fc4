import { describe, expect, it } from 'vitest';
import { contextText, parseFrameContext, parseOrigin } from './frame-context.js';

function at(path: string) {
  const url = new URL(path, 'https://chat.example');
  return { pathname: url.pathname, search: url.search };
}

describe('parseFrameContext', () => {
  it('reads the site from the path and the context from the query string', () => {
    const context = parseFrameContext(
      at(
        '/frame/demo?host=https%3A%2F%2Fshop.example&page=https%3A%2F%2Fshop.example%2Fa&title=Shoes&referrer=',
      ),
      'fr-FR',
    );
    expect(context).toEqual({
      siteId: 'demo',
      isPreview: false,
      hostOrigin: 'https://shop.example',
      visitor: { pageUrl: 'https://shop.example/a', pageTitle: 'Shoes', referrer: null, locale: 'fr-FR' },
    });
  });

  it('reads the site of the full-page chat at /chat/SITE', () => {
    expect(parseFrameContext(at('/chat/demo'), null)).toMatchObject({ siteId: 'demo', hostOrigin: null });
  });

  it('knows the console’s preview by its query parameter', () => {
    expect(parseFrameContext(at('/frame/demo?preview'), null)?.isPreview).toBe(true);
    expect(parseFrameContext(at('/frame/demo?host=https%3A%2F%2Fshop.example'), null)?.isPreview).toBe(false);
  });

  it('accepts a trailing slash', () => {
    expect(parseFrameContext(at('/frame/demo/'), null)?.siteId).toBe('demo');
  });

  it('refuses a path without a valid site id', () => {
    expect(parseFrameContext(at('/frame/'), null)).toBeNull();
    expect(parseFrameContext(at('/frame/a.b'), null)).toBeNull();
    expect(parseFrameContext(at('/other/demo'), null)).toBeNull();
    expect(parseFrameContext(at(`/frame/${'x'.repeat(65)}`), null)).toBeNull();
  });

  it('has no host origin when the host parameter is missing or not an origin', () => {
    expect(parseFrameContext(at('/frame/demo'), null)?.hostOrigin).toBeNull();
    expect(
      parseFrameContext(at('/frame/demo?host=https%3A%2F%2Fshop.example%2Fpath'), null)?.hostOrigin,
    ).toBeNull();
    expect(parseFrameContext(at('/frame/demo?host=*'), null)?.hostOrigin).toBeNull();
  });

  it('has all context fields null when the query string is empty', () => {
    expect(parseFrameContext(at('/frame/demo'), null)?.visitor).toEqual({
      pageUrl: null,
      pageTitle: null,
      referrer: null,
      locale: null,
    });
  });
});

describe('parseOrigin', () => {
  it('accepts exactly an http or https origin', () => {
    expect(parseOrigin('https://shop.example')).toBe('https://shop.example');
    expect(parseOrigin('http://localhost:3000')).toBe('http://localhost:3000');
    expect(parseOrigin('https://shop.example/')).toBeNull();
    expect(parseOrigin('null')).toBeNull();
    expect(parseOrigin('file:///tmp/x.html')).toBeNull();
    expect(parseOrigin(null)).toBeNull();
  });
});

describe('contextText', () => {
  it('removes control characters the relay refuses', () => {
    expect(contextText('Sale\u0000 \u0007today\u007F', 100)).toBe('Sale today');
  });

  it('keeps tabs and new lines', () => {
    expect(contextText('a\tb\nc', 100)).toBe('a\tb\nc');
  });

  it('cuts to the limit without splitting a surrogate pair', () => {
    expect(contextText('ab😀', 3)).toBe('ab');
    expect(contextText('abcdef', 3)).toBe('abc');
  });

  it('turns empty text into null', () => {
    expect(contextText('   ', 10)).toBeNull();
    expect(contextText(undefined, 10)).toBeNull();
  });
});
