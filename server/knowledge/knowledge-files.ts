/**
 * Reads the files a site's knowledge is ingested from: Markdown, HTML pages and FAQs (YAML or JSON), given
 * as files or folders (read recursively). Every file is read and parsed before anything is returned, so a
 * bad file stops an ingest before it changes the store.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { KnowledgeKind } from '../../protocol/http-api.js';
import { parseFaqDocument } from '../bot/faq-knowledge.js';
import { parseHtmlDocument } from '../bot/html-knowledge.js';
import type { KnowledgeDocument } from '../bot/knowledge-document.js';
import { parseMarkdownDocument } from '../bot/markdown-knowledge.js';
import type { StoredKnowledgeDocument } from '../store/knowledge-store.js';

/** A file that cannot be ingested; the message names it. */
export class KnowledgeFileError extends Error {
  override name = 'KnowledgeFileError';
}

const KIND_BY_EXTENSION: Readonly<Record<string, KnowledgeKind>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.yaml': 'faq',
  '.yml': 'faq',
  '.json': 'faq',
};

/** A file to ingest: where it is, and its id, its path relative to the folder it was found in. */
interface KnowledgeFile {
  path: string;
  id: string;
  kind: KnowledgeKind;
}

/** A parsed document, ready to store. */
export type IngestedDocument = Omit<StoredKnowledgeDocument, 'updatedAt'>;

/**
 * Every document under `paths`, by id. A folder's files have ids relative to it (`help/returns.html`); a
 * file given by itself has its name as its id. Files of other types in folders, and hidden files and
 * folders, are skipped; a file of another type given by name is an error.
 * @throws {KnowledgeFileError} when a path is missing, a file unreadable or malformed, or two files would
 *   have the same id.
 */
export async function readKnowledgeFiles(paths: readonly string[]): Promise<IngestedDocument[]> {
  const files = (await Promise.all(paths.map((path) => filesUnder(resolve(path))))).flat();
  const pathById = new Map<string, string>();
  for (const file of files) {
    const other = pathById.get(file.id);
    if (other !== undefined) {
      throw new KnowledgeFileError(`${other} and ${file.path} would both be the document "${file.id}".`);
    }
    pathById.set(file.id, file.path);
  }
  const documents = await Promise.all(files.map(readDocument));
  return documents.toSorted((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}

async function filesUnder(path: string): Promise<KnowledgeFile[]> {
  const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new KnowledgeFileError(`${path}: cannot be read (${error.code ?? error.message}).`);
  });
  if (stats.isDirectory()) return walk(path, path);
  const kind = KIND_BY_EXTENSION[extname(path).toLowerCase()];
  if (kind === undefined) {
    throw new KnowledgeFileError(
      `${path}: not a knowledge file (expected ${Object.keys(KIND_BY_EXTENSION).join(', ')}).`,
    );
  }
  return [{ path, id: idOf(dirname(path), path), kind }];
}

async function walk(root: string, folder: string): Promise<KnowledgeFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: KnowledgeFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await walk(root, path)));
      continue;
    }
    const kind = KIND_BY_EXTENSION[extname(entry.name).toLowerCase()];
    if (entry.isFile() && kind !== undefined) found.push({ path, id: idOf(root, path), kind });
  }
  return found;
}

/** The same id on every platform: the relative path with forward slashes. */
function idOf(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

async function readDocument(file: KnowledgeFile): Promise<IngestedDocument> {
  let text: string;
  try {
    text = await readFile(file.path, 'utf8');
  } catch (error) {
    throw new KnowledgeFileError(`${file.path}: cannot be read (${(error as Error).message}).`);
  }
  const document = parseAs(file, text);
  const content = {
    title: document.title,
    url: document.url,
    topic: document.topic,
    sections: document.sections,
  };
  const contentHash = createHash('sha256')
    .update(JSON.stringify({ kind: file.kind, ...content }))
    .digest('hex');
  return { id: file.id, kind: file.kind, contentHash, ...content };
}

function parseAs(file: KnowledgeFile, text: string): KnowledgeDocument {
  try {
    switch (file.kind) {
      case 'markdown':
        return parseMarkdownDocument(text, file.id);
      case 'html':
        return parseHtmlDocument(text, file.id);
      case 'faq': {
        const format = extname(file.path).toLowerCase() === '.json' ? 'json' : 'yaml';
        return parseFaqDocument(text, { id: file.id, fileName: file.path, format });
      }
    }
  } catch (error) {
    if (error instanceof KnowledgeFileError) throw error;
    const message = (error as Error).message;
    throw new KnowledgeFileError(message.startsWith(file.path) ? message : `${file.path}: ${message}`);
  }
}
