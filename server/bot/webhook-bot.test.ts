import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../protocol/entries.js';
import { botTurn } from '../testing/bot-turn.js';
import {
  refusedAddress,
  startScriptedHttpBot,
  type ScriptedAnswer,
  type ScriptedHttpBot,
} from '../testing/scripted-http-bot.js';
import { MAX_QUICK_REPLIES } from './answer-fields.js';
import { BOT_FAILURE_KINDS, BotFailure, type BotFailureKind } from './bot-failure.js';
import { MAX_BOT_ANSWER_BYTES } from './bot-endpoint.js';
import { createWebhookBot } from './webhook-bot.js';

const SECRET = 'a-shared-secret-of-at-least-32-characters';
/** Long enough never to expire under load; only the bot that never answers is meant to time out. */
const PATIENT_TIMEOUT_MS = 30_000;

const bots: ScriptedHttpBot[] = [];
afterEach(async () => {
  await Promise.all(bots.splice(0).map((bot) => bot.close()));
});

async function botAnswering(answer: (request: { json: unknown }) => ScriptedAnswer) {
  const bot = await startScriptedHttpBot({ secret: SECRET, answer });
  bots.push(bot);
  return bot;
}

function entry(seq: number, body: Record<string, unknown>): Entry {
  return { conversationId: 'c1', seq, at: 1_700_000_000_000 + seq, clientId: null, ...body } as Entry;
}

/** A conversation of five entries before the visitor's new message at seq 6. */
const HISTORY: Entry[] = [
  entry(1, { kind: 'visitor_message', text: 'Hi' }),
  entry(2, {
    kind: 'bot_message',
    text: 'Hello! What can I do?',
    sources: [],
    isMiss: false,
    quickReplies: [{ title: 'Track my order', payload: '/track_order' }],
  }),
  entry(3, { kind: 'handoff_requested', trigger: 'visitor_button', reason: 'The visitor pressed a button.' }),
  entry(4, { kind: 'agent_joined', agent: { id: 'a1', name: 'Alice' } }),
  entry(5, {
    kind: 'agent_message',
    text: 'Alice here, how can I help?',
    agent: { id: 'a1', name: 'Alice' },
  }),
  entry(6, { kind: 'visitor_message', text: 'Where is my parcel?' }),
];

const VISITOR = {
  pageUrl: 'https://shop.example/orders',
  pageTitle: 'Your orders',
  referrer: 'https://search.example/',
  locale: 'de-DE',
};

describe('createWebhookBot: the request', () => {
  it('posts the visitor message with the conversation, its earlier messages, the visitor’s page and locale, and the site’s assistant', async () => {
    const bot = await botAnswering(() => ({ json: { messages: [{ text: 'On its way.' }] } }));
    const webhook = createWebhookBot({
      url: `${bot.url}/bot`,
      secret: SECRET,
      timeoutMs: PATIENT_TIMEOUT_MS,
    });
    await webhook.reply(
      botTurn('Where is my parcel?', {
        siteId: 'shop',
        conversationId: 'c1',
        seq: 6,
        history: HISTORY,
        visitor: VISITOR,
        assistant: { name: 'Nora', tone: 'formal' },
      }),
    );
    const [request] = bot.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/bot' });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.json).toEqual({
      version: 1,
      siteId: 'shop',
      conversationId: 'c1',
      message: { seq: 6, text: 'Where is my parcel?', payload: null },
      history: [
        { seq: 1, from: 'visitor', text: 'Hi', at: 1_700_000_000_001 },
        { seq: 2, from: 'bot', text: 'Hello! What can I do?', at: 1_700_000_000_002 },
        { seq: 5, from: 'agent', text: 'Alice here, how can I help?', at: 1_700_000_000_005 },
      ],
      visitor: VISITOR,
      assistant: { name: 'Nora', tone: 'formal' },
    });
  });

  it('signs the timestamp and the exact body with the shared secret, so the bot can verify the sender', async () => {
    const bot = await botAnswering(() => ({ json: { messages: [{ text: 'Hi!' }] } }));
    await createWebhookBot({ url: bot.url, secret: SECRET, timeoutMs: PATIENT_TIMEOUT_MS }).reply(
      botTurn('Hello'),
    );
    const [request] = bot.requests;
    expect(request?.isSignatureValid).toBe(true);

    const clocked = createWebhookBot({
      url: bot.url,
      secret: SECRET,
      timeoutMs: PATIENT_TIMEOUT_MS,
      now: () => 1_700_000_000_999,
    });
    await expect(clocked.reply(botTurn('Hello'))).rejects.toThrow(BotFailure);
    const stale = bot.requests[1];
    const digest = createHmac('sha256', SECRET).update(`1700000000.${stale?.body}`).digest('hex');
    expect(stale?.headers['switchboard-signature']).toBe(`t=1700000000,v1=${digest}`);
    expect(stale?.isSignatureValid).toBe(false);
  });

  it('is refused by a bot that holds another secret', async () => {
    const bot = await botAnswering(() => ({ json: { messages: [{ text: 'Hi!' }] } }));
    const impostor = createWebhookBot({
      url: bot.url,
      secret: 'not-the-secret',
      timeoutMs: PATIENT_TIMEOUT_MS,
    });
    await expect(impostor.reply(botTurn('Hello'))).rejects.toMatchObject({ kind: 'http_status' });
    expect(bot.requests[0]?.isSignatureValid).toBe(false);
  });

  it('sends the payload of the quick reply the visitor picked, and none for typed text', async () => {
    const bot = await botAnswering(() => ({ json: { messages: [{ text: 'Tracking it.' }] } }));
    const webhook = createWebhookBot({ url: bot.url, secret: SECRET, timeoutMs: PATIENT_TIMEOUT_MS });
    const offered = HISTORY.slice(0, 2);
    await webhook.reply(botTurn('Track my order', { seq: 3, history: offered }));
    await webhook.reply(botTurn('Track my order please', { seq: 3, history: offered }));
    expect(bot.requests.map((request) => (request.json as { message: unknown }).message)).toEqual([
      { seq: 3, text: 'Track my order', payload: '/track_order' },
      { seq: 3, text: 'Track my order please', payload: null },
    ]);
  });
});

