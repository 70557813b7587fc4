/**
 * Reads a FAQ file, in YAML or JSON, as a knowledge document: each question and its answer is a section
 * headed by the question. The file is a list of pairs, or an object that holds the list under `faq` with an
 * optional `title`, `url` and `topic`:
 *
 * ```yaml
 * title: Delivery questions
 * url: https://shop.example/help/delivery
 * faq:
 *   - question: Do you ship abroad?
 *     answer: Yes, to 30 countries in Europe.
 * ```
 */
import { parse as parseYaml } from 'yaml';
import { titleFromFileName } from './document-title.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import { inlineMarkdownToText, markdownToText } from './markdown-to-text.js';

/** The notations a FAQ file may be written in. */
export type FaqFormat = 'yaml' | 'json';

/** A FAQ file that cannot be read; the message names the file and, when one is at fault, the entry. */
export class FaqFormatError extends Error {
  override name = 'FaqFormatError';
}

/**
 * Parses one FAQ file into a document.
 * @param id The document's id; the file name in it gives the title when the file has none.
 * @param fileName How error messages name the file.
 * @throws {FaqFormatError} when the file is not valid YAML or JSON, or not a FAQ.
 */
export function parseFaqDocument(
  text: string,
  { id, fileName, format }: { id: string; fileName: string; format: FaqFormat },
): KnowledgeDocument {
  const fail = (problem: string): never => {
    throw new FaqFormatError(`${fileName}: ${problem}`);
  };
  let value: unknown;
  try {
    value = format === 'json' ? JSON.parse(text) : parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`not valid ${format === 'json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  const file = Array.isArray(value) ? { faq: value } : value;
  if (!isRecord(file) || !Array.isArray(file.faq)) {
    return fail('expected a list of questions and answers, or an object with the list under "faq".');
  }
  const optionalText = (field: 'title' | 'url' | 'topic') => {
    const fieldValue = file[field];
    if (fieldValue === undefined || fieldValue === null) return null;
    if (typeof fieldValue !== 'string') return fail(`"${field}" must be text.`);
    return fieldValue.trim() || null;
  };
  const title = optionalText('title');
  const url = optionalText('url');
  const topic = optionalText('topic');
  if (file.faq.length === 0) fail('the list of questions is empty.');

  const sections = file.faq.map((entry: unknown, index) => {
    const where = `entry ${index + 1}`;
    if (!isRecord(entry)) return fail(`${where} must be an object with a "question" and an "answer".`);
    const { question, answer } = entry;
    if (typeof question !== 'string' || question.trim() === '') {
      return fail(`${where} has no "question" (it must be non-empty text).`);
    }
    const heading = inlineMarkdownToText(question.trim());
    const answerText = typeof answer === 'string' ? markdownToText(answer) : '';
    if (answerText === '') {
      return fail(`${where} (${JSON.stringify(heading)}) has no "answer" (it must be non-empty text).`);
    }
    return { heading, text: answerText };
  });
  return { id, title: title ?? titleFromFileName(id), url, topic, sections };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
