import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from './knowledge-document.js';
import { createKnowledgeIndex } from './knowledge-index.js';

const DOCUMENTS: KnowledgeDocument[] = [
  {
    id: 'shipping',
    title: 'Shipping',
    url: '/shipping.html',
    topic: null,
    sections: [
      {
        heading: 'Delivery times',
        text: 'UK delivery takes 2–4 working days. EU delivery takes 4–7 working days.',
      },
      { heading: 'Delivery costs', text: 'UK delivery costs £3.95 and is free on orders over £50.' },
    ],
  },
  {
    id: 'returns',
    title: 'Returns',
    url: '/returns.html',
    topic: null,
    sections: [
      { heading: 'Return policy', text: 'You can return unworn items within 30 days of delivery.' },
      { heading: 'Refunds', text: 'We refund you within 5 working days of receiving your parcel.' },
    ],
  },
  {
    id: 'orders',
    title: 'Orders',
    url: null,
    topic: null,
    sections: [
      { heading: 'Tracking', text: 'We email you a tracking link when your order leaves the warehouse.' },
      { heading: 'Cancelling', text: 'You can cancel an order within one hour of placing it.' },
    ],
  },
  {
    id: 'care',
    title: 'Product care',
    url: null,
    topic: null,
    sections: [
      { heading: 'Washing jackets', text: 'Wash waterproof jackets at 30°C with a technical wash.' },
    ],
  },
];

const index = createKnowledgeIndex(DOCUMENTS);
const topHeading = (question: string) => index.search(question)[0]?.passage.heading;

describe('createKnowledgeIndex', () => {
  it('finds the passage a question is about, with its document', () => {
    const [best] = index.search('How long does UK delivery take?');
    expect(best?.passage.heading).toBe('Delivery times');
    expect(best?.document.id).toBe('shipping');
    expect(best?.coverage).toBe(1);
  });

  it('ranks matches best first and returns at most the limit', () => {
    const matches = index.search('delivery', 3);
    expect(matches).toHaveLength(3);
    const scores = matches.map((match) => match.score);
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
  });

  it('matches other forms of a word', () => {
    expect(topHeading('Can I get my money refunded?')).toBe('Refunds');
    expect(topHeading('how do I cancel an order')).toBe('Cancelling');
    expect(topHeading('washing my waterproof jacket')).toBe('Washing jackets');
  });

  it('matches synonyms, counting them for a little less than the words themselves', () => {
    const [best] = index.search('postage costs');
    expect(best?.passage.heading).toBe('Delivery costs');
    expect(best?.coverage).toBeGreaterThan(0.9);
    expect(best?.coverage).toBeLessThan(1);
  });

  it('follows hints hidden in stop words', () => {
    expect(topHeading('Where is my order?')).toBe('Tracking');
  });

  it('forgives a misspelling, with less coverage', () => {
    const [best] = index.search('refnds');
    expect(best?.passage.heading).toBe('Refunds');
    expect(best?.coverage).toBeGreaterThan(0);
    expect(best?.coverage).toBeLessThan(0.9);
  });

  it('weighs a word the knowledge never uses more than a common one', () => {
    const [best] = index.search('delivery to Tokyo');
    expect(best?.coverage).toBeLessThan(0.5);
  });

  it('finds nothing for a question without search terms or without known words', () => {
    expect(index.search('what is it?')).toEqual([]);
    expect(index.search('sourdough bread recipe')).toEqual([]);
  });

  it('counts the document title towards a match', () => {
    const [best] = index.search('product care');
    expect(best?.document.id).toBe('care');
    expect(best?.coverage).toBe(1);
  });

  it('uses the synonyms and hints it is given instead of the shop vocabulary', () => {
    const plain = createKnowledgeIndex(DOCUMENTS, { synonyms: [], hints: [] });
    expect(plain.search('postage costs')[0]?.coverage).toBeLessThan(0.9);
    const trackingScore = (matches: { passage: { heading: string }; score: number }[]) =>
      matches.find((match) => match.passage.heading === 'Tracking')?.score ?? 0;
    expect(trackingScore(plain.search('Where is my order?'))).toBeLessThan(
      trackingScore(index.search('Where is my order?')),
    );
  });

  it('exposes the documents it indexed', () => {
    expect(index.documents).toBe(DOCUMENTS);
  });
});
