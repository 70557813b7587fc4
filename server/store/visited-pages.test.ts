import { describe, expect, it } from 'vitest';
import { MAX_VISITED_PAGES, type VisitorContext } from '../../protocol/conversation.js';
import { visitedPagesAfter } from './visited-pages.js';

function on(pageUrl: string | null): VisitorContext {
  return { pageUrl, pageTitle: 'Title', referrer: null, locale: null };
}

describe('visitedPagesAfter', () => {
  it('appends a page that differs from the newest one', () => {
    const first = visitedPagesAfter([], on('https://shop.example/'), 1);
    expect(visitedPagesAfter(first, on('https://shop.example/pricing'), 2)).toEqual([
      { url: 'https://shop.example/', title: 'Title', at: 1 },
      { url: 'https://shop.example/pricing', title: 'Title', at: 2 },
    ]);
  });

  it('keeps the pages as they are when the visitor is still on the newest one', () => {
    const pages = visitedPagesAfter([], on('https://shop.example/'), 1);
    expect(visitedPagesAfter(pages, on('https://shop.example/'), 2)).toBe(pages);
  });

  it('keeps the pages as they are when the widget reports no page', () => {
    expect(visitedPagesAfter([], on(null), 1)).toEqual([]);
  });

  it('forgets the oldest page beyond the limit', () => {
    let pages = visitedPagesAfter([], on('https://shop.example/0'), 0);
    for (let index = 1; index <= MAX_VISITED_PAGES; index++) {
      pages = visitedPagesAfter(pages, on(`https://shop.example/${index}`), index);
    }
    expect(pages).toHaveLength(MAX_VISITED_PAGES);
    expect(pages[0]?.url).toBe('https://shop.example/1');
  });
});
