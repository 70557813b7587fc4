import { describe, expect, it } from 'vitest';
import { createKnowledgeBot, MISS_TEXT } from './knowledge-bot.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import { createKnowledgeIndex } from './knowledge-index.js';
import { botTurn, onlyMessage } from '../testing/bot-turn.js';

const LONG_TEXT = Array.from(
  { length: 12 },
  (_, index) => `Sentence ${index + 1} explains one more detail of how our 2-year warranty works for you.`,
).join(' ');

const DOCUMENTS: KnowledgeDocument[] = [
  {
    id: 'shipping',
    title: 'Shipping and delivery',
    url: 'https://shop.example/shipping.html',
    topic: null,
    sections: [
      { heading: 'Delivery times', text: 'UK delivery takes 2–4 working days.' },
      { heading: 'Delivery costs', text: 'UK delivery costs £3.95 and is free on orders over £50.' },
    ],
  },
  {
    id: 'returns',
    title: 'Returns and refunds',
    url: null,
    topic: null,
    sections: [{ heading: 'Return policy', text: 'You can return unworn items within 30 days.' }],
  },
  {
    id: 'warranty',
    title: 'Warranty',
    url: null,
    topic: null,
    sections: [{ heading: 'What the warranty covers', text: LONG_TEXT }],
  },
];

const index = createKnowledgeIndex(DOCUMENTS);
const bot = createKnowledgeBot({ index, assistantName: 'Nora, the shop assistant' });
const ask = (text: string) => bot.reply(botTurn(text));
const answerTo = async (text: string) => onlyMessage(await ask(text));

describe('createKnowledgeBot', () => {
  it('answers a question with the passage and the document it came from', async () => {
    expect(await ask('How much does delivery cost?')).toEqual({
      messages: [
        {
          text: 'UK delivery costs £3.95 and is free on orders over £50.',
          sources: [{ title: 'Shipping and delivery', url: 'https://shop.example/shipping.html' }],
        },
      ],
      isMiss: false,
    });
  });

  it('gives a source without a url when the document has none', async () => {
    const reply = await answerTo('what is your returns policy?');
    expect(reply.sources).toEqual([{ title: 'Returns and refunds', url: null }]);
  });

  it('shortens a long passage to whole sentences of at most 600 characters', async () => {
    const reply = await ask('What does the warranty cover?');
    expect(reply.isMiss).toBe(false);
    const { text } = onlyMessage(reply);
    expect(text.length).toBeLessThanOrEqual(600);
    expect(text.length).toBeGreaterThan(400);
    expect(LONG_TEXT.startsWith(text)).toBe(true);
    expect(text).toMatch(/\.$/);
  });

  it('honours a shorter answer length', async () => {
    const shortBot = createKnowledgeBot({ index, maxAnswerLength: 200 });
    const reply = onlyMessage(await shortBot.reply(botTurn('warranty')));
    expect(reply.text.length).toBeLessThanOrEqual(200);
  });

  it.each(["what's the weather in Paris", 'can you write me a poem', 'who won the football', '???'])(
    'says plainly that it does not know %j, as a miss without sources',
    async (question) => {
      expect(await ask(question)).toEqual({ messages: [{ text: MISS_TEXT, sources: [] }], isMiss: true });
    },
  );

  it('tells the visitor how to reach a person when it does not know', () => {
    expect(MISS_TEXT).toContain('rephrase');
    expect(MISS_TEXT).toContain('Talk to a person');
  });

  it('greets a visitor with its name and what it can help with', async () => {
    const reply = await ask('Hello!');
    expect(reply.isMiss).toBe(false);
    expect(onlyMessage(reply)).toEqual({
      sources: [],
      text:
        "Hello! I'm Nora, the shop assistant. " +
        'I can answer questions about shipping and delivery, returns and refunds, and warranty. ' +
        'What would you like to know?',
    });
  });

  it("introduces itself by the site's assistant name, in the site's tone", async () => {
    const assistant = { name: 'Max', tone: 'formal' as const };
    const reply = onlyMessage(await bot.reply({ ...botTurn('Hello!'), assistant }));
    expect(reply.text).toBe(
      'Good day. I am Max. ' +
        'I can answer questions about shipping and delivery, returns and refunds, and warranty. ' +
        'How may I help you?',
    );
    const thanks = onlyMessage(await bot.reply({ ...botTurn('thanks'), assistant }));
    expect(thanks.text).toBe('You are welcome. May I help you with anything else?');
  });

  it('offers the topics of the documents that name one', async () => {
    const [shipping, ...others] = DOCUMENTS;
    if (!shipping) throw new Error('The test needs a first document.');
    const topicIndex = createKnowledgeIndex([
      { ...shipping, topic: 'delivery' },
      ...others,
      { id: 'sizes', title: 'Size guide', url: null, topic: 'sizing', sections: [] },
    ]);
    const topicBot = createKnowledgeBot({ index: topicIndex });
    const reply = onlyMessage(await topicBot.reply(botTurn('hey')));
    expect(reply.text).toBe(
      "Hello! I'm the virtual assistant. I can answer questions about delivery and sizing. " +
        'What would you like to know?',
    );
  });

  it('offers the topics it is given', async () => {
    const topicBot = createKnowledgeBot({ index, topics: ['delivery', 'returns'] });
    const reply = onlyMessage(await topicBot.reply(botTurn('hi')));
    expect(reply.text).toContain('I can answer questions about delivery and returns.');
  });

  it('answers thanks, goodbyes and acknowledgements without searching', async () => {
    expect(await ask('thanks a lot!')).toEqual({
      messages: [{ text: "You're welcome! Is there anything else I can help with?", sources: [] }],
      isMiss: false,
    });
    expect(await ask('bye')).toMatchObject({ messages: [{ sources: [] }], isMiss: false });
    expect(await ask('ok')).toMatchObject({ messages: [{ sources: [] }], isMiss: false });
  });

  it('answers the question in a message that starts with a greeting', async () => {
    const reply = await answerTo('Hi! How long does delivery take?');
    expect(reply.text).toBe('UK delivery takes 2–4 working days.');
  });

  it('misses when the best passage covers too little of the question', async () => {
    const strictBot = createKnowledgeBot({ index, minCoverage: 1.01 });
    const reply = await strictBot.reply(botTurn('delivery'));
    expect(reply.isMiss).toBe(true);
  });

  it('misses when the best passage scores too low', async () => {
    const strictBot = createKnowledgeBot({ index, minScore: Number.POSITIVE_INFINITY });
    const reply = await strictBot.reply(botTurn('delivery'));
    expect(reply.isMiss).toBe(true);
  });
});
