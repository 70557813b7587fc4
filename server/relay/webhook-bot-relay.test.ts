/**
 * A site owner's own bot behind the relay: a real webhook bot over HTTP answers visitors through the real
 * relay, and what it says, offers and asks for reaches the visitor's widget and the agents' inbox.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/conversation.js';
import type { Entry } from '../../protocol/entries.js';
import type { Ack } from '../../protocol/errors.js';
import type { Appended, ResumeResult } from '../../protocol/visitor-events.js';
import { createWebhookBot } from '../bot/webhook-bot.js';
import { startScriptedHttpBot, type ScriptedAnswer } from '../testing/scripted-http-bot.js';
import {
  collectTabEntries,
  startHarness,
  type Harness,
  type VisitorSocket,
} from '../testing/switchboard-harness.js';

const SECRET = 'the-secret-shared-with-the-shop-bot-0123456789';
const CONTEXT = {
  pageUrl: 'https://shop.example/orders',
  pageTitle: 'Orders',
  referrer: null,
  locale: 'en-GB',
};

/** What a test started, closed after it in reverse order. */
const running: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (const started of running.splice(0).toReversed()) await started.close();
});

/** A webhook bot answering each message as `answer` says, and a relay that asks it. */
async function startWith(answer: (message: { text: string; payload: string | null }) => ScriptedAnswer) {
  const bot = await startScriptedHttpBot({
    secret: SECRET,
    answer: (request) =>
      answer((request.json as { message: { text: string; payload: string | null } }).message),
  });
  running.push(bot);
  const webhook = createWebhookBot({ url: `${bot.url}/switchboard`, secret: SECRET, timeoutMs: 30_000 });
  const harness = await startHarness(webhook);
  running.push(harness);
  return { bot, harness, webhook };
}

async function openVisitor(relay: Harness) {
  const visitor = await relay.connectVisitor();
  const resumed = (await visitor.emitWithAck('session:resume', {
    conversationId: null,
    lastSeq: 0,
    context: CONTEXT,
  })) as Ack<ResumeResult>;
  if (!resumed.ok) throw new Error(resumed.error.code);
  return { visitor, log: collectTabEntries(visitor) };
}

function say(visitor: VisitorSocket, text: string, clientId: string) {
  return visitor.emitWithAck('message:send', { clientId, text }) as Promise<Ack<Appended>>;
}

describe('relay: a webhook bot', () => {
  it('brings its answer and quick replies to the visitor, and its handoff request to the inbox', async () => {
    const { bot, harness } = await startWith((message) => {
      if (message.payload === '/tracking') {
        return {
          json: {
            messages: [{ text: 'A colleague will send you the tracking link.' }],
            handoff: { reason: 'Tracking links are sent by the team.' },
          },
        };
      }
      return {
        json: {
          messages: [
            { text: 'Your parcel left us yesterday.' },
            { text: 'Shall I get you the tracking link?' },
          ],
          quickReplies: [
            { title: 'Yes please', payload: '/tracking' },
            { title: 'No thanks', payload: '/deny' },
          ],
          confidence: 0.93,
        },
      };
    });
    const alice = await harness.connectAgent('Alice');
    const inbox: ConversationSummary[] = [];
    alice.on('conversations:changed', (conversations) => inbox.push(...conversations));
    await alice.emitWithAck('inbox:subscribe', {});
    const { visitor, log } = await openVisitor(harness);

    await say(visitor, 'Where is my order?', 'visitor-1');
    const offer = await log.waitFor(
      (entry) => entry.kind === 'bot_message' && entry.quickReplies !== undefined,
    );
    expect(log.entries.filter((entry) => entry.kind === 'bot_message')).toEqual([
      expect.objectContaining({
        seq: 2,
        text: 'Your parcel left us yesterday.',
        isMiss: false,
        confidence: 0.93,
      }),
      expect.objectContaining({
        seq: 3,
        text: 'Shall I get you the tracking link?',
        quickReplies: [
          { title: 'Yes please', payload: '/tracking' },
          { title: 'No thanks', payload: '/deny' },
        ],
      }),
    ]);

    // The widget sends a picked quick reply's title as the visitor's message.
    await say(visitor, 'Yes please', 'visitor-2');
    const handoff = await log.waitFor((entry) => entry.kind === 'handoff_requested');
    expect(log.entries.slice(-3).map(({ seq, kind }) => ({ seq, kind }))).toEqual([
      { seq: 4, kind: 'visitor_message' },
      { seq: 5, kind: 'bot_message' },
      { seq: 6, kind: 'handoff_requested' },
    ]);
    expect(handoff).toMatchObject({ trigger: 'bot_request', reason: 'Tracking links are sent by the team.' });

    await harness.switchboard.relay.conversations.settled();
    await expect.poll(() => inbox.at(-1)?.state, { timeout: 10_000 }).toBe('waiting');
    expect(inbox.at(-1)).toMatchObject({
      id: offer.conversationId,
      handoff: { trigger: 'bot_request', reason: 'Tracking links are sent by the team.' },
      visitor: CONTEXT,
    });
    const opened = await alice.emitWithAck('conversation:open', {
      conversationId: offer.conversationId,
      lastSeq: 0,
    });
    expect(opened.ok && opened.entries.find((entry: Entry) => entry.seq === 3)).toMatchObject({
      quickReplies: [{ title: 'Yes please' }, { title: 'No thanks' }],
    });

    expect(bot.requests.map((request) => request.isSignatureValid)).toEqual([true, true]);
    expect(bot.requests[1]?.json).toMatchObject({
      siteId: 'shop',
      conversationId: offer.conversationId,
      message: { seq: 4, text: 'Yes please', payload: '/tracking' },
      visitor: CONTEXT,
    });
  });

  it('apologises and offers a person when the bot fails, counting the failure', async () => {
    const { harness, webhook } = await startWith(() => ({ raw: 'upstream exploded', status: 502 }));
    const { visitor, log } = await openVisitor(harness);
    await say(visitor, 'Hello', 'visitor-1');
    const apology = await log.waitFor((entry) => entry.kind === 'bot_message');
    expect(apology).toMatchObject({ isMiss: true, text: expect.stringContaining('Talk to a person') });
    expect(webhook.failures().http_status).toBe(1);
    const metrics = await (await fetch(`${harness.switchboard.url}/metrics`)).text();
    expect(metrics).toContain('switchboard_bot_failures_total{kind="http_status"} 1');
  });
});