describe('createWebhookBot: the answer', () => {
  it('brings the bot’s messages, quick replies, confidence and handoff request through', async () => {
    const bot = await botAnswering(() => ({
      json: {
        messages: [
          {
            text: 'Refunds over £500 need a person.',
            sources: [{ title: 'Refunds', url: 'https://shop.example/refunds' }],
          },
          { text: 'Or pick one of these.' },
        ],
        quickReplies: [{ title: 'Start a return', payload: '/start_return' }, { title: 'Opening hours' }],
        confidence: 0.72,
        handoff: { reason: 'The visitor wants a refund over £500.' },
        somethingNew: 'ignored',
      },
    }));
    const reply = await createWebhookBot({
      url: bot.url,
      secret: SECRET,
      timeoutMs: PATIENT_TIMEOUT_MS,
    }).reply(botTurn('I want my money back'));
    expect(reply).toEqual({
      messages: [
        {
          text: 'Refunds over £500 need a person.',
          sources: [{ title: 'Refunds', url: 'https://shop.example/refunds' }],
        },
        { text: 'Or pick one of these.', sources: [] },
      ],
      isMiss: false,
      confidence: 0.72,
      quickReplies: [
        { title: 'Start a return', payload: '/start_return' },
        { title: 'Opening hours', payload: 'Opening hours' },
      ],
      handoff: { reason: 'The visitor wants a refund over £500.' },
    });
  });

  it('takes null for a field it may leave out', async () => {
    const bot = await botAnswering(() => ({
      json: {
        messages: [{ text: 'Hi!', sources: null }],
        quickReplies: null,
        confidence: null,
        handoff: null,
      },
    }));
    const reply = await createWebhookBot({
      url: bot.url,
      secret: SECRET,
      timeoutMs: PATIENT_TIMEOUT_MS,
    }).reply(botTurn('Hello'));
    expect(reply).toEqual({ messages: [{ text: 'Hi!', sources: [] }], isMiss: false });
  });

  it('accepts a handoff request without a message', async () => {
    const bot = await botAnswering(() => ({
      json: { messages: [], handoff: { reason: 'Legal question.' } },
    }));
    const reply = await createWebhookBot({
      url: bot.url,
      secret: SECRET,
      timeoutMs: PATIENT_TIMEOUT_MS,
    }).reply(botTurn('Can I sue you?'));
    expect(reply).toEqual({ messages: [], isMiss: false, handoff: { reason: 'Legal question.' } });
  });
});

const oversizeJson = JSON.stringify({ messages: [{ text: 'x' }], padding: 'y'.repeat(MAX_BOT_ANSWER_BYTES) });

