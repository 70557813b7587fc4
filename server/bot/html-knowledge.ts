/**
 * Reads a help page written in HTML as a knowledge document: the title is the page's `<title>` (or else
 * its first `<h1>`), each `<h2>` starts a section, the text before the first `<h2>` is a section headed by
 * the title, and the page's `<link rel="canonical">` is where visitors can read it. Navigation and chrome
 * (`<nav>`, `<header>`, `<footer>`, `<aside>`, `<form>`, scripts, styles, and anything with
 * `role="navigation"`) are left out, so the bot answers from the page's own words only.
 */
import { titleFromFileName } from './document-title.js';
import type { KnowledgeDocument, KnowledgeSection } from './knowledge-document.js';
import { tokenizeHtml, type HtmlToken } from './html-tokens.js';

const STRIPPED_ELEMENTS = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'script',
  'style',
  'form',
  'noscript',
  'template',
  'svg',
  'iframe',
]);
/** Elements without content or end tag. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements that start and end a line of text. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Whether an element and all it contains are left out of the document. */
function isStripped(token: Extract<HtmlToken, { type: 'start' }>): boolean {
  if (STRIPPED_ELEMENTS.has(token.name)) return true;
  const roles = (token.attributes.get('role') ?? '').toLowerCase().split(/\s+/);
  return roles.includes('navigation');
}

/**
 * Parses one HTML page into a document.
 * @param id The document's id; without its extension, the file name gives the title of a page with neither
 *   `<title>` nor `<h1>`.
 */
export function parseHtmlDocument(html: string, id: string): KnowledgeDocument {
  let title: string | null = null;
  let firstH1: string | null = null;
  let url: string | null = null;
  const parts: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  let capture: { element: 'title' | 'h1' | 'h2'; text: string } | null = null;
  let skipped: { name: string; depth: number } | null = null;
  let line = '';
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) parts.at(-1)?.lines.push(text);
    line = '';
  };

  for (const token of tokenizeHtml(html)) {
    if (skipped !== null) {
      if (token.type === 'start' && token.name === skipped.name && !token.isSelfClosing) skipped.depth++;
      if (token.type === 'end' && token.name === skipped.name && --skipped.depth === 0) skipped = null;
      continue;
    }
    if (token.type === 'text') {
      if (capture) capture.text += token.text;
      else line += token.text;
      continue;
    }
    if (token.type === 'start') {
      if (isStripped(token)) {
        if (!VOID_ELEMENTS.has(token.name) && !token.isSelfClosing) skipped = { name: token.name, depth: 1 };
        continue;
      }
      if (token.name === 'link' && isCanonical(token.attributes) && url === null) {
        url = token.attributes.get('href')?.trim() || null;
      } else if (token.name === 'title' || token.name === 'h1' || token.name === 'h2') {
        endLine();
        capture = { element: token.name, text: '' };
      } else if (BLOCK_ELEMENTS.has(token.name)) {
        endLine();
      }
      continue;
    }
    if (capture && token.name === capture.element) {
      const text = capture.text.replace(/\s+/g, ' ').trim();
      if (capture.element === 'title') title ??= text || null;
      else if (capture.element === 'h1') firstH1 ??= text || null;
      else parts.push({ heading: text || null, lines: [] });
      capture = null;
    } else if (BLOCK_ELEMENTS.has(token.name)) {
      endLine();
    }
  }
  endLine();

  const documentTitle = title ?? firstH1 ?? titleFromFileName(id);
  const sections: KnowledgeSection[] = parts
    .map((part) => ({ heading: part.heading ?? documentTitle, text: part.lines.join('\n') }))
    .filter((section) => section.text.length > 0);
  return { id, title: documentTitle, url, topic: null, sections };
}

function isCanonical(attributes: ReadonlyMap<string, string>): boolean {
  return (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical');
}
