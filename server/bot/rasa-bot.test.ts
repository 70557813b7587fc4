import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../protocol/entries.js';
import { botTurn } from '../testing/bot-turn.js';
import {
  startScriptedHttpBot,
  type ScriptedAnswer,
  type ScriptedHttpBot,
} from '../testing/scripted-http-bot.js';
import type { BotFailureKind } from './bot-failure.js';
import { createRasaBot, RASA_DEFAULT_HANDOFF_REASON } from './rasa-bot.js';

/** Long enough never to expire under load. */
const TIMEOUT_MS = 30_000;

const servers: ScriptedHttpBot[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A stand-in for a Rasa server with the REST channel: it answers as Rasa would, without a signature check. */
async function rasaAnswering(answer: ScriptedAnswer) {
  const server = await startScriptedHttpBot({ answer: () => answer });
  servers.push(server);
  return server;
}

const VISITOR = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'fr-FR' };

describe('createRasaBot', () => {
  it('posts the sender and message to the REST channel, with the site and visitor as metadata', async () => {
    const rasa = await rasaAnswering({ json: [{ recipient_id: 'conv-7', text: 'Bonjour !' }] });
    await createRasaBot({ url: rasa.url, secret: null, timeoutMs: TIMEOUT_MS }).reply(
      botTurn('Salut', { siteId: 'shop', conversationId: 'conv-7', visitor: VISITOR }),
    );
    expect(rasa.requests[0]).toMatchObject({ method: 'POST', path: '/webhooks/rest/webhook' });
    expect(rasa.requests[0]?.json).toEqual({
      sender: 'conv-7',
      message: 'Salut',
      metadata: { siteId: 'shop', visitor: VISITOR },
    });
  });

  it('keeps the path of a Rasa served under a prefix', async () => {
    const rasa = await rasaAnswering({ json: [{ text: 'Hi' }] });
    await createRasaBot({ url: `${rasa.url}/assistant`, secret: null, timeoutMs: TIMEOUT_MS }).reply(
      botTurn('Hi'),
    );
    expect(rasa.requests[0]?.path).toBe('/assistant/webhooks/rest/webhook');
  });

  it('shows each text as a message and offers the buttons as quick replies', async () => {
    const rasa = await rasaAnswering({
      json: [
        { recipient_id: 'c1', text: 'Your order shipped yesterday.' },
        { recipient_id: 'c1', image: 'https://shop.example/parcel.png' },
        {
          recipient_id: 'c1',
          text: 'Anything else?',
          buttons: [
            { title: 'Yes', payload: '/affirm' },
            { title: 'No', payload: '/deny' },
          ],
        },
      ],
    });
    const reply = await createRasaBot({ url: rasa.url, secret: null, timeoutMs: TIMEOUT_MS }).reply(
      botTurn('Where is my order?'),
    );
    expect(reply).toEqual({
      messages: [
        { text: 'Your order shipped yesterday.', sources: [] },
        { text: 'Anything else?', sources: [] },
      ],
      isMiss: false,
      quickReplies: [
        { title: 'Yes', payload: '/affirm' },
        { title: 'No', payload: '/deny' },
      ],
    });
  });

  it('sends the payload of a button the visitor pressed, as Rasa expects', async () => {
    const rasa = await rasaAnswering({ json: [{ text: 'Great!' }] });
    const offered: Entry = {
      conversationId: 'c1',
      seq: 2,
      at: 0,
      clientId: null,
      kind: 'bot_message',
      text: 'Anything else?',
      sources: [],
      isMiss: false,
      quickReplies: [{ title: 'No', payload: '/deny' }],
    };
    await createRasaBot({ url: rasa.url, secret: null, timeoutMs: TIMEOUT_MS }).reply(
      botTurn('No', { seq: 3, history: [offered] }),
    );
    expect(rasa.requests[0]?.json).toMatchObject({ message: '/deny' });
  });

  it.each([
    [{ handoff: { reason: 'Wants to cancel a wedding order.' } }, 'Wants to cancel a wedding order.'],
    [{ handoff: true }, RASA_DEFAULT_HANDOFF_REASON],
    [{ handoff: {} }, RASA_DEFAULT_HANDOFF_REASON],
  ])('asks for a person when a custom payload is %o', async (custom, reason) => {
    const rasa = await rasaAnswering({ json: [{ text: 'Let me find a colleague.' }, { custom }] });
    const reply = await createRasaBot({ url: rasa.url, secret: null, timeoutMs: TIMEOUT_MS }).reply(
      botTurn('I need to cancel'),
    );
    expect(reply).toMatchObject({ messages: [{ text: 'Let me find a colleague.' }], handoff: { reason } });
  });

  it('ignores other custom payloads, and one that declines a handoff', async () => {
    const rasa = await rasaAnswering({
      json: [{ text: 'Here you go.', custom: { datepicker: true } }, { custom: { handoff: false } }],
    });
    const reply = await createRasaBot({ url: rasa.url, secret: null, timeoutMs: TIMEOUT_MS }).reply(
      botTurn('Book'),
    );
    expect(reply).toEqual({ messages: [{ text: 'Here you go.', sources: [] }], isMiss: false });
  });

  it('signs its requests when given a secret, for a proxy in front of Rasa to check', async () => {
    const rasa = await rasaAnswering({ json: [{ text: 'Hi' }] });
    await createRasaBot({ url: rasa.url, secret: 'proxy-secret', timeoutMs: TIMEOUT_MS }).reply(
      botTurn('Hi'),
    );
    expect(rasa.requests[0]?.headers['switchboard-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it.each<[string, ScriptedAnswer, BotFailureKind]>([
    ['an empty array, as Rasa sends when an action failed', { json: [] }, 'empty_reply'],
    ['only an image', { json: [{ image: 'https://shop.example/a.png' }] }, 'empty_reply'],
    ['an object instead of an array', { json: { text: 'Hi' } }, 'invalid_reply'],
    ['a text that is a number', { json: [{ text: 42 }] }, 'invalid_reply'],
    ['a button without a payload', { json: [{ text: 'Hi', buttons: [{ title: 'Yes' }] }] }, 'invalid_reply'],
    [
      'a handoff request that is a string',
      { json: [{ text: 'Hi', custom: { handoff: 'yes' } }] },
      'invalid_reply',
    ],
    [
      'eleven buttons',
      {
        json: [
          {
            text: 'Pick',
            buttons: Array.from({ length: 11 }, (_, i) => ({ title: `${i}`, payload: `/${i}` })),
          },
        ],
      },
      'invalid_reply',
    ],
    ['HTTP 500', { raw: 'Internal Server Error', status: 500 }, 'http_status'],
    ['HTML', { raw: '<html>502 Bad Gateway</html>' }, 'invalid_json'],
  ])('falls back on %s, counted as %s', async (_, answer, kind) => {
    const rasa = await rasaAnswering(answer);
    const bot = createRasaBot({ url: rasa.url, secret: null, timeoutMs: TIMEOUT_MS });
    await expect(bot.reply(botTurn('Hello'))).rejects.toMatchObject({ kind });
    expect(bot.failures()[kind]).toBe(1);
  });
});
