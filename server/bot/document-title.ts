import { basename, extname } from 'node:path';

/**
 * The title of a document that names none, from its file's name: "help/gift-cards.md" → "Gift cards".
 */
export function titleFromFileName(path: string): string {
  const name = basename(path, extname(path));
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
