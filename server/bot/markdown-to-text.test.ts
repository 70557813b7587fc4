import { describe, expect, it } from 'vitest';
import { inlineMarkdownToText, markdownToText } from './markdown-to-text.js';

describe('inlineMarkdownToText', () => {
  it.each([
    ['See [our returns page](/returns.html) for details.', 'See our returns page for details.'],
    ['A ![tent in the rain](tent.png) photo', 'A tent in the rain photo'],
    ['Use [the form][returns-form] instead', 'Use the form instead'],
    ['**Free** delivery over __£50__', 'Free delivery over £50'],
    ['It is *really* _very_ warm', 'It is really very warm'],
    ['Enter `WELCOME10` at checkout', 'Enter WELCOME10 at checkout'],
    ['~~£80~~ £60', '£80 £60'],
    [
      'Email <help@example.com> or <https://example.com/help>',
      'Email help@example.com or https://example.com/help',
    ],
    ['Press <kbd>Enter</kbd><br>now', 'Press Enternow'],
    ['Keep snake_case_words and 5 * 3 = 15 as they are', 'Keep snake_case_words and 5 * 3 = 15 as they are'],
    [String.raw`Prices from \*£10\* \[approx\]`, 'Prices from *£10* [approx]'],
    ['  spread   over\tspaces  ', 'spread over spaces'],
  ])('turns %j into %j', (markdown, text) => {
    expect(inlineMarkdownToText(markdown)).toBe(text);
  });
});

describe('markdownToText', () => {
  it('joins the lines of a paragraph and puts each paragraph on its own line', () => {
    expect(
      markdownToText('Orders placed before 14:00\nleave the same day.\n\nLater orders leave\nthe next day.'),
    ).toBe('Orders placed before 14:00 leave the same day.\nLater orders leave the next day.');
  });

  it('keeps list items as lines, with bullets for unordered lists and numbers for ordered ones', () => {
    const markdown =
      'We accept:\n\n- Visa\n* Mastercard\n+ PayPal,\n  in the UK and EU\n\n1. Sign in\n2) Open **Orders**';
    expect(markdownToText(markdown)).toBe(
      'We accept:\n• Visa\n• Mastercard\n• PayPal, in the UK and EU\n1. Sign in\n2) Open Orders',
    );
  });

  it('keeps deeper headings as lines of their own', () => {
    expect(markdownToText('### Men\nChest 96 cm.\n#### Women ###\nChest 89 cm.')).toBe(
      'Men\nChest 96 cm.\nWomen\nChest 89 cm.',
    );
  });

  it('drops rules, comments, link definitions and table delimiter rows, and keeps table cells', () => {
    const markdown = [
      'Intro <!-- internal note -->',
      '',
      '---',
      '<!--',
      'a hidden block',
      '-->',
      '[returns]: https://example.com/returns',
      '| Size | Chest |',
      '| :--- | ----: |',
      '| M | 96–101 cm |',
    ].join('\n');
    expect(markdownToText(markdown)).toBe('Intro\nSize – Chest\nM – 96–101 cm');
  });

  it('removes blockquote markers', () => {
    expect(markdownToText('> Our warranty lasts\n> two years.')).toBe('Our warranty lasts two years.');
  });

  it('keeps the lines of a fenced code block as they are', () => {
    expect(markdownToText('Your code:\n```\nNW-10458832\n# not a heading\n```')).toBe(
      'Your code:\nNW-10458832\n# not a heading',
    );
  });

  it('returns an empty string for markup without text', () => {
    expect(markdownToText('\n\n---\n\n-\n')).toBe('');
  });
});
