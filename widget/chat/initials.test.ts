import { describe, expect, it } from 'vitest';
import { initials } from './initials.js';

describe('initials', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initials('Alice Martin')).toBe('AM');
    expect(initials('  jean  de la  fontaine ')).toBe('JF');
    expect(initials('bob')).toBe('B');
  });

  it('keeps a letter outside the Basic Multilingual Plane whole', () => {
    expect(initials('𝒜da Lovelace')).toBe('𝒜L');
  });

  it('falls back to a question mark for an empty name', () => {
    expect(initials('   ')).toBe('?');
  });
});
