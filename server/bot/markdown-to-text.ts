/**
 * Turns Markdown into the plain text a chat bubble shows: links become their text, emphasis and code
 * markers go, and each paragraph, list item, heading and table row becomes one line. It covers the
 * Markdown people write in FAQs, not every corner of CommonMark.
 */

const FENCE = /^\s*(```|~~~)/;
const BLANK = /^\s*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const LIST_ITEM = /^\s*(?:([-*+])|(\d{1,9}[.)]))(?:\s+(.*))?$/;
const BLOCKQUOTE_MARKER = /^\s{0,3}>\s?/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_DELIMITER_ROW = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/;
const LINK_REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/** Private-use characters stand in for escaped punctuation while the markup around it is removed. */
const ESCAPE_BASE = 0xe000;
const ESCAPABLE = String.raw`\\!"#$%&'()*+,\-./:;<=>?@[\]^_\`{|}~`;

/** Strips inline Markdown (links, images, emphasis, code, HTML tags) from one line of text. */
export function inlineMarkdownToText(markdown: string): string {
  const escaped = markdown.replace(
    new RegExp(String.raw`\\([${ESCAPABLE}])`, 'g'),
    (_match, character: string) => String.fromCharCode(ESCAPE_BASE + character.charCodeAt(0)),
  );
  const plain = escaped
    .replace(HTML_COMMENT, '')
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<(?:mailto:)?([^\s<>]+@[^\s<>]+|https?:\/\/[^\s<>]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.replace(/[\uE000-\uE07F]/g, (character) =>
    String.fromCharCode(character.charCodeAt(0) - ESCAPE_BASE),
  );
}

/** A line of output under construction, and whether more Markdown lines may still join it. */
interface Block {
  text: string;
  isOpen: boolean;
}

/**
 * Converts a Markdown fragment to plain text, one line per paragraph, list item (`• item`, or `1. item`
 * when numbered), heading, table row or code line. Blank lines, rules and link definitions disappear.
 */
export function markdownToText(markdown: string): string {
  const blocks: Block[] = [];
  let isInFence = false;
  const closeAll = () => blocks.forEach((block) => (block.isOpen = false));
  const open = (text: string) => blocks.push({ text, isOpen: true });

  for (const rawLine of markdown.replace(HTML_COMMENT, '').split(/\r?\n/)) {
    if (FENCE.test(rawLine)) {
      isInFence = !isInFence;
      closeAll();
      continue;
    }
    if (isInFence) {
      if (!BLANK.test(rawLine)) blocks.push({ text: rawLine.trimEnd(), isOpen: false });
      continue;
    }
    const line = stripBlockquote(rawLine);
    if (BLANK.test(line) || THEMATIC_BREAK.test(line) || LINK_REFERENCE_DEFINITION.test(line)) {
      closeAll();
      continue;
    }
    const heading = HEADING.exec(line);
    const listItem = LIST_ITEM.exec(line);
    const current = blocks.at(-1);
    if (heading) {
      blocks.push({ text: inlineMarkdownToText(heading[1] ?? ''), isOpen: false });
    } else if (listItem) {
      closeAll();
      const marker = listItem[2] ?? '•';
      open(`${marker} ${inlineMarkdownToText(listItem[3] ?? '')}`);
    } else if (TABLE_ROW.test(line)) {
      closeAll();
      if (!TABLE_DELIMITER_ROW.test(line)) blocks.push({ text: tableRowToText(line), isOpen: false });
    } else if (current?.isOpen) {
      current.text = `${current.text} ${inlineMarkdownToText(line)}`;
    } else {
      open(inlineMarkdownToText(line));
    }
  }
  return blocks
    .map((block) => block.text.trim())
    .filter((text) => text.length > 0 && text !== '•')
    .join('\n');
}

function stripBlockquote(line: string): string {
  let rest = line;
  while (BLOCKQUOTE_MARKER.test(rest)) rest = rest.replace(BLOCKQUOTE_MARKER, '');
  return rest;
}

function tableRowToText(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => inlineMarkdownToText(cell))
    .filter((cell) => cell.length > 0)
    .join(' – ');
}
