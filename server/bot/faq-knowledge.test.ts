import { describe, expect, it } from 'vitest';
import { FaqFormatError, parseFaqDocument } from './faq-knowledge.js';

const YAML_FAQ = `title: Delivery questions
url: https://shop.example/help/delivery
topic: delivery
faq:
  - question: Do you ship **abroad**?
    answer: |
      Yes, to 30 countries.
      See [our rates](/rates).
  - question: How long does delivery take?
    answer: 2 to 4 working days.
`;

const parseYaml = (text: string, id = 'help/delivery-faq.yaml') =>
  parseFaqDocument(text, { id, fileName: `/site/${id}`, format: 'yaml' });
const parseJson = (text: string, id = 'faq.json') =>
  parseFaqDocument(text, { id, fileName: `/site/${id}`, format: 'json' });

describe('parseFaqDocument', () => {
  it('turns each question and answer into a section headed by the question', () => {
    expect(parseYaml(YAML_FAQ)).toEqual({
      id: 'help/delivery-faq.yaml',
      title: 'Delivery questions',
      url: 'https://shop.example/help/delivery',
      topic: 'delivery',
      sections: [
        { heading: 'Do you ship abroad?', text: 'Yes, to 30 countries. See our rates.' },
        { heading: 'How long does delivery take?', text: '2 to 4 working days.' },
      ],
    });
  });

  it('reads a bare list, titled after the file, without a url', () => {
    const document = parseYaml(
      '- question: Can I pay later?\n  answer: Yes, with Klarna.\n',
      'payment-faq.yml',
    );
    expect(document).toMatchObject({ title: 'Payment faq', url: null, topic: null });
    expect(document.sections).toEqual([{ heading: 'Can I pay later?', text: 'Yes, with Klarna.' }]);
  });

  it('reads the same shapes from JSON', () => {
    const json = JSON.stringify({
      title: 'Gift cards',
      faq: [{ question: 'Do they expire?', answer: 'No.' }],
    });
    expect(parseJson(json)).toMatchObject({
      title: 'Gift cards',
      sections: [{ heading: 'Do they expire?', text: 'No.' }],
    });
    expect(parseJson('[{"question": "Q?", "answer": "A."}]').sections).toHaveLength(1);
  });

  it.each([
    ['invalid YAML', 'faq: [unclosed', /\/site\/faq\.yaml: not valid YAML/],
    ['a scalar', 'just text', /\/site\/faq\.yaml: expected a list of questions and answers/],
    ['an object without a list', 'title: FAQ\n', /expected a list/],
    ['an empty list', 'faq: []', /\/site\/faq\.yaml: the list of questions is empty/],
    [
      'an entry that is not an object',
      'faq:\n  - question: Q?\n    answer: A.\n  - just text',
      /entry 2 must be an object/,
    ],
    ['an entry without a question', 'faq:\n  - answer: A.', /\/site\/faq\.yaml: entry 1 has no "question"/],
    [
      'an entry with a blank answer',
      'faq:\n  - question: Q?\n    answer: " "',
      /entry 1 \("Q\?"\) has no "answer"/,
    ],
    [
      'an answer that is not text',
      'faq:\n  - question: Q?\n    answer: [1, 2]',
      /entry 1 \("Q\?"\) has no "answer"/,
    ],
    [
      'a title that is not text',
      'title: [x]\nfaq:\n  - question: Q?\n    answer: A.',
      /"title" must be text/,
    ],
  ])('refuses %s, naming the file and the entry', (_label, text, message) => {
    expect(() => parseYaml(text, 'faq.yaml')).toThrow(FaqFormatError);
    expect(() => parseYaml(text, 'faq.yaml')).toThrow(message);
  });

  it('refuses invalid JSON, naming the file', () => {
    expect(() => parseJson('{"faq": [')).toThrow(/\/site\/faq\.json: not valid JSON/);
  });
});
