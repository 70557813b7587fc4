/**
 * Full-text search over the sections of a knowledge base, ranked by BM25 (MiniSearch). Besides the score,
 * each match says how much of the question it covers, so the bot can tell an answer from a passage that
 * merely shares a word with the question.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { KnowledgeDocument, KnowledgeSection } from './knowledge-document.js';
import { hintedWords, SHOP_QUESTION_HINTS, type QuestionHint } from './question-hints.js';
import { searchTerms, termOf, tokenizeWords } from './search-terms.js';
import { createSynonymLookup, SHOP_SYNONYMS, type SynonymGroups } from './synonyms.js';

/** A section that matches a question. */
export interface KnowledgeMatch {
  document: KnowledgeDocument;
  passage: KnowledgeSection;
  /**
   * BM25 relevance summed over the matched terms, times the square of `coverage`, so that a passage that
   * answers all of a question beats one that repeats part of it. Higher is better; comparable only between
   * matches of the same question.
   */
  score: number;
  /**
   * The share of the question the passage or its document title contains, from 0 to 1. Each question term
   * counts by its rarity in the knowledge base (its inverse document frequency), so a word the knowledge
   * never uses, like "Tokyo", weighs most, and a term found only by a synonym, prefix or misspelling counts
   * for less than one found as written.
   */
  coverage: number;
}

export interface KnowledgeIndex {
  /** The documents indexed, in the order given. */
  readonly documents: readonly KnowledgeDocument[];
  /** The best matches for a question, best first; empty when it has no search terms or nothing matches. */
  search(question: string, limit?: number): KnowledgeMatch[];
}

export interface KnowledgeIndexOptions {
  /** Words that mean the same to visitors; defaults to {@link SHOP_SYNONYMS}. */
  synonyms?: SynonymGroups;
  /** Phrases that hint at a topic; defaults to {@link SHOP_QUESTION_HINTS}. */
  hints?: readonly QuestionHint[];
}

interface IndexedPassage {
  id: number;
  title: string;
  heading: string;
  text: string;
}

/** How much a question term found by a synonym, a prefix or a misspelling counts towards coverage. */
const MATCH_QUALITY = { exact: 1, synonym: 0.9, prefix: 0.75, fuzzy: 0.5 } as const;
/** Synonyms and hints rank a passage below the words the visitor actually wrote. */
const SYNONYM_BOOST = 0.6;
const DEFAULT_LIMIT = 5;

/** Indexes every section of `documents` as a passage, with its heading weighted most. */
export function createKnowledgeIndex(
  documents: readonly KnowledgeDocument[],
  options: KnowledgeIndexOptions = {},
): KnowledgeIndex {
  const synonymsOf = createSynonymLookup(options.synonyms ?? SHOP_SYNONYMS);
  const hints = options.hints ?? SHOP_QUESTION_HINTS;
  const passages = documents.flatMap((document) =>
    document.sections.map((passage) => ({ document, passage })),
  );
  const miniSearch = new MiniSearch<IndexedPassage>({
    fields: ['heading', 'text', 'title'],
    tokenize: tokenizeWords,
    processTerm: termOf,
    searchOptions: {
      boost: { heading: 2, title: 1.5, text: 1 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
    },
  });
  const passageCountByTerm = new Map<string, number>();
  for (const { document, passage } of passages) {
    for (const term of searchTerms(`${document.title} ${passage.heading} ${passage.text}`)) {
      passageCountByTerm.set(term, (passageCountByTerm.get(term) ?? 0) + 1);
    }
  }
  const rarityOf = (term: string) => {
    const count = passageCountByTerm.get(term) ?? 0;
    return Math.log(1 + (passages.length - count + 0.5) / (count + 0.5));
  };
  miniSearch.addAll(
    passages.map(({ document, passage }, id) => ({
      id,
      title: document.title,
      // The title has its own field; repeating it as the heading of an introduction would count it twice.
      heading: passage.heading === document.title ? '' : passage.heading,
      text: passage.text,
    })),
  );

  return {
    documents,
    search(question, limit = DEFAULT_LIMIT) {
      const questionTerms = searchTerms(question);
      if (questionTerms.length === 0) return [];
      const asked = new Set(questionTerms);
      const expansions = questionTerms.map((term) => ({
        term,
        synonyms: synonymsOf(term).filter((synonym) => !asked.has(synonym)),
        rarity: rarityOf(term),
      }));
      const totalRarity = expansions.reduce((sum, expansion) => sum + expansion.rarity, 0);
      const hinted = hintedWords(question, hints).flatMap((word) => searchTerms(word));
      const allTerms = [
        ...new Set([...expansions.flatMap(({ term, synonyms }) => [term, ...synonyms]), ...hinted]),
      ];
      const results = miniSearch.search(allTerms.join(' '), {
        // The terms are already processed: split and keep them as they are.
        tokenize: (query) => query.split(' '),
        processTerm: (term) => term,
        boostTerm: (term) => (asked.has(term) ? 1 : SYNONYM_BOOST),
      });
      const matches = results.flatMap((result) => {
        const found = passages[result.id as number];
        if (!found) return [];
        const covered = expansions.reduce(
          (sum, expansion) => sum + expansion.rarity * matchQuality(result, expansion),
          0,
        );
        const coverage = covered / totalRarity;
        // MiniSearch multiplies a score by the number of query terms matched, synonyms and hints included;
        // undo that, and weigh by how much of the question is covered instead.
        const score = (result.score / Math.max(1, result.queryTerms.length)) * coverage ** 2;
        return [{ ...found, score, coverage }];
      });
      return matches.toSorted((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}

/** How well a result matched one question term, directly or through one of its synonyms. */
function matchQuality(
  result: SearchResult,
  expansion: { term: string; synonyms: readonly string[] },
): number {
  const direct = termQuality(result, expansion.term);
  if (direct === MATCH_QUALITY.exact) return direct;
  const bySynonym = expansion.synonyms.some((synonym) => termQuality(result, synonym) === MATCH_QUALITY.exact)
    ? MATCH_QUALITY.synonym
    : 0;
  return Math.max(direct, bySynonym);
}

function termQuality(result: SearchResult, term: string): number {
  if (!result.queryTerms.includes(term)) return 0;
  const documentTerms = result.terms;
  if (documentTerms.includes(term)) return MATCH_QUALITY.exact;
  if (documentTerms.some((documentTerm) => documentTerm.startsWith(term))) return MATCH_QUALITY.prefix;
  return MATCH_QUALITY.fuzzy;
}
