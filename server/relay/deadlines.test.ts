import { afterEach, describe, expect, it } from 'vitest';
import type { AgentPresence } from '../../protocol/agent-events.js';
import type { Entry } from '../../protocol/entries.js';
import type { Ack } from '../../protocol/errors.js';
import type { Appended } from '../../protocol/visitor-events.js';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadline-sweeper.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import {
  collectTabEntries,
  startHarness,
  type AgentSocket,
  type Harness,
} from '../testing/switchboard-harness.js';

const CONTEXT = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' };
/** Long enough to outlast a slow sweep on a busy machine, short enough to keep the tests quick. */
const SHORT_MS = 300;
/** Sweeps run every second: a deadline is carried out within a few of them. */
const CARRIED_OUT_WITHIN_MS = 8000;

let harness: Harness;

afterEach(async () => {
  await harness.close();
});

async function start(deadlines: Partial<DeadlinePolicy>) {
  harness = await startHarness(createScriptedBot({}).bot, {
    deadlines: { ...DEFAULT_DEADLINE_POLICY, ...deadlines },
  });
}

const isKind = (kind: Entry['kind']) => (entry: Entry) => entry.kind === kind;

async function waitingVisitor() {
  const visitor = await harness.connectVisitor();
  await visitor.emitWithAck('session:resume', { conversationId: null, lastSeq: 0, context: CONTEXT });
  const log = collectTabEntries(visitor);
  const asked = (await visitor.emitWithAck('handoff:request', { clientId: 'handoff-1' })) as Ack<Appended>;
  if (!asked.ok) throw new Error(asked.error.code);
  return { visitor, log, conversationId: asked.conversationId };
}

async function claim(agent: AgentSocket, conversationId: string) {
  const claimed = await agent.emitWithAck('conversation:claim', { conversationId });
  if (!claimed.ok) throw new Error(claimed.error.code);
}

function disconnected(socket: AgentSocket): Promise<void> {
  return new Promise((resolve) => {
    socket.once('disconnect', () => resolve());
    socket.disconnect();
  });
}

// Each test signs agents in (scrypt) and waits for sweeps: slow on a busy machine, never flaky by design.
describe('stored deadlines', { timeout: 30_000 }, () => {
  it('puts the visitor back in the queue when their agent stays disconnected past the grace period', async () => {
    await start({ agentGraceMs: SHORT_MS });
    const alice = await harness.connectAgent('Alice');
    const { log, conversationId } = await waitingVisitor();
    await claim(alice, conversationId);
    await disconnected(alice);

    const left = await log.waitFor(isKind('agent_left'), CARRIED_OUT_WITHIN_MS);
    expect(left).toMatchObject({ agent: { name: 'Alice' }, reason: 'disconnected' });
    expect(await harness.store.findConversation(conversationId)).toMatchObject({ state: 'waiting' });
  });

  it('leaves the conversation with an agent whose console reconnects within the grace period', async () => {
    await start({ agentGraceMs: 4000 });
    const alice = await harness.connectAgent('Alice');
    const { conversationId } = await waitingVisitor();
    await claim(alice, conversationId);
    await disconnected(alice);
    await harness.connectAgentSession(await harness.signIn('alice@example.com', 'Alice-password'));

    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(await harness.store.findConversation(conversationId)).toMatchObject({
      state: 'agent',
      agent: { name: 'Alice' },
    });
  });

  it('gives a waiting visitor back to the assistant when nobody takes them in time', async () => {
    await start({ waitTimeoutMs: SHORT_MS });
    // Online, so the visitor is told to wait rather than that nobody is there.
    await harness.connectAgent('Alice');
    const { log, conversationId } = await waitingVisitor();

    const timedOut = await log.waitFor(isKind('wait_timed_out'), CARRIED_OUT_WITHIN_MS);
    expect(timedOut).toMatchObject({ kind: 'wait_timed_out', waitedMs: expect.any(Number) });
    expect((timedOut as { waitedMs: number }).waitedMs).toBeGreaterThanOrEqual(SHORT_MS);
    expect(await harness.store.findConversation(conversationId)).toMatchObject({ state: 'bot' });
  });

  it('closes a conversation nobody wrote in for the idle timeout, once', async () => {
    await start({ idleCloseMs: SHORT_MS });
    const { log, conversationId } = await waitingVisitor();

    await log.waitFor(isKind('idle_closed'), CARRIED_OUT_WITHIN_MS);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const entries = await harness.store.readEntries(conversationId, 0, 100);
    expect(entries.filter(isKind('idle_closed'))).toHaveLength(1);
    expect(await harness.store.findConversation(conversationId)).toMatchObject({ state: 'resolved' });
  });
});

describe('team presence', { timeout: 30_000 }, () => {
  it('shows each agent online or not, with the conversations they own', async () => {
    await start({});
    const alice = await harness.connectAgent('Alice');
    const { conversationId } = await waitingVisitor();
    await claim(alice, conversationId);
    const bob = await harness.connectAgent('Bob');

    const inbox = await bob.emitWithAck('inbox:subscribe', {});
    if (!inbox.ok) throw new Error(inbox.error.code);
    expect(inbox.team.filter((agent) => agent.name !== 'Admin')).toEqual([
      { id: expect.any(String), name: 'Alice', isOnline: true, status: 'online', load: 1 },
      { id: expect.any(String), name: 'Bob', isOnline: true, status: 'online', load: 0 },
    ]);

    const changed = new Promise<AgentPresence[]>((resolve) => bob.on('team:changed', resolve));
    await disconnected(alice);
    const team = await changed;
    expect(team.find((agent) => agent.name === 'Alice')).toMatchObject({ isOnline: false, load: 1 });
  });
});
