import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMarkdownKnowledge, parseMarkdownDocument } from './markdown-knowledge.js';

const SHIPPING = `---
url: /shipping.html
topic: delivery
---

# Shipping and delivery

We ship from Leeds.

## Delivery times

UK delivery takes **2–4** working days.
See [tracking](/orders.html).

## Delivery costs

- UK: £3.95
- EU: €7.95
`;

describe('parseMarkdownDocument', () => {
  it('takes the title from the first heading and a section from each second-level heading', () => {
    const document = parseMarkdownDocument(SHIPPING, 'shipping.md');
    expect(document).toEqual({
      id: 'shipping',
      title: 'Shipping and delivery',
      url: '/shipping.html',
      topic: 'delivery',
      sections: [
        { heading: 'Shipping and delivery', text: 'We ship from Leeds.' },
        { heading: 'Delivery times', text: 'UK delivery takes 2–4 working days. See tracking.' },
        { heading: 'Delivery costs', text: '• UK: £3.95\n• EU: €7.95' },
      ],
    });
  });

  it('resolves the front matter url against a base when one is given', () => {
    expect(parseMarkdownDocument(SHIPPING, 'shipping.md', 'https://shop.example/help/').url).toBe(
      'https://shop.example/shipping.html',
    );
  });

  it('gives a document without front matter no url and no topic', () => {
    const document = parseMarkdownDocument('# Gift cards\n\n## Buying\n\nFrom £10.', 'gift-cards.md');
    expect(document.url).toBeNull();
    expect(document.topic).toBeNull();
  });

  it('reads quoted front matter values and a title from front matter', () => {
    const document = parseMarkdownDocument(
      '---\ntitle: "Care guide"\nurl: \'/care.html\'\n---\n## Washing\nAt 30°C.',
      'care.md',
    );
    expect(document.title).toBe('Care guide');
    expect(document.url).toBe('/care.html');
  });

  it('names a document without a title after its file', () => {
    expect(parseMarkdownDocument('## Balance\nCheck it online.', 'gift-cards.md').title).toBe('Gift cards');
  });

  it('leaves out sections without text and strips markup from headings', () => {
    const document = parseMarkdownDocument(
      '# *Sizes*\n\n## Empty\n\n## **Boots** ##\nTrue to size.',
      'sizes.md',
    );
    expect(document.title).toBe('Sizes');
    expect(document.sections).toEqual([{ heading: 'Boots', text: 'True to size.' }]);
  });

  it('keeps third-level headings inside their section', () => {
    const document = parseMarkdownDocument('# Sizes\n## Jackets\n### Men\nChest 96 cm.', 'sizes.md');
    expect(document.sections).toEqual([{ heading: 'Jackets', text: 'Men\nChest 96 cm.' }]);
  });

  it('ignores headings inside code fences and comments', () => {
    const document = parseMarkdownDocument(
      '# Codes\n## Promo codes\n```\n## not a section\n```\n<!--\n## nor this\n-->\nOne per order.',
      'codes.md',
    );
    expect(document.sections.map((section) => section.heading)).toEqual(['Promo codes']);
  });

  it('accepts Windows line endings and a byte order mark', () => {
    const document = parseMarkdownDocument(
      '\uFEFF---\r\nurl: /a.html\r\n---\r\n# A\r\n## B\r\nText.\r\n',
      'a.md',
    );
    expect(document).toMatchObject({
      title: 'A',
      url: '/a.html',
      sections: [{ heading: 'B', text: 'Text.' }],
    });
  });

  it('refuses a front matter url that cannot be resolved', () => {
    expect(() =>
      parseMarkdownDocument('---\nurl: http://\n---\n# A', 'a.md', 'https://shop.example'),
    ).toThrow(/a\.md/);
  });
});

describe('loadMarkdownKnowledge', () => {
  let directory: string | undefined;
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('reads every Markdown file of a folder in file-name order, and nothing else', async () => {
    directory = await mkdtemp(join(tmpdir(), 'knowledge-'));
    await writeFile(join(directory, 'returns.md'), '# Returns\n## Policy\n30 days.');
    await writeFile(join(directory, 'account.MD'), '# Account\n## Password\nReset it.');
    await writeFile(join(directory, 'notes.txt'), '# Not knowledge');
    await mkdir(join(directory, 'drafts.md'));

    const documents = await loadMarkdownKnowledge(directory, 'https://shop.example');
    expect(documents.map((document) => document.id)).toEqual(['account', 'returns']);
  });
});
