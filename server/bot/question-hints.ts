/**
 * Questions whose topic lives in their stop words: "where is my order?" asks about tracking, "how much is
 * delivery?" about cost. A hint adds its term to the search, to rank passages about it higher, without
 * counting as a word of the question that an answer must contain.
 */

/** A phrase to look for in a question, and the word it hints at. */
export interface QuestionHint {
  pattern: RegExp;
  word: string;
}

/** Hints for an online shop's customer service questions. */
export const SHOP_QUESTION_HINTS: readonly QuestionHint[] = [
  { pattern: /\bwhere(?:['’]?s|\s+is|\s+are)\s+(?:my|our)\b/i, word: 'tracking' },
  { pattern: /\bhow\s+much\b/i, word: 'cost' },
  { pattern: /\bhow\s+long\b/i, word: 'times' },
  { pattern: /\bsend\b(?:\s+\w+){0,2}\s+back\b/i, word: 'return' },
  { pattern: /\b(?:log|sign)\s+in\b/i, word: 'password' },
  { pattern: /\byour\s+(?:e-?mail|phone|telephone|postal|address)/i, word: 'contact' },
];

/** The words the hints that match `question` point to. */
export function hintedWords(question: string, hints: readonly QuestionHint[]): string[] {
  return hints.filter((hint) => hint.pattern.test(question)).map((hint) => hint.word);
}
