import { describe, expect, it } from 'vitest';
import type { Entry } from '../../protocol/entries.js';
import { createConversationStore } from './conversation-store.js';
import type { CommandName, SendCommand } from './ports.js';
import { agentEntry, summary, visitorEntry } from './test-fixtures.js';

interface Call {
  name: CommandName;
  payload: unknown;
}

/** A relay that answers `conversation:open` from a log, and other commands from `answers`. */
function createFakeRelay(
  log: Entry[],
  answers: Partial<Record<CommandName, () => unknown>> = {},
  pageSize = Number.POSITIVE_INFINITY,
) {
  const calls: Call[] = [];
  let isOnline = true;
  const send = (async (name: CommandName, payload: { lastSeq?: number }) => {
    calls.push({ name, payload });
    if (!isOnline) throw new Error('Not connected.');
    const answer = answers[name];
    if (answer !== undefined) return answer();
    if (name === 'conversation:open') {
      const after = log.filter((entry) => entry.seq > (payload.lastSeq ?? 0));
      return {
        ok: true,
        conversation: summary({ id: 'c1', lastSeq: log.length }),
        entries: after.slice(0, pageSize),
        hasMore: after.length > pageSize,
      };
    }
    if (name === 'message:send') {
      const { clientId } = payload as { clientId: string };
      // Like the relay: a resend with the same client id returns the original seq.
      const held = log.find((entry) => entry.clientId === clientId);
      if (held !== undefined) return { ok: true, conversationId: 'c1', seq: held.seq };
      log.push(agentEntry(log.length + 1, clientId));
      return { ok: true, conversationId: 'c1', seq: log.length };
    }
    return { ok: true, conversationId: 'c1', seq: log.length };
  }) as unknown as SendCommand;
  return {
    send,
    calls,
    setOnline: (online: boolean) => {
      isOnline = online;
    },
  };
}

