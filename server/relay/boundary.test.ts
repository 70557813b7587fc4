import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../protocol/errors.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';
import { startHarness, type Harness } from '../testing/switchboard-harness.js';
import { createScriptedBot } from '../testing/scripted-bot.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot);
});

afterAll(async () => {
  await harness.close();
});

/** The error code a refused handshake carries. */
function refusedHandshake(
  namespace: string,
  auth: unknown,
  headers: Record<string, string> = {},
): Promise<string> {
  const socket = io(`${harness.switchboard.url}${namespace}`, {
    auth: auth as Record<string, unknown>,
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: headers,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('the handshake was accepted')));
    socket.once('connect_error', (error) => {
      socket.close();
      resolve((error as Error & { data?: { code: string } }).data?.code ?? 'none');
    });
  });
}

describe('handshakes', () => {
  it.each([
    ['a malformed auth object', { siteId: 'shop' }, {}, 'invalid_payload'],
    [
      'another protocol version',
      { protocolVersion: PROTOCOL_VERSION + 1, siteId: 'shop', token: null },
      {},
      'unsupported_protocol',
    ],
    [
      'an unknown site',
      { protocolVersion: PROTOCOL_VERSION, siteId: 'nowhere', token: null },
      {},
      'unknown_site',
    ],
    [
      'a page on another origin',
      { protocolVersion: PROTOCOL_VERSION, siteId: 'shop', token: null },
      { origin: 'https://attacker.example' },
      'origin_not_allowed',
    ],
    [
      'a token with path characters',
      { protocolVersion: PROTOCOL_VERSION, siteId: 'shop', token: '../../etc/passwd' },
      {},
      'invalid_payload',
    ],
  ])('refuses a visitor with %s', async (_case, auth, headers, code) => {
    expect(await refusedHandshake('/visitor', auth, headers)).toBe(code);
  });

  it('accepts a visitor from one of the site’s allowed origins', async () => {
    const visitor = await harness.connectVisitor({ origin: 'https://shop.example' });
    expect(visitor.connected).toBe(true);
  });

  it('refuses an agent without a session, with a forged session, or from another site', async () => {
    const auth = { protocolVersion: PROTOCOL_VERSION };
    expect(await refusedHandshake('/agent', auth)).toBe('unauthorized');
    expect(await refusedHandshake('/agent', auth, { cookie: 'sb_session=forged-session-token' })).toBe(
      'unauthorized',
    );
    const cookie = await harness.signIn('admin@example.com', 'admin-password-for-tests');
    expect(await refusedHandshake('/agent', auth, { cookie, origin: 'https://attacker.example' })).toBe(
      'origin_not_allowed',
    );
  });
});

describe('payloads', () => {
  it.each([
    ['a missing text', { clientId: 'c1' }],
    ['a number for text', { clientId: 'c1', text: 42 }],
    ['an extra field', { clientId: 'c1', text: 'hi', seq: 7 }],
    ['a blank text', { clientId: 'c1', text: '   \n ' }],
    ['a text over the limit', { clientId: 'c1', text: 'x'.repeat(4001) }],
    ['control characters', { clientId: 'c1', text: 'hi\u0000there' }],
    ['a lone surrogate', { clientId: 'c1', text: 'broken \uD800 text' }],
    ['a client id with spaces', { clientId: 'c 1', text: 'hi' }],
    ['a prototype-polluting key', JSON.parse('{"clientId":"c1","text":"hi","__proto__":{"polluted":true}}')],
    ['no payload at all', undefined],
  ])('refuses %s with invalid_payload, stores nothing and stays connected', async (_case, payload) => {
    const visitor = await harness.connectVisitor();
    const ack = (await visitor.emitWithAck('message:send', payload as never)) as Ack;
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(visitor.connected).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const resumed = await visitor.emitWithAck('session:resume', {
      conversationId: null,
      lastSeq: 0,
      context: { pageUrl: null, pageTitle: null, referrer: null, locale: null },
    });
    expect(resumed).toMatchObject({ ok: true, conversation: null });
  });

  it('refuses an agent command on a conversation that does not exist', async () => {
    const agent = await harness.connectAgent('Carol');
    const refused = await agent.emitWithAck('conversation:claim', { conversationId: 'doesNotExist' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conversation_not_found' } });
  });
});

describe('HTTP API', () => {
  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${harness.switchboard.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as { error?: { code: string } } };
  }

  it.each([
    ['malformed JSON', '{"email":', 400, 'invalid_payload'],
    ['a missing password', '{"email":"admin@example.com"}', 400, 'invalid_payload'],
    ['a wrong password', '{"email":"admin@example.com","password":"nope"}', 401, 'invalid_credentials'],
    ['an unknown email', '{"email":"nobody@example.com","password":"nope"}', 401, 'invalid_credentials'],
  ])('refuses sign-in with %s', async (_case, body, status, code) => {
    expect(await post(body)).toMatchObject({ status, body: { error: { code } } });
  });

  it('refuses a cross-site sign-in', async () => {
    const body = JSON.stringify({ email: 'admin@example.com', password: 'admin-password-for-tests' });
    expect(await post(body, { 'sec-fetch-site': 'cross-site' })).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    expect(await post(body, { origin: 'https://attacker.example' })).toMatchObject({ status: 403 });
  });

  it('answers health checks', async () => {
    const response = await fetch(`${harness.switchboard.url}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
