import { describe, expect, it } from 'vitest';
import { stem } from './search-terms.js';
import { createSynonymLookup, SHOP_SYNONYMS } from './synonyms.js';

describe('createSynonymLookup', () => {
  it('finds the other terms of every group a term is in, as stems', () => {
    const synonymsOf = createSynonymLookup([
      ['postage', 'shipping'],
      ['shipping', 'delivery'],
    ]);
    expect(synonymsOf(stem('shipping')).toSorted()).toEqual([stem('delivery'), stem('postage')].toSorted());
    expect(synonymsOf(stem('postage'))).toEqual([stem('shipping')]);
  });

  it('finds nothing for a term in no group', () => {
    expect(createSynonymLookup(SHOP_SYNONYMS)('tent')).toEqual([]);
  });

  it('relates inflected forms through their stems', () => {
    const synonymsOf = createSynonymLookup(SHOP_SYNONYMS);
    expect(synonymsOf(stem('refunded'))).toContain(stem('money'));
  });
});