function createStore(relay: ReturnType<typeof createFakeRelay>) {
  let nextId = 0;
  return createConversationStore({
    send: relay.send,
    onSummary: () => undefined,
    onUnauthorized: () => undefined,
    newClientId: () => `client-${++nextId}`,
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createConversationStore', () => {
  it('opens a conversation from seq 0 and shows its whole log', async () => {
    const relay = createFakeRelay([visitorEntry(1), visitorEntry(2)]);
    const store = createStore(relay);
    store.select('c1');
    await settle();
    expect(relay.calls[0]).toEqual({
      name: 'conversation:open',
      payload: { conversationId: 'c1', lastSeq: 0 },
    });
    expect(store.$open.get()?.timeline.lastSeq).toBe(2);
    expect(store.$open.get()?.isLoading).toBe(false);
  });

  it('asks for the next page while the relay has more', async () => {
    const relay = createFakeRelay(
      [1, 2, 3, 4, 5].map((seq) => visitorEntry(seq)),
      {},
      2,
    );
    const store = createStore(relay);
    store.select('c1');
    await settle();
    expect(relay.calls.map((call) => call.payload)).toEqual(
      [0, 2, 4].map((lastSeq) => ({ conversationId: 'c1', lastSeq })),
    );
    expect(store.$open.get()?.timeline.lastSeq).toBe(5);
  });

  it('re-opens from lastSeq when a live entry shows a gap', async () => {
    const log = [visitorEntry(1)];
    const relay = createFakeRelay(log);
    const store = createStore(relay);
    store.select('c1');
    await settle();
    log.push(visitorEntry(2), visitorEntry(3));
    store.receive(visitorEntry(3));
    await settle();
    expect(relay.calls.at(-1)).toEqual({
      name: 'conversation:open',
      payload: { conversationId: 'c1', lastSeq: 1 },
    });
    expect(store.$open.get()?.timeline.entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
  });

  it('closes the conversation it switches away from', async () => {
    const relay = createFakeRelay([]);
    const store = createStore(relay);
    store.select('c1');
    store.select('c2');
    await settle();
    expect(relay.calls).toContainEqual({ name: 'conversation:close', payload: { conversationId: 'c1' } });
  });

  it('shows the refusal and marks the conversation taken when a claim loses', async () => {
    const relay = createFakeRelay([], {
      'conversation:claim': () => ({
        ok: false,
        error: { code: 'conversation_taken', message: 'Bob took this conversation first.' },
      }),
    });
    const store = createStore(relay);
    store.select('c1');
    await store.command('conversation:claim');
    expect(store.$open.get()).toMatchObject({
      alert: 'Bob took this conversation first.',
      isClaimRefused: true,
      busyCommand: null,
    });
  });

  it('forgets a lost claim once a newer entry arrives', async () => {
    const relay = createFakeRelay([visitorEntry(1)], {
      'conversation:claim': () => ({ ok: false, error: { code: 'conversation_taken', message: 'Taken.' } }),
    });
    const store = createStore(relay);
    store.select('c1');
    await settle();
    await store.command('conversation:claim');
    expect(store.$open.get()?.isClaimRefused).toBe(true);
    store.receive(visitorEntry(2));
    expect(store.$open.get()?.isClaimRefused).toBe(false);
  });

  it('keeps a pending message once and replaces it by its committed entry', async () => {
    const relay = createFakeRelay([visitorEntry(1)]);
    const store = createStore(relay);
    store.select('c1');
    await settle();
    expect(store.outbox.send('c1', 'On it!')).toBe(true);
    await settle();
    expect(store.outbox.$pending.get()).toMatchObject([{ clientId: 'client-1', status: 'sent' }]);
    store.receive(agentEntry(2, 'client-1'));
    expect(store.outbox.$pending.get()).toEqual([]);
    expect(store.$open.get()?.timeline.lastSeq).toBe(2);
  });

  it('resends an unacknowledged message with the same client id', async () => {
    const relay = createFakeRelay([visitorEntry(1)]);
    const store = createStore(relay);
    store.select('c1');
    await settle();
    relay.setOnline(false);
    store.outbox.send('c1', 'Still there?');
    await settle();
    expect(store.outbox.$pending.get()).toMatchObject([{ status: 'unsent' }]);
    relay.setOnline(true);
    store.outbox.resendUnacknowledged();
    await settle();
    const sends = relay.calls.filter((call) => call.name === 'message:send');
    expect(sends.map((call) => call.payload)).toEqual([
      { conversationId: 'c1', clientId: 'client-1', text: 'Still there?' },
      { conversationId: 'c1', clientId: 'client-1', text: 'Still there?' },
    ]);
  });

  it('sends a private note with note:add, pending until its entry arrives', async () => {
    const relay = createFakeRelay([visitorEntry(1)], {
      'note:add': () => ({ ok: true, conversationId: 'c1', seq: 2 }),
    });
    const store = createStore(relay);
    store.select('c1');
    await settle();
    expect(store.outbox.send('c1', 'VIP customer', 'note')).toBe(true);
    await settle();
    expect(relay.calls.filter((call) => call.name === 'note:add').map((call) => call.payload)).toEqual([
      { conversationId: 'c1', clientId: 'client-1', text: 'VIP customer' },
    ]);
    expect(store.outbox.$pending.get()).toMatchObject([{ kind: 'note', status: 'sent' }]);
  });

  it('refuses a note longer than a note may be', () => {
    const store = createStore(createFakeRelay([]));
    expect(store.outbox.send('c1', 'x'.repeat(1001), 'note')).toBe(false);
    expect(store.outbox.send('c1', 'x'.repeat(1001))).toBe(true);
  });

  it('transfers the open conversation with its note, and reports a refusal', async () => {
    let answer: unknown = { ok: true, conversationId: 'c1', seq: 2 };
    const relay = createFakeRelay([visitorEntry(1)], { 'conversation:transfer': () => answer });
    const store = createStore(relay);
    store.select('c1');
    await settle();
    expect(await store.transfer('agent-bob', 'Wants a refund')).toBeNull();
    expect(relay.calls.find((call) => call.name === 'conversation:transfer')?.payload).toEqual({
      conversationId: 'c1',
      toAgentId: 'agent-bob',
      note: 'Wants a refund',
    });
    answer = { ok: false, error: { code: 'agent_unavailable', message: 'Bob is not online.' } };
    expect(await store.transfer('agent-bob', null)).toBe('Bob is not online.');
  });

  it('refuses a blank message', () => {
    const store = createStore(createFakeRelay([]));
    expect(store.outbox.send('c1', '  \n ')).toBe(false);
    expect(store.outbox.$pending.get()).toEqual([]);
  });
});
