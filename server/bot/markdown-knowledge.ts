/**
 * Reads a knowledge base written as a folder of Markdown files. Each file is one document: its first `# `
 * heading is the title, each `## ` heading starts a section, and optional front matter gives the page where
 * visitors can read it and the topic the bot's greeting names it by:
 *
 * ```markdown
 * ---
 * url: /shipping.html
 * topic: delivery
 * ---
 * # Shipping and delivery
 * ## Delivery times
 * Orders placed before 14:00 …
 * ```
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { titleFromFileName } from './document-title.js';
import type { KnowledgeDocument, KnowledgeSection } from './knowledge-document.js';
import { inlineMarkdownToText, markdownToText } from './markdown-to-text.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const FRONT_MATTER_FIELD = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const FENCE = /^\s*(```|~~~)/;
const ATX_HEADING = /^ {0,3}(#{1,2})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Parses one Markdown file into a document. Without a `# ` heading, the front matter's `title` or else the
 * file name ("gift-cards.md" → "Gift cards") is the title. Text before the first `## ` heading becomes a
 * section headed by the title; sections without text are left out.
 * @param fileName The file's name; without its extension, it is the document's id.
 * @param urlBase When given, a relative front-matter `url` is resolved against it.
 */
export function parseMarkdownDocument(
  text: string,
  fileName: string,
  urlBase?: string | URL,
): KnowledgeDocument {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontMatterMatch = FRONT_MATTER.exec(normalised);
  const frontMatter = parseFrontMatter(frontMatterMatch?.[1] ?? '');
  const body = normalised.slice(frontMatterMatch?.[0].length ?? 0).replace(HTML_COMMENT, '');

  let title: string | null = null;
  const parts: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  let isInFence = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line)) isInFence = !isInFence;
    const heading = isInFence ? null : ATX_HEADING.exec(line);
    if (heading && heading[1] === '#' && title === null) {
      title = inlineMarkdownToText(heading[2] ?? '');
    } else if (heading) {
      parts.push({ heading: inlineMarkdownToText(heading[2] ?? ''), lines: [] });
    } else {
      parts.at(-1)?.lines.push(line);
    }
  }

  const id = basename(fileName, extname(fileName));
  const documentTitle = title || frontMatter.get('title') || titleFromFileName(fileName);
  const sections: KnowledgeSection[] = parts
    .map((part) => ({ heading: part.heading || documentTitle, text: markdownToText(part.lines.join('\n')) }))
    .filter((section) => section.text.length > 0);
  return {
    id,
    title: documentTitle,
    url: resolveUrl(frontMatter.get('url'), urlBase, fileName),
    topic: frontMatter.get('topic') ?? null,
    sections,
  };
}

/**
 * Reads every `*.md` file in `directory` (not its subfolders), in file-name order.
 * @param urlBase When given, relative front-matter URLs are resolved against it, such as the host site's
 *   origin, so that a source link works from inside the chat frame.
 */
export async function loadMarkdownKnowledge(
  directory: string,
  urlBase?: string | URL,
): Promise<KnowledgeDocument[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const fileNames = entries
    .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() === '.md')
    .map((entry) => entry.name)
    .toSorted();
  return Promise.all(
    fileNames.map(async (fileName) => {
      const text = await readFile(join(directory, fileName), 'utf8');
      return parseMarkdownDocument(text, fileName, urlBase);
    }),
  );
}

function parseFrontMatter(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const field = FRONT_MATTER_FIELD.exec(line);
    if (!field?.[1]) continue;
    const value = (field[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
    if (value) fields.set(field[1].toLowerCase(), value);
  }
  return fields;
}

function resolveUrl(
  url: string | undefined,
  urlBase: string | URL | undefined,
  fileName: string,
): string | null {
  if (!url) return null;
  if (urlBase === undefined) return url;
  try {
    return new URL(url, urlBase).href;
  } catch {
    throw new Error(`${fileName}: the front matter's url ${JSON.stringify(url)} is not a valid URL.`);
  }
}