describe('createWebhookBot: failures', () => {
  it.each<[string, ScriptedAnswer, BotFailureKind]>([
    ['a bot that never answers', 'never', 'timeout'],
    ['HTTP 500', { json: { error: 'boom' }, status: 500 }, 'http_status'],
    ['HTTP 404', { raw: 'Not found', status: 404 }, 'http_status'],
    ['a redirect, which is not followed', { raw: '', status: 307 }, 'http_status'],
    ['text that is not JSON', { raw: 'Sure! Here is your answer' }, 'invalid_json'],
    ['JSON cut short', { raw: '{"messages": [{"text": "Hi' }, 'invalid_json'],
    ['bytes that are not UTF-8', { raw: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }, 'invalid_json'],
    ['an empty body', { raw: '' }, 'invalid_json'],
    ['an answer over the size limit', { raw: oversizeJson }, 'too_large'],
    ['an answer over the size limit, sent in chunks', { raw: oversizeJson, isChunked: true }, 'too_large'],
    ['an array instead of an object', { json: [{ text: 'Hi' }] }, 'invalid_reply'],
    ['no messages field', { json: { text: 'Hi' } }, 'invalid_reply'],
    ['messages as a string', { json: { messages: 'Hi' } }, 'invalid_reply'],
    ['a message without text', { json: { messages: [{}] } }, 'invalid_reply'],
    ['a blank message', { json: { messages: [{ text: '   ' }] } }, 'invalid_reply'],
    [
      'a message over 4,000 characters',
      { json: { messages: [{ text: 'x'.repeat(4001) }] } },
      'invalid_reply',
    ],
    ['a message with control characters', { json: { messages: [{ text: 'ding\u0007' }] } }, 'invalid_reply'],
    [
      'eleven messages',
      { json: { messages: Array.from({ length: 11 }, () => ({ text: 'Hi' })) } },
      'invalid_reply',
    ],
    ['a confidence above 1', { json: { messages: [{ text: 'Hi' }], confidence: 1.5 } }, 'invalid_reply'],
    ['a confidence as text', { json: { messages: [{ text: 'Hi' }], confidence: 'high' } }, 'invalid_reply'],
    [
      `${MAX_QUICK_REPLIES + 1} quick replies`,
      {
        json: {
          messages: [{ text: 'Hi' }],
          quickReplies: Array.from({ length: 11 }, (_, i) => ({ title: `${i}` })),
        },
      },
      'invalid_reply',
    ],
    [
      'a quick reply without a title',
      { json: { messages: [{ text: 'Hi' }], quickReplies: [{ payload: 'x' }] } },
      'invalid_reply',
    ],
    ['a handoff without a reason', { json: { messages: [{ text: 'Hi' }], handoff: {} } }, 'invalid_reply'],
    ['a handoff as true', { json: { messages: [{ text: 'Hi' }], handoff: true } }, 'invalid_reply'],
    [
      'a source with a javascript: address',
      { json: { messages: [{ text: 'Hi', sources: [{ title: 'x', url: 'javascript:alert(1)' }] }] } },
      'invalid_reply',
    ],
    ['no message and no handoff', { json: { messages: [] } }, 'empty_reply'],
  ])('falls back on %s, counted as %s', async (_, answer, kind) => {
    const bot = await botAnswering(() => answer);
    const timeoutMs = answer === 'never' ? 200 : PATIENT_TIMEOUT_MS;
    const webhook = createWebhookBot({ url: bot.url, secret: SECRET, timeoutMs });
    await expect(webhook.reply(botTurn('Hello'))).rejects.toMatchObject({ name: 'BotFailure', kind });
    expect(webhook.failures()).toEqual({ ...zeroFailures(), [kind]: 1 });
  });

  it('falls back when nothing listens at the address, counted as network', async () => {
    const webhook = createWebhookBot({
      url: await refusedAddress(),
      secret: SECRET,
      timeoutMs: PATIENT_TIMEOUT_MS,
    });
    await expect(webhook.reply(botTurn('Hello'))).rejects.toMatchObject({ kind: 'network' });
    await expect(webhook.reply(botTurn('Hello again'))).rejects.toMatchObject({ kind: 'network' });
    expect(webhook.failures()).toEqual({ ...zeroFailures(), network: 2 });
  });

  it('counts nothing when the bot answers', async () => {
    const bot = await botAnswering(() => ({ json: { messages: [{ text: 'Hi!' }] } }));
    const webhook = createWebhookBot({ url: bot.url, secret: SECRET, timeoutMs: PATIENT_TIMEOUT_MS });
    await webhook.reply(botTurn('Hello'));
    expect(webhook.failures()).toEqual(zeroFailures());
  });
});

function zeroFailures(): Record<BotFailureKind, number> {
  return Object.fromEntries(BOT_FAILURE_KINDS.map((kind) => [kind, 0])) as Record<BotFailureKind, number>;
}
