import { describe, expect, it } from 'vitest';
import { searchTerms, stem, tokenizeWords } from './search-terms.js';

describe('stem', () => {
  it.each([
    ['return', 'returns', 'returned', 'returning', 'returnable'],
    ['ship', 'shipping', 'shipped', 'ships', 'shipment'],
    ['deliver', 'delivery', 'deliveries', 'delivered', 'delivering'],
    ['size', 'sizes', 'sizing', 'sized'],
    ['cancel', 'cancelled', 'canceled', 'cancelling', 'cancellation', 'cancellations'],
    ['charge', 'charges', 'charged', 'charging'],
    ['arrive', 'arrived', 'arrives', 'arrival'],
    ['expire', 'expires', 'expired', 'expiry', 'expiration'],
    ['policy', 'policies'],
    ['pay', 'paying', 'payment', 'payments'],
    ['box', 'boxes'],
  ])('gives %s and its forms one stem', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('keeps words apart that only look alike', () => {
    expect(stem('care')).not.toBe(stem('car'));
    expect(stem('address')).toBe('address');
    expect(stem('status')).toBe('status');
    expect(stem('free')).toBe('free');
  });

  it('leaves short words and words with digits as they are', () => {
    expect(['uk', 'eu', '30', '3d', 'x2'].map(stem)).toEqual(['uk', 'eu', '30', '3d', 'x2']);
  });
});

describe('tokenizeWords', () => {
  it('lowercases, splits on punctuation and joins contractions', () => {
    expect(tokenizeWords("What's the Price of 2-day SHIPPING? Don't know.")).toEqual([
      'whats',
      'the',
      'price',
      'of',
      '2',
      'day',
      'shipping',
      'dont',
      'know',
    ]);
  });

  it('tells the country "US" from the pronoun "us"', () => {
    expect(tokenizeWords('Send us the parcel in the US')).toEqual([
      'send',
      'us',
      'the',
      'parcel',
      'in',
      'the',
      'usa',
    ]);
  });

  it('keeps letters beyond ASCII', () => {
    expect(tokenizeWords('Größe für Mädchen')).toEqual(['größe', 'für', 'mädchen']);
  });
});

describe('searchTerms', () => {
  it('drops stop words and chat filler, so only the topic remains', () => {
    expect(searchTerms('Hi, can you please tell me what is your returns policy?')).toEqual([
      'return',
      'polic',
    ]);
  });

  it('gives each term once, in order of first appearance', () => {
    expect(searchTerms('Shipping, shipped, ships; delivery!')).toEqual(['ship', 'deliver']);
  });

  it('gives no terms for a message of stop words', () => {
    expect(searchTerms('Can you tell me what it is?')).toEqual([]);
  });
});
