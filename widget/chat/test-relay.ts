import type { ProtocolError } from '../../protocol/errors.js';
import type { HostMessageEvent } from '../../protocol/frame-messages.js';
import type { VisitorHandshake } from '../../protocol/visitor-events.js';
import { en } from '../i18n/en.js';
import { createChatSession, type ChatSession } from './chat-session.js';
import type { CommandName, KeyValueStorage, SendCommand, VisitorLinkEvents } from './ports.js';
import { createTestClock } from './test-clock.js';

/** Test doubles for the chat session's tests: a relay connection the test answers, and memory storage. */

export const CONTEXT = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en' };
export const TOKEN = 'tok_abcdefghijklmnop';

interface SentCommand {
  name: CommandName;
  payload: Record<string, unknown>;
  answer(ack: object): void;
  fail(): void;
}

/** A stand-in for the relay connection that records commands and lets the test answer them. */
export function createFakeRelay() {
  const sent: SentCommand[] = [];
  const relay = {
    sent,
    events: null as VisitorLinkEvents | null,
    handshake: null as (() => VisitorHandshake) | null,
    connects: 0,
    isConnected: false,
    open(events: VisitorLinkEvents, handshake: () => VisitorHandshake) {
      relay.events = events;
      relay.handshake = handshake;
      return {
        connect: () => {
          relay.connects += 1;
        },
        close: () => {
          relay.isConnected = false;
        },
        send: ((name: CommandName, payload: object) =>
          new Promise((resolve, reject) => {
            if (!relay.isConnected) {
              reject(new Error('Not connected.'));
              return;
            }
            sent.push({
              name,
              payload: payload as Record<string, unknown>,
              answer: resolve,
              fail: () => reject(new Error('Timed out.')),
            });
          })) as SendCommand,
      };
    },
    connect() {
      relay.isConnected = true;
      relay.events?.connected();
    },
    /** Drops the connection; like Socket.IO, every command still waiting for its ack fails. */
    drop() {
      relay.isConnected = false;
      relay.events?.disconnected();
      for (const command of sent.splice(0)) command.fail();
    },
    /** Takes the oldest unanswered command, which must be `name`. */
    take(name: CommandName): SentCommand {
      const index = sent.findIndex((command) => command.name === name);
      const command = sent[index];
      if (command === undefined) throw new Error(`No ${name} was sent.`);
      sent.splice(index, 1);
      return command;
    },
    names: () => sent.map((command) => command.name),
  };
  return relay;
}

export function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Lets pending promise callbacks run. */
export const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function resumed(overrides: object = {}) {
  return {
    ok: true,
    token: TOKEN,
    conversation: null,
    entries: [],
    isFullResync: false,
    hasMore: false,
    ...overrides,
  };
}

export function setup(storage = memoryStorage()) {
  const relay = createFakeRelay();
  const clock = createTestClock();
  let ids = 0;
  /** What the frame would tell the host page. */
  const host = { messages: [] as HostMessageEvent[], refusals: [] as ProtocolError[] };
  const session = createChatSession({
    siteId: 'demo',
    context: CONTEXT,
    storage,
    openLink: (events, handshake) => relay.open(events, handshake),
    createId: () => `id-${++ids}`,
    clock,
    messages: en,
    onMessageAdded: (message) => host.messages.push(message),
    onIdentifyRefused: (error) => host.refusals.push(error),
  });
  session.start();
  return { relay, session, storage, clock, host };
}

/** Connects and answers the first resume. */
export async function connectAndResume(relay: ReturnType<typeof createFakeRelay>, overrides: object = {}) {
  relay.connect();
  relay.take('session:resume').answer(resumed(overrides));
  await tick();
}

export function shown(session: ChatSession) {
  return session.$timeline
    .get()
    .map((item) => [item.speaker, item.text, item.speaker === 'visitor' && item.pending !== null]);
}
