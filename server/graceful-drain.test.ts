/**
 * A relay shut down gracefully hands its visitors to another relay on the same store, with nothing lost:
 * the widget's own chat session and transport (`widget/chat`, `widget/transport`), run in Node against two
 * real Switchboards behind a TCP balancer.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadableAtom } from 'nanostores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../protocol/entries.js';
import { createChatSession, type ChatSession } from '../widget/chat/chat-session.js';
import type { KeyValueStorage } from '../widget/chat/ports.js';
import { createVisitorLink } from '../widget/transport/visitor-link.js';
import { systemClock } from '../widget/transport/system-clock.js';
import { createScriptedBot } from './testing/scripted-bot.js';
import { SITE_ID, startHarness, type Harness } from './testing/switchboard-harness.js';
import { startTcpBalancer, type TcpBalancer } from '../scripts/cluster/tcp-balancer.js';

const ANSWERS = {
  'what is your return policy?': 'Returns are free within 30 days.',
  'do you ship abroad?': 'We ship to 40 countries.',
};
const WAIT_MS = 15_000;

function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Resolves once `atom` holds a value that `matches`. */
function until<T>(atom: ReadableAtom<T>, matches: (value: T) => boolean, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out waiting for ${what}`));
    }, WAIT_MS);
    const unsubscribe = atom.subscribe((value) => {
      if (!matches(value)) return;
      clearTimeout(timer);
      queueMicrotask(() => unsubscribe());
      resolve(value);
    });
  });
}

function texts(entries: readonly Entry[]): string[] {
  return entries.flatMap((entry) => ('text' in entry ? [`${entry.kind}: ${entry.text}`] : []));
}

function portOf(harness: Harness): number {
  return Number(new URL(harness.switchboard.url).port);
}

const directory = mkdtempSync(join(tmpdir(), 'switchboard-drain-'));
const first = createScriptedBot(ANSWERS);
let relayA: Harness;
let relayB: Harness;
let balancer: TcpBalancer;
let session: ChatSession;
/** What relay A answered while it drained, before its connections closed. */
const duringDrain: Record<string, unknown> = {};
let connectionStates: string[] = [];

beforeAll(async () => {
  const databaseFile = join(directory, 'shared.sqlite');
  relayA = await startHarness(first.bot, { databaseFile });
  relayB = await startHarness(createScriptedBot(ANSWERS).bot, { databaseFile });
  balancer = await startTcpBalancer([portOf(relayA), portOf(relayB)], { order: 'in-turn-from-first' });
  session = createChatSession({
    siteId: SITE_ID,
    context: { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' },
    storage: memoryStorage(),
    openLink: createVisitorLink(balancer.url),
    createId: randomUUID,
    clock: systemClock,
  });
  session.start();
  await until(session.$connection, (state) => state === 'online', 'the first connection');

  session.send('What is your return policy?');
  await until(session.$transcript, (t) => t.entries.some((e) => e.kind === 'bot_message'), 'the answer');

  // Relay A is thinking about the next question when it is told to stop.
  first.hold();
  session.send('Do you ship abroad?');
  await until(session.$transcript, (t) => t.lastSeq === 3, 'the second question committed');
  session.$connection.listen((state) => {
    connectionStates.push(state);
    // Typed while the widget is between relays: kept in the outbox and sent on the next connection.
    if (state === 'reconnecting' && connectionStates.length === 1) session.send('Are you still there?');
  });
  const closing = relayA.switchboard.close();

  const readyz = await fetch(`${relayA.switchboard.url}/readyz`);
  duringDrain.readyz = { status: readyz.status, body: await readyz.json() };
  duringDrain.healthz = (await fetch(`${relayA.switchboard.url}/healthz`)).status;
  duringDrain.newSession = (
    await fetch(`${relayA.switchboard.url}/socket.io/?EIO=4&transport=polling`)
  ).status;
  duringDrain.connection = session.$connection.get();

  first.release();
  await closing;
  await until(session.$connection, (state) => state === 'online', 'the connection to relay B');
  await until(
    session.$transcript,
    (t) => t.entries.filter((e) => e.kind === 'bot_message').length === 3,
    'every question answered',
  );
  await relayB.switchboard.relay.conversations.settled();
});

afterAll(async () => {
  session?.stop();
  await balancer?.close();
  await relayA?.close();
  await relayB?.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('a graceful shutdown', () => {
  it('answers /readyz with 503 at once and refuses new sessions, while /healthz and the open ones go on', () => {
    expect(duringDrain).toEqual({
      readyz: { status: 503, body: { status: 'draining' } },
      healthz: 200,
      newSession: 503,
      connection: 'online',
    });
  });

  it('lets the bot reply under way reach the visitor before the connection closes', () => {
    const answer = session.$transcript
      .get()
      .entries.find((entry) => entry.kind === 'bot_message' && entry.text === 'We ship to 40 countries.');
    expect(answer?.seq).toBe(4);
  });

  it('drops the widget’s connection so that it reconnects by itself, to the other relay', () => {
    expect(connectionStates.slice(0, 2)).toEqual(['reconnecting', 'online']);
    expect(balancer.routed.at(-1)).toBe(portOf(relayB));
  });

  it('loses nothing and doubles nothing: the widget shows exactly the stored log', async () => {
    const { conversationId, entries } = session.$transcript.get();
    const stored = await relayB.store.readEntries(conversationId ?? '', 0, 100);
    expect(entries).toEqual(stored);
    expect(stored.map((entry) => entry.seq)).toEqual(stored.map((_entry, index) => index + 1));
    expect(texts(stored)).toEqual([
      'visitor_message: What is your return policy?',
      'bot_message: Returns are free within 30 days.',
      'visitor_message: Do you ship abroad?',
      'bot_message: We ship to 40 countries.',
      'visitor_message: Are you still there?',
      'bot_message: I do not know that one.',
    ]);
    expect(session.$outbox.get()).toEqual([]);
  });
});

describe('a graceful shutdown with a client that has gone quiet', () => {
  it(
    'cuts a WebSocket whose peer never answers the closing handshake, rather than wait for it',
    { timeout: 20_000 },
    async () => {
      const relay = await startHarness(createScriptedBot({}).bot);
      const socket = connect(portOf(relay), '127.0.0.1');
      socket.write(
        [
          'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1',
          `Host: 127.0.0.1:${portOf(relay)}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          '',
          '',
        ].join('\r\n'),
      );
      const upgraded = await new Promise<string>((resolve) =>
        socket.once('data', (data) => resolve(String(data))),
      );
      expect(upgraded).toMatch(/^HTTP\/1\.1 101/);
      // From here on it reads nothing and answers nothing, as a client whose network vanished.
      socket.pause();

      // Without the cut-off, this would wait out the WebSocket library's 30-second close timeout, past the
      // test's own time limit.
      await relay.switchboard.close();
      socket.destroy();
      await relay.close();
    },
  );
});
