/**
 * Splits HTML into start tags, end tags and text, which is all the knowledge extractor needs: no tree is
 * built, and markup that is not a tag (a stray `<`) stays text. Comments, doctypes and processing
 * instructions are dropped; the contents of `<script>`, `<style>`, `<title>` and `<textarea>` are read as
 * text up to their end tag, as browsers read them.
 */
import { decodeHtmlEntities } from './html-entities.js';

/** One piece of an HTML document. Names are in lowercase; text and attribute values are decoded. */
export type HtmlToken =
  | { type: 'start'; name: string; attributes: ReadonlyMap<string, string>; isSelfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string };

const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea']);
const TAG_NAME = /^[A-Za-z][^\s/>]*/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The tokens of `html`, in document order. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  const flushText = () => {
    if (text) tokens.push({ type: 'text', text: decodeHtmlEntities(text) });
    text = '';
  };
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) {
      text += html.slice(position);
      break;
    }
    text += html.slice(position, open);
    const rest = html.slice(open + 1);
    if (rest.startsWith('!--')) {
      const close = html.indexOf('-->', open + 4);
      position = close === -1 ? html.length : close + 3;
      continue;
    }
    if (rest.startsWith('!') || rest.startsWith('?')) {
      const close = html.indexOf('>', open);
      position = close === -1 ? html.length : close + 1;
      continue;
    }
    const isEnd = rest.startsWith('/');
    const name = TAG_NAME.exec(isEnd ? rest.slice(1) : rest)?.[0];
    if (name === undefined) {
      text += '<';
      position = open + 1;
      continue;
    }
    const tagEnd = endOfTag(html, open + 1 + name.length + (isEnd ? 1 : 0));
    const lowerName = name.toLowerCase();
    flushText();
    if (isEnd) {
      tokens.push({ type: 'end', name: lowerName });
      position = tagEnd;
      continue;
    }
    const inside = html.slice(open + 1 + name.length, tagEnd - 1);
    const isSelfClosing = inside.trimEnd().endsWith('/');
    tokens.push({ type: 'start', name: lowerName, attributes: attributesOf(inside), isSelfClosing });
    position = tagEnd;
    if (RAW_TEXT_ELEMENTS.has(lowerName) && !isSelfClosing) {
      const closeAt = html.toLowerCase().indexOf(`</${lowerName}`, position);
      const contentEnd = closeAt === -1 ? html.length : closeAt;
      const content = html.slice(position, contentEnd);
      if (content) tokens.push({ type: 'text', text: decodeHtmlEntities(content) });
      tokens.push({ type: 'end', name: lowerName });
      position = closeAt === -1 ? html.length : endOfTag(html, closeAt + 2 + lowerName.length);
    }
  }
  flushText();
  return tokens;
}

/** Where a tag that continues at `from` ends: just after its `>`, skipping any inside quoted values. */
function endOfTag(html: string, from: number): number {
  let quote: string | null = null;
  for (let index = from; index < html.length; index++) {
    const character = html[index];
    if (quote !== null) {
      if (character === quote) quote = null;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '>') {
      return index + 1;
    }
  }
  return html.length;
}

function attributesOf(inside: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of inside.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    // The first of two attributes with the same name wins, as in browsers.
    if (attributes.has(name)) continue;
    attributes.set(name, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}
