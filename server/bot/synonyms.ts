/**
 * Words visitors use for the same thing: a question about "postage" should find the section on "delivery".
 * The knowledge index expands each question term with the other words of its groups.
 */
import { searchTerms } from './search-terms.js';

/** Groups of words or phrases that mean the same for a visitor's question; a word may be in several. */
export type SynonymGroups = readonly (readonly string[])[];

/** The vocabulary of an online shop's customer service. */
export const SHOP_SYNONYMS: SynonymGroups = [
  ['delivery', 'shipping', 'postage', 'dispatch', 'arrive'],
  ['carrier', 'courier'],
  ['cost', 'price', 'fee', 'charge', 'expensive'],
  ['parcel', 'package', 'order'],
  ['refund', 'reimburse', 'money'],
  ['exchange', 'swap'],
  ['warranty', 'guarantee'],
  ['faulty', 'fault', 'broken', 'broke', 'damaged', 'defective', 'defect'],
  ['international', 'abroad', 'overseas', 'worldwide', 'country'],
  ['discount', 'coupon', 'voucher', 'promo', 'promotion'],
  ['wash', 'clean', 'laundry'],
  ['size', 'fit'],
  ['login', 'log', 'signin', 'sign'],
  ['forgot', 'forget', 'reset', 'lost'],
  ['account', 'profile'],
  ['safe', 'secure', 'security', 'safety'],
  ['information', 'details', 'data'],
  ['phone', 'call', 'telephone'],
  ['hours', 'open', 'available', 'opening'],
  ['shop', 'store', 'showroom'],
  ['sustainability', 'sustainable', 'eco', 'environment', 'environmental', 'green', 'planet'],
  ['boot', 'shoe', 'footwear'],
  ['jacket', 'coat'],
  ['trousers', 'pants'],
  ['student', 'university', 'college'],
  ['gift', 'present'],
  ['late', 'delayed', 'missing', 'lost'],
  ['track', 'trace', 'tracking'],
  ['change', 'modify', 'amend', 'edit'],
  ['delete', 'remove', 'close'],
  ['newsletter', 'unsubscribe', 'subscribe', 'marketing'],
  ['instalment', 'installment', 'klarna'],
];

/** Finds the other search terms a term may stand for. */
export type SynonymLookup = (term: string) => readonly string[];

/** Builds a lookup over search terms (stems), so it matches questions after they are turned into terms. */
export function createSynonymLookup(groups: SynonymGroups): SynonymLookup {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.flatMap((word) => searchTerms(word)))];
    for (const term of terms) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return (term) => [...(synonyms.get(term) ?? [])];
}
