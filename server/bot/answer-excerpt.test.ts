import { describe, expect, it } from 'vitest';
import { answerExcerpt } from './answer-excerpt.js';

describe('answerExcerpt', () => {
  it('returns a text that fits as it is, trimmed', () => {
    expect(answerExcerpt('  Returns are free in the UK.  ', 100)).toBe('Returns are free in the UK.');
  });

  it('keeps as many whole sentences as fit', () => {
    const text = 'First sentence here. Second one costs £3.95 today! Third sentence is too long to fit.';
    expect(answerExcerpt(text, 55)).toBe('First sentence here. Second one costs £3.95 today!');
  });

  it('keeps the line breaks between kept lines', () => {
    expect(answerExcerpt('We accept:\n• Visa.\n• Mastercard.\n• PayPal and many others.', 32)).toBe(
      'We accept:\n• Visa.\n• Mastercard.',
    );
  });

  it('cuts a first sentence that is too long at a word, with an ellipsis', () => {
    const excerpt = answerExcerpt('This sentence goes on and on, without stopping, for ever', 30);
    expect(excerpt).toBe('This sentence goes on and on…');
    expect(excerpt.length).toBeLessThanOrEqual(30);
  });
});
