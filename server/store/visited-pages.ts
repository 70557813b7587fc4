import { MAX_VISITED_PAGES, type VisitedPage, type VisitorContext } from '../../protocol/conversation.js';

/**
 * The pages after the visitor reported `visitor` at `at`: its page appended when it differs from the newest
 * one (a reload or a second tab on the same page is not a new visit), the oldest forgotten beyond
 * {@link MAX_VISITED_PAGES}. The same array when nothing changes.
 */
export function visitedPagesAfter(pages: VisitedPage[], visitor: VisitorContext, at: number): VisitedPage[] {
  if (visitor.pageUrl === null || pages.at(-1)?.url === visitor.pageUrl) return pages;
  return [...pages, { url: visitor.pageUrl, title: visitor.pageTitle, at }].slice(-MAX_VISITED_PAGES);
}
