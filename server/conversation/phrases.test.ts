import { describe, expect, it } from 'vitest';
import { findPhrase, normalise, rememberedQuestion } from './phrases.js';

describe('phrases', () => {
  it('normalises case, punctuation, spaces and typographic apostrophes', () => {
    expect(normalise('  Where’s my   ORDER?!  ')).toBe("where's my order");
    expect(normalise('Où est ma commande ?')).toBe('où est ma commande');
  });

  it('finds a phrase as whole words only', () => {
    expect(findPhrase('I want to cancel my account, now!', ['cancel my account'])).toBe('cancel my account');
    expect(findPhrase('refunds?', ['refund'])).toBeNull();
    expect(findPhrase('Refund, please', ['refund'])).toBe('refund');
  });

  it('ignores a phrase that normalises to nothing', () => {
    expect(findPhrase('anything', ['?!'])).toBeNull();
  });

  it('remembers at most 200 characters of a question', () => {
    expect(rememberedQuestion('a'.repeat(500))).toHaveLength(200);
  });
});
