/**
 * The knowledge bot against the demo shop's real knowledge base: questions as visitors word them must find
 * the right document, and questions the shop cannot answer must be misses.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DialogManager } from './dialog-manager.js';
import { createKnowledgeBot } from './knowledge-bot.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import { createKnowledgeIndex } from './knowledge-index.js';
import { loadMarkdownKnowledge } from './markdown-knowledge.js';
import { botTurn, onlyMessage } from '../testing/bot-turn.js';

const KNOWLEDGE_DIRECTORY = fileURLToPath(new URL('../../demo/knowledge/', import.meta.url));
const SITE_DIRECTORY = fileURLToPath(new URL('../../demo/site/', import.meta.url));

/** Questions a visitor of the demo shop might ask, and the id of the document that answers each. */
const ANSWERABLE: readonly (readonly [question: string, documentId: string])[] = [
  ['How long does delivery take to France?', 'shipping'],
  ['how much is postage to the UK', 'shipping'],
  ['Do you ship to Australia?', 'shipping'],
  ['Which courier do you use?', 'shipping'],
  ['Will I have to pay customs duties in the US?', 'shipping'],
  ['Is shipping free?', 'shipping'],
  ['Can I change my delivery address?', 'shipping'],
  ['Do you deliver to PO boxes?', 'shipping'],
  ['shiping costs?', 'shipping'],
  ['How do I send something back?', 'returns'],
  ['what is your returns policy', 'returns'],
  ["what's your retuns policy", 'returns'],
  ['When will I get my money back?', 'returns'],
  ['how long do refunds take', 'returns'],
  ['can i exchange my jacket for a different size', 'returns'],
  ['can i swap these boots for another colour', 'returns'],
  ['Are returns free?', 'returns'],
  ['Where is my order?', 'orders'],
  ['I want to cancel my order', 'orders'],
  ['my parcel hasnt arrived yet', 'orders'],
  ['my package is lost', 'orders'],
  ["I didn't get an order confirmation email", 'orders'],
  ['I received the wrong item', 'orders'],
  ['Can I pay with PayPal?', 'payment'],
  ['why was my card declined', 'payment'],
  ['do you take klarna', 'payment'],
  ['what currencies do you accept', 'payment'],
  ['Is my card information safe?', 'payment'],
  ['What size jacket should I get?', 'sizing'],
  ['do your boots run small', 'sizing'],
  ['how do I measure my inside leg', 'sizing'],
  ['How should I wash my waterproof jacket?', 'care-and-warranty'],
  ['how do I clean a down jacket', 'care-and-warranty'],
  ['The zip on my coat broke, is it under warranty?', 'care-and-warranty'],
  ['how long is the warranty', 'care-and-warranty'],
  ['is there a warrenty on boots', 'care-and-warranty'],
  ['What are your opening hours?', 'contact'],
  ["What's your phone number?", 'contact'],
  ["What's your email address?", 'contact'],
  ['Do you have a shop in London?', 'contact'],
  ['do you have a physical store', 'contact'],
  ['can I talk to your team on the weekend', 'contact'],
  ['I forgot my password', 'accounts'],
  ['pasword reset', 'accounts'],
  ['How can I change my email address?', 'accounts'],
  ['how do i unsubscribe from your emails', 'accounts'],
  ['How do I delete my account?', 'accounts'],
  ['Do I need an account to order?', 'accounts'],
  ['Do gift cards expire?', 'gift-cards'],
  ['How do I use a gift card?', 'gift-cards'],
  ['how do I check my gift card balance', 'gift-cards'],
  ['my promo code is not working', 'discounts'],
  ['where do I enter a discount code', 'discounts'],
  ['Do you price match?', 'discounts'],
  ['Is there a student discount?', 'discounts'],
  ['when is your next sale', 'discounts'],
  ['Are your jackets PFC free?', 'sustainability'],
  ['Is your packaging plastic free?', 'sustainability'],
  ['Are your down jackets ethically sourced?', 'sustainability'],
  ['can you repair my jacket', 'sustainability'],
];

/** Questions the demo shop's knowledge does not answer. */
const UNANSWERABLE: readonly string[] = [
  "what's the weather in Paris",
  'can you write me a poem',
  'who won the football',
  'What is the capital of Peru?',
  'Tell me a joke',
  'how do I bake sourdough bread',
  'Which stocks should I buy?',
  'translate hello into German',
  'what time is it in Tokyo',
  'Can you recommend a good film?',
  'Who is the prime minister?',
  'how old are you',
  "what's the meaning of life",
  'are you a robot',
  'how do I fix my car',
  'book a table for two',
  'what is 2 plus 2',
  'Who invented the telephone?',
  'how tall is mount everest',
  'recommend a good hiking trail in the lake district',
];

let documents: KnowledgeDocument[];
let bot: DialogManager;

beforeAll(async () => {
  documents = await loadMarkdownKnowledge(KNOWLEDGE_DIRECTORY);
  bot = createKnowledgeBot({ index: createKnowledgeIndex(documents) });
});

const ask = (text: string) => bot.reply(botTurn(text));
const titleOf = (id: string) => documents.find((document) => document.id === id)?.title;

describe('the demo knowledge base', () => {
  it('has 8 to 12 documents, each titled, with 3 to 6 sections besides its introduction', () => {
    expect(documents.length).toBeGreaterThanOrEqual(8);
    expect(documents.length).toBeLessThanOrEqual(12);
    const misshapen = documents.filter((document) => {
      const sections = document.sections.filter((section) => section.heading !== document.title);
      return document.title === '' || sections.length < 3 || sections.length > 6;
    });
    expect(misshapen.map((document) => document.id)).toEqual([]);
  });

  it('links documents only to pages the demo site has', () => {
    const urls = documents.flatMap((document) => (document.url ? [document.url] : []));
    expect(urls.length).toBeGreaterThan(0);
    const broken = urls.filter((url) => {
      const page = new URL(url, 'https://demo.invalid').pathname.slice(1);
      return !existsSync(`${SITE_DIRECTORY}${page}`);
    });
    expect(broken).toEqual([]);
  });

  it.each(ANSWERABLE)('answers %j from the %s document', async (question, documentId) => {
    const reply = await ask(question);
    expect(reply.isMiss).toBe(false);
    const { sources, text } = onlyMessage(reply);
    expect(sources.map((source) => source.title)).toEqual([titleOf(documentId)]);
    expect(text.length).toBeLessThanOrEqual(600);
  });

  it.each(UNANSWERABLE)('misses %j', async (question) => {
    expect(await ask(question)).toMatchObject({ isMiss: true, messages: [{ sources: [] }] });
  });
});
