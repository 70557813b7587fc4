/** The longest normalised question kept to compare the next one with. */
const MAX_QUESTION_LENGTH = 200;

/**
 * A message reduced to its words: lower case, typographic apostrophes made plain, punctuation dropped, spaces
 * collapsed. "Where's my ORDER?!" and "where's my order" normalise alike.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form a question is remembered in, to notice the visitor asking it again. */
export function rememberedQuestion(text: string): string {
  return normalise(text).slice(0, MAX_QUESTION_LENGTH);
}

/** The first of `phrases` that `text` contains as whole words, case-insensitively, or null. */
export function findPhrase(text: string, phrases: readonly string[]): string | null {
  const padded = ` ${normalise(text)} `;
  return (
    phrases.find((phrase) => normalise(phrase) !== '' && padded.includes(` ${normalise(phrase)} `)) ?? null
  );
}
