import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ack } from '../../protocol/errors.js';
import type {
  CreatedWebhookResponse,
  WebhookDeliveriesResponse,
  WebhookDelivery,
} from '../../protocol/http-api.js';
import type { Appended, ResumeResult } from '../../protocol/visitor-events.js';
import type { WebhookEvent } from '../../protocol/webhook-events.js';
import { apiClient, eventually, type ApiClient } from '../testing/api-client.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { ADMIN, startHarness, type Harness } from '../testing/switchboard-harness.js';
import { isAuthentic, startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.js';
import { DEFAULT_WEBHOOK_POLICY } from './webhook-policy.js';

/** Fast retries, so a test sees several attempts in well under a second. */
const QUICK = {
  ...DEFAULT_WEBHOOK_POLICY,
  maxAttempts: 3,
  baseDelayMs: 20,
  maxDelayMs: 100,
  timeoutMs: 1000,
  pollIntervalMs: 10,
};

let harness: Harness;
let receiver: WebhookReceiver | null = null;
let admin: ApiClient;

beforeEach(async () => {
  harness = await startHarness(createScriptedBot({ hello: 'Hello! How can I help?' }).bot, {
    webhooks: QUICK,
  });
  admin = apiClient(harness.switchboard.url, await harness.signIn(ADMIN.email, ADMIN.password));
});

afterEach(async () => {
  await harness.close();
  await receiver?.close();
  receiver = null;
});

async function subscribe(url: string, events: string[]): Promise<string> {
  const created = await admin('POST', '/api/sites/shop/webhooks', { url, events });
  expect(created.status).toBe(201);
  return (created.body as CreatedWebhookResponse).secret;
}

/** A visitor says "Hello", and the bot answers. */
async function chat(): Promise<string> {
  const visitor = await harness.connectVisitor();
  const context = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en' };
  const resumed = (await visitor.emitWithAck('session:resume', {
    conversationId: null,
    lastSeq: 0,
    context,
  })) as Ack<ResumeResult>;
  if (!resumed.ok) throw new Error(resumed.error.code);
  const sent = (await visitor.emitWithAck('message:send', {
    clientId: 'hello-1',
    text: 'Hello',
  })) as Ack<Appended>;
  if (!sent.ok) throw new Error(sent.error.code);
  await harness.switchboard.relay.conversations.settled();
  return sent.conversationId;
}

const deliveryLog = async () =>
  ((await admin('GET', '/api/sites/shop/webhook-deliveries')).body as WebhookDeliveriesResponse).deliveries;

function settledLog(count: number) {
  return eventually(
    deliveryLog,
    (deliveries) =>
      deliveries.length === count && deliveries.every((delivery) => delivery.status !== 'pending'),
  );
}

describe('webhooks', () => {
  it('delivers each event signed, retries after a 500, and logs both attempts', async () => {
    receiver = await startWebhookReceiver((_request, earlierAttempts) => (earlierAttempts === 0 ? 500 : 200));
    const secret = await subscribe(receiver.url, ['conversation.started', 'message.created']);
    const conversationId = await chat();

    const deliveries = await settledLog(3);
    expect(deliveries.map((delivery) => delivery.eventId).toSorted()).toEqual([
      `${conversationId}:1:conversation.started`,
      `${conversationId}:1:message.created`,
      `${conversationId}:2:message.created`,
    ]);
    for (const delivery of deliveries) {
      expect(delivery).toMatchObject({ status: 'delivered', conversationId, nextAttemptAt: null });
      expect(delivery.attempts.map((attempt) => [attempt.number, attempt.statusCode])).toEqual([
        [1, 500],
        [2, 200],
      ]);
      const attempts = receiver.attemptsOf(delivery.id);
      expect(attempts).toHaveLength(2);
      for (const request of attempts) {
        expect(isAuthentic(request, secret)).toBe(true);
        expect(isAuthentic(request, 'whsec_another-secret')).toBe(false);
        expect(request.headers['switchboard-event']).toBe(delivery.eventType);
        expect(request.headers['content-type']).toBe('application/json');
        const event = JSON.parse(request.body) as WebhookEvent;
        expect(event).toMatchObject({
          id: delivery.eventId,
          type: delivery.eventType,
          siteId: 'shop',
          conversationId,
        });
      }
    }
    const bodies = receiver.received.map((request) => JSON.parse(request.body) as WebhookEvent);
    expect(bodies.find((event) => event.seq === 2)?.data).toEqual({
      author: 'bot',
      text: 'Hello! How can I help?',
      sources: [{ title: 'FAQ', url: '/faq.html' }],
      isMiss: false,
    });
  });

  it('refuses a request replayed outside the timestamp tolerance, or with its body changed', async () => {
    receiver = await startWebhookReceiver(() => 204);
    const secret = await subscribe(receiver.url, ['conversation.started']);
    await chat();
    await settledLog(1);
    const [request] = receiver.received;
    if (!request) throw new Error('nothing was received');
    expect(isAuthentic(request, secret)).toBe(true);
    expect(isAuthentic({ ...request, receivedAtSeconds: request.receivedAtSeconds + 301 }, secret)).toBe(
      false,
    );
    expect(isAuthentic({ ...request, body: request.body.replace('shop', 'shoq') }, secret)).toBe(false);
  });

  it('marks a delivery failed after its last attempt, each attempt in the log', async () => {
    receiver = await startWebhookReceiver(() => 503);
    await subscribe(receiver.url, ['conversation.started']);
    await chat();
    const [delivery] = await settledLog(1);
    expect(delivery?.status).toBe('failed');
    expect(delivery?.attempts.map((attempt) => attempt.statusCode)).toEqual([503, 503, 503]);
    expect(receiver.received).toHaveLength(3);
  });

  it('counts a receiver that does not answer in time as a failed attempt, and says so', async () => {
    receiver = await startWebhookReceiver((_request, earlierAttempts) =>
      earlierAttempts === 0 ? null : 200,
    );
    await subscribe(receiver.url, ['conversation.started']);
    await chat();
    const [delivery] = await settledLog(1);
    expect(delivery?.attempts).toMatchObject([
      { number: 1, statusCode: null, error: 'The receiver did not answer in time.' },
      { number: 2, statusCode: 200, error: null },
    ]);
  });

  it('records a refused connection as the attempt’s error', async () => {
    receiver = await startWebhookReceiver(() => 200);
    const closedUrl = receiver.url;
    await receiver.close();
    receiver = null;
    await subscribe(closedUrl, ['conversation.started']);
    await chat();
    const [delivery] = (await settledLog(1)) as [WebhookDelivery];
    expect(delivery.status).toBe('failed');
    expect(delivery.attempts[0]).toMatchObject({
      statusCode: null,
      error: expect.stringMatching(/ECONNREFUSED/),
    });
  });

  it('sends nothing to an endpoint that does not subscribe to the event, or is disabled', async () => {
    receiver = await startWebhookReceiver(() => 200);
    await subscribe(receiver.url, ['conversation.resolved']);
    const disabled = await admin('POST', '/api/sites/shop/webhooks', {
      url: receiver.url,
      events: ['message.created'],
      isEnabled: false,
    });
    expect(disabled.status).toBe(201);
    await chat();
    await harness.switchboard.webhooks.dispatchDue();
    expect(await deliveryLog()).toEqual([]);
    expect(receiver.received).toEqual([]);
  });
});
