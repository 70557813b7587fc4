/**
 * Groups visitors' questions by the words they share. Questions with the same set of terms form a bucket;
 * buckets are taken biggest first (the first asked first among equals), and each joins the first group whose founding bucket shares at least
 * half of their combined terms (Jaccard similarity ≥ 0.5), or founds a new group. Comparing with the
 * founding bucket, not with everything a group has gathered, keeps a group from drifting off its topic,
 * and the result is the same for the same questions in the same order.
 */
import type { QuestionGroup } from '../../protocol/insights.js';

/** The least Jaccard similarity of two term sets for their questions to be grouped. */
export const SIMILARITY_THRESHOLD = 0.5;
/** How many different wordings a group shows. */
export const EXAMPLES_PER_GROUP = 3;
/**
 * How many questions, the newest, are grouped for Top questions and for content gaps: grouping costs more
 * than anything else in the report, and runs on the relay's event loop.
 */
export const QUESTIONS_GROUPED = 5000;
/** Wordings longer than this are shortened for the page. */
const EXAMPLE_LENGTH = 160;

/** What grouping needs of a question. */
export interface Groupable {
  conversationId: string;
  text: string;
  terms: readonly string[];
}

/** The number of terms two sets share, over the number of terms they hold between them. */
export function jaccard(left: readonly string[], right: readonly string[]): number {
  const rightSet = new Set(right);
  const shared = new Set(left.filter((term) => rightSet.has(term))).size;
  const combined = new Set([...left, ...right]).size;
  return combined === 0 ? 0 : shared / combined;
}

/** The newest QUESTIONS_GROUPED of `questions`, in the order they came. */
export function newestQuestions<Question extends { at: number }>(questions: readonly Question[]): Question[] {
  if (questions.length <= QUESTIONS_GROUPED) return [...questions];
  const kept = new Set(
    questions
      .map((_, index) => index)
      .toSorted((left, right) => (questions[right]?.at ?? 0) - (questions[left]?.at ?? 0))
      .slice(0, QUESTIONS_GROUPED),
  );
  return questions.filter((_, index) => kept.has(index));
}

/** The questions in groups of similar ones, biggest group first. */
export function groupBySimilarity<Question extends Groupable>(questions: readonly Question[]): Question[][] {
  const buckets = new Map<string, Question[]>();
  for (const question of questions) {
    const key = [...new Set(question.terms)].toSorted().join(' ');
    const bucket = buckets.get(key) ?? [];
    bucket.push(question);
    buckets.set(key, bucket);
  }
  // Biggest first; a stable sort keeps equally big buckets in the order they were first asked.
  const ordered = [...buckets].toSorted(([, left], [, right]) => right.length - left.length);
  const rarestFirst = byRarity([...buckets.keys()]);

  const groups: { founderTerms: ReadonlySet<string>; members: Question[] }[] = [];
  // Prefix filtering, the usual way to find similar sets without comparing every pair: with terms ranked
  // rarest first, two sets at least SIMILARITY_THRESHOLD alike always share one of each set's
  // `prefixLength` rarest terms. So founders are indexed by those terms alone, and a bucket is compared
  // only with the founders its own rarest terms point at, a handful even when a word like "order" is in
  // every question.
  const foundersByTerm = new Map<string, number[]>();
  for (const [key, bucket] of ordered) {
    const terms = rarestFirst(key);
    const prefix = terms.slice(0, prefixLength(terms.length));
    const match = firstSimilarFounder(terms, prefix, foundersByTerm, groups);
    const joined = match === null ? undefined : groups[match];
    if (joined !== undefined) {
      for (const question of bucket) joined.members.push(question);
      continue;
    }
    groups.push({ founderTerms: new Set(terms), members: [...bucket] });
    for (const term of prefix) {
      const founders = foundersByTerm.get(term) ?? [];
      founders.push(groups.length - 1);
      foundersByTerm.set(term, founders);
    }
  }
  return groups.map((group) => group.members).toSorted((left, right) => right.length - left.length);
}

/** The lowest-numbered group whose founder is similar enough to `terms`, among those `prefix` points at. */
function firstSimilarFounder(
  terms: readonly string[],
  prefix: readonly string[],
  foundersByTerm: ReadonlyMap<string, readonly number[]>,
  groups: readonly { founderTerms: ReadonlySet<string> }[],
): number | null {
  let first: number | null = null;
  for (const term of prefix) {
    // Each list is in founding order, so a term's search stops at the first match or past the best so far.
    for (const index of foundersByTerm.get(term) ?? []) {
      if (first !== null && index >= first) break;
      const founder = groups[index]?.founderTerms ?? new Set<string>();
      if (similarity(terms, founder) >= SIMILARITY_THRESHOLD) {
        first = index;
        break;
      }
    }
  }
  return first;
}

/** How many of a set's rarest terms any set at least SIMILARITY_THRESHOLD alike must share one of. */
function prefixLength(size: number): number {
  return size - Math.ceil(SIMILARITY_THRESHOLD * size) + 1;
}

/** A function giving a bucket's terms (its key) ranked rarest first across all buckets, then by name. */
function byRarity(keys: readonly string[]): (key: string) => string[] {
  const frequency = new Map<string, number>();
  for (const key of keys)
    for (const term of key.split(' ')) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return (key) =>
    key
      .split(' ')
      .toSorted(
        (left, right) =>
          (frequency.get(left) ?? 0) - (frequency.get(right) ?? 0) ||
          (left < right ? -1 : left > right ? 1 : 0),
      );
}

/** `jaccard` of distinct terms against a set, without building the union. */
function similarity(terms: readonly string[], founder: ReadonlySet<string>): number {
  const shared = terms.filter((term) => founder.has(term)).length;
  const combined = terms.length + founder.size - shared;
  return combined === 0 ? 0 : shared / combined;
}

/** A group as the page shows it: its most common wording, its size, and a few other wordings. */
export function describeGroup(members: readonly Groupable[]): QuestionGroup {
  const wordings = new Map<string, { text: string; count: number }>();
  for (const { text } of members) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const key = oneLine.toLowerCase();
    const wording = wordings.get(key) ?? { text: shorten(oneLine), count: 0 };
    wording.count += 1;
    wordings.set(key, wording);
  }
  // A stable sort keeps the first-asked wording first among equally common ones.
  const ranked = [...wordings.values()].toSorted((left, right) => right.count - left.count);
  return {
    label: ranked[0]?.text ?? '',
    count: members.length,
    conversations: new Set(members.map((member) => member.conversationId)).size,
    examples: ranked.slice(0, EXAMPLES_PER_GROUP).map((wording) => wording.text),
  };
}

function shorten(text: string): string {
  return text.length > EXAMPLE_LENGTH ? `${text.slice(0, EXAMPLE_LENGTH - 1)}…` : text;
}
