import { describe, expect, it } from 'vitest';
import { searchTerms } from '../bot/search-terms.js';
import {
  describeGroup,
  groupBySimilarity,
  jaccard,
  newestQuestions,
  QUESTIONS_GROUPED,
  SIMILARITY_THRESHOLD,
} from './question-groups.js';

function asked(text: string, conversationId = 'c1') {
  return { conversationId, text, terms: searchTerms(text) };
}

function textsOf(groups: { text: string }[][]): string[][] {
  return groups.map((group) => group.map((question) => question.text));
}

describe('jaccard', () => {
  it('is the share of terms two sets have in common', () => {
    expect(jaccard(['return', 'polic'], ['return', 'polic', 'shoe'])).toBeCloseTo(2 / 3);
    expect(jaccard(['a'], ['b'])).toBe(0);
    expect(jaccard([], [])).toBe(0);
  });
});

describe('groupBySimilarity', () => {
  it('groups questions that share most of their words, whatever their wording', () => {
    const groups = groupBySimilarity([
      asked('What is your return policy?'),
      asked('How long does shipping take?'),
      asked('return policy'),
      asked('Can you tell me the return policy for shoes?'),
      asked('Shipping times to France'),
      asked('Do you have gift cards?'),
    ]);
    expect(textsOf(groups)).toEqual([
      ['What is your return policy?', 'return policy', 'Can you tell me the return policy for shoes?'],
      ['How long does shipping take?'],
      ['Shipping times to France'],
      ['Do you have gift cards?'],
    ]);
  });

  it('compares with a group’s founding question, so a group does not drift from its topic', () => {
    const groups = groupBySimilarity([
      asked('return policy'),
      asked('return policy'),
      asked('return policy shoes'),
      asked('shoes sizes'),
    ]);
    expect(textsOf(groups)).toEqual([
      ['return policy', 'return policy', 'return policy shoes'],
      ['shoes sizes'],
    ]);
  });

  it('groups nothing when there is nothing to group', () => {
    expect(groupBySimilarity([])).toEqual([]);
  });
});

describe('groupBySimilarity against every pair', () => {
  /** The same greedy grouping, comparing each bucket with every founder in turn: slow, but plainly right. */
  function groupByComparingAll(questions: { conversationId: string; text: string; terms: string[] }[]) {
    const buckets = new Map<string, typeof questions>();
    for (const question of questions) {
      const key = [...new Set(question.terms)].toSorted().join(' ');
      buckets.set(key, [...(buckets.get(key) ?? []), question]);
    }
    const groups: { founder: string[]; members: typeof questions }[] = [];
    for (const [key, bucket] of [...buckets].toSorted(([, left], [, right]) => right.length - left.length)) {
      const terms = key.split(' ');
      const group = groups.find(({ founder }) => jaccard(terms, founder) >= SIMILARITY_THRESHOLD);
      if (group) group.members.push(...bucket);
      else groups.push({ founder: terms, members: [...bucket] });
    }
    return groups.map((group) => group.members).toSorted((left, right) => right.length - left.length);
  }

  it('finds the same groups as comparing every bucket with every group', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const vocabulary = ['order', 'return', 'ship', 'size', 'gift', 'card', 'cost', 'franc', 'shoe', 'jacket'];
    const questions = Array.from({ length: 400 }, (_, index) => {
      const size = 1 + Math.floor(random() * 4);
      // Skewed towards the first words, as real questions are towards a few topics.
      const terms = Array.from(
        { length: size },
        () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)] ?? '',
      );
      return { conversationId: `c${index}`, text: terms.join(' '), terms };
    });
    expect(textsOf(groupBySimilarity(questions))).toEqual(textsOf(groupByComparingAll(questions)));
  });
});

describe('newestQuestions', () => {
  it('keeps the newest questions up to the limit, in their order', () => {
    const questions = Array.from({ length: QUESTIONS_GROUPED + 2 }, (_, index) => ({
      at: index === 1 ? -1 : index,
    }));
    const kept = newestQuestions(questions);
    expect(kept).toHaveLength(QUESTIONS_GROUPED);
    expect(kept.slice(0, 2)).toEqual([{ at: 2 }, { at: 3 }]);
  });
});

describe('describeGroup', () => {
  it('labels a group with its most common wording and counts questions and conversations', () => {
    const group = [
      asked('Return policy?', 'c1'),
      asked('What is your return policy?', 'c2'),
      asked('what is  your return policy?', 'c3'),
      asked('Return policy for shoes', 'c3'),
      asked('return policy?', 'c4'),
      asked('What is your return policy?', 'c5'),
    ];
    expect(describeGroup(group)).toEqual({
      label: 'What is your return policy?',
      count: 6,
      conversations: 5,
      examples: ['What is your return policy?', 'Return policy?', 'Return policy for shoes'],
    });
  });

  it('shortens long wordings', () => {
    const { label } = describeGroup([asked(`Returns ${'x'.repeat(300)}`)]);
    expect(label).toHaveLength(160);
    expect(label.endsWith('…')).toBe(true);
  });
});
