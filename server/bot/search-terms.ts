/**
 * Turns English text into search terms: words, lowercased, without stop words, reduced to a light stem so
 * that "returns", "returned" and "returning" are one term, as are "shipping" and "shipped". The same steps
 * run on the knowledge and on the question, so a stem only has to be consistent, not a real word.
 */
import { STOP_WORDS } from './stop-words.js';

/** The stem the country "US" gets, so that it is not mistaken for the pronoun "us", a stop word. */
const UNITED_STATES = 'usa';

/** Splits text into lowercase words. Apostrophes join ("don't" → "dont"); single letters are dropped. */
export function tokenizeWords(text: string): string[] {
  return text
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\d/.test(word))
    .map((word) => (word === 'US' ? UNITED_STATES : word.toLowerCase()));
}

/** The search term for one lowercase word, or null for a stop word. */
export function termOf(word: string): string | null {
  return STOP_WORDS.has(word) ? null : stem(word);
}

/** The distinct search terms of a text, in order of first appearance. */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of tokenizeWords(text)) {
    const term = termOf(word);
    if (term) terms.add(term);
  }
  return [...terms];
}

/** Suffixes that change a word's role but not its topic, longest first. */
const DERIVATIONS = ['ations', 'ation', 'ments', 'ment', 'ness', 'able', 'ibly', 'ably', 'ly', 'al'];

/**
 * Reduces a lowercase word to a light stem, after the Porter stemmer's first and last steps: plurals, "-ed"
 * and "-ing" go (restoring an "e" where "sizing" needs one to meet "size"), then a few derivational
 * suffixes, a final "y" after a consonant ("delivery" meets "deliver"), a final "e" unless the stem is
 * short ("care" stays apart from "car"), and a doubled final consonant. Words of one or two letters, and
 * words with digits, stay as they are.
 */
export function stem(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word;
  let result = word;
  if (result.endsWith('sses')) result = result.slice(0, -2);
  else if (result.endsWith('ies') && result.length > 4) result = `${result.slice(0, -3)}y`;
  else if (result.length > 3 && result.endsWith('s') && !/(?:ss|us|is)$/.test(result)) {
    result = result.slice(0, -1);
  }

  if (result.endsWith('ied') && result.length > 4) result = `${result.slice(0, -3)}y`;
  else if (!result.endsWith('eed')) result = stripInflection(result);

  result = stripDerivation(result);
  if (result.length > 4 && /[^aeiou]y$/.test(result)) result = result.slice(0, -1);
  if (result.endsWith('e') && !result.endsWith('ee')) {
    const rest = result.slice(0, -1);
    const size = measure(rest);
    if (size > 1 || (size === 1 && !endsShort(rest))) result = rest;
  }
  if (result.length > 3 && /([b-df-hj-np-rtv-xz])\1$/.test(result)) result = result.slice(0, -1);
  return result;
}

/** Strips "-ed" or "-ing" from a word whose stem has a vowel, as Porter's step 1b does. */
function stripInflection(word: string): string {
  const suffix = ['ing', 'ed'].find((ending) => word.endsWith(ending));
  if (!suffix) return word;
  const rest = word.slice(0, -suffix.length);
  if (rest.length < 2 || !/[aeiouy]/.test(rest)) return word;
  if (/(?:at|bl|iz)$/.test(rest)) return `${rest}e`;
  if (/([b-df-hj-km-np-rtv-y])\1$/.test(rest)) return rest.slice(0, -1);
  if (measure(rest) === 1 && endsShort(rest)) return `${rest}e`;
  return rest;
}

/** Removes the first derivational suffix that leaves a stem of three letters or more with a vowel. */
function stripDerivation(word: string): string {
  for (const suffix of DERIVATIONS) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length >= 3 && /[aeiouy]/.test(rest)) return rest;
  }
  return word;
}

function isConsonant(word: string, index: number): boolean {
  const letter = word[index];
  if (letter === undefined || 'aeiou'.includes(letter)) return false;
  return letter !== 'y' || index === 0 || !isConsonant(word, index - 1);
}

/** Porter's measure: how many vowel-consonant sequences the stem has ("tr" 0, "siz" 1, "cancel" 2). */
function measure(stemmed: string): number {
  let count = 0;
  for (let index = 1; index < stemmed.length; index += 1) {
    if (isConsonant(stemmed, index) && !isConsonant(stemmed, index - 1)) count += 1;
  }
  return count;
}

/** Consonant, vowel, consonant at the end, the last not w, x or y: a stem like "siz" or "car". */
function endsShort(stemmed: string): boolean {
  const end = stemmed.length - 1;
  return (
    end >= 2 &&
    isConsonant(stemmed, end - 2) &&
    !isConsonant(stemmed, end - 1) &&
    isConsonant(stemmed, end) &&
    !'wxy'.includes(stemmed[end] ?? '')
  );
}
