import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentAppended } from '../../protocol/agent-events.js';
import type { Entry } from '../../protocol/entries.js';
import type { Ack } from '../../protocol/errors.js';
import type { Appended } from '../../protocol/visitor-events.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import {
  collectTabEntries,
  startHarness,
  type AgentSocket,
  type Harness,
  type VisitorSocket,
} from '../testing/switchboard-harness.js';

const CONTEXT = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' };

let harness: Harness;
let alice: AgentSocket;

beforeEach(async () => {
  harness = await startHarness(createScriptedBot({}).bot);
  alice = await harness.connectAgent('Alice');
});

afterEach(async () => {
  await harness.close();
});

const isKind = (kind: Entry['kind']) => (entry: Entry) => entry.kind === kind;

/** A visitor whose conversation Alice has taken and has open. */
async function visitorWithAlice() {
  const { visitor, token } = await harness.connectResumedVisitor(CONTEXT);
  const log = collectTabEntries(visitor);
  const asked = (await visitor.emitWithAck('handoff:request', { clientId: 'handoff-1' })) as Ack<Appended>;
  if (!asked.ok) throw new Error(asked.error.code);
  const { conversationId } = asked;
  await alice.emitWithAck('conversation:open', { conversationId, lastSeq: 0 });
  const claimed = await alice.emitWithAck('conversation:claim', { conversationId });
  if (!claimed.ok) throw new Error(claimed.error.code);
  return { visitor, token, log, conversationId };
}

function next<T>(socket: VisitorSocket | AgentSocket, event: 'typing:changed'): Promise<T> {
  return new Promise((resolve) => (socket as VisitorSocket).once(event, (payload) => resolve(payload as T)));
}

describe('agent tools', { timeout: 30_000 }, () => {
  it('transfers a conversation with a note that only agents read', async () => {
    await harness.connectAgent('Bob');
    const { log, conversationId } = await visitorWithAlice();
    const watched = collectTabEntries(alice);
    const team = await alice.emitWithAck('inbox:subscribe', {});
    const bobId = team.ok ? team.team.find((agent) => agent.name === 'Bob')?.id : undefined;

    const transferred = await alice.emitWithAck('conversation:transfer', {
      conversationId,
      toAgentId: bobId ?? '',
      note: 'Wants a refund for order 42',
    });
    expect(transferred).toMatchObject({ ok: true });
    expect(await watched.waitFor(isKind('transferred'))).toMatchObject({
      to: { name: 'Bob' },
      note: 'Wants a refund for order 42',
    });
    expect(await log.waitFor(isKind('transferred'))).toMatchObject({ to: { name: 'Bob' }, note: null });
    expect(await harness.store.findConversation(conversationId)).toMatchObject({ agent: { name: 'Bob' } });
  });

  it('refuses to transfer to an agent who is not online', async () => {
    const bob = await harness.connectAgent('Bob');
    const { conversationId } = await visitorWithAlice();
    await bob.emitWithAck('agent:set-status', { status: 'away' });
    const team = await alice.emitWithAck('inbox:subscribe', {});
    const bobId = team.ok ? team.team.find((agent) => agent.name === 'Bob')?.id : undefined;

    const refused = await alice.emitWithAck('conversation:transfer', {
      conversationId,
      toAgentId: bobId ?? '',
      note: null,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'agent_unavailable' } });
    expect(await harness.store.findConversation(conversationId)).toMatchObject({ agent: { name: 'Alice' } });
  });

  it('shows the visitor an internal entry in place of a note, live and on resume', async () => {
    const { log, token, conversationId } = await visitorWithAlice();
    const added = (await alice.emitWithAck('note:add', {
      conversationId,
      clientId: 'note-1',
      text: 'Refund approved by finance',
    })) as Ack<AgentAppended>;
    if (!added.ok) throw new Error(added.error.code);

    const internal = {
      kind: 'internal',
      conversationId,
      seq: added.seq,
      at: expect.any(Number),
      clientId: null,
    };
    expect(await log.waitFor((entry) => entry.seq === added.seq)).toEqual(internal);
    const back = await harness.connectVisitor({ token });
    const resumed = await back.emitWithAck('session:resume', {
      conversationId,
      lastSeq: 0,
      context: CONTEXT,
    });
    expect(resumed.ok && resumed.entries.find((entry) => entry.seq === added.seq)).toEqual(internal);
    expect(JSON.stringify(resumed)).not.toContain('Refund approved');
  });

  it('relays typing both ways and stores none of it', async () => {
    const { visitor, conversationId } = await visitorWithAlice();
    const before = await harness.store.findConversation(conversationId);

    const toAgent = next(alice, 'typing:changed');
    expect(await visitor.emitWithAck('typing:set', { isTyping: true })).toEqual({ ok: true });
    expect(await toAgent).toEqual({ conversationId, isTyping: true });
    const toVisitor = next(visitor, 'typing:changed');
    expect(await alice.emitWithAck('typing:set', { conversationId, isTyping: true })).toEqual({ ok: true });
    expect(await toVisitor).toEqual({ isTyping: true, agent: { id: expect.any(String), name: 'Alice' } });

    expect(await harness.store.findConversation(conversationId)).toEqual(before);
  });

  it('lets only the agent answering tell the visitor they are typing', async () => {
    const bob = await harness.connectAgent('Bob');
    const { conversationId } = await visitorWithAlice();
    expect(await bob.emitWithAck('typing:set', { conversationId, isTyping: true })).toMatchObject({
      ok: false,
      error: { code: 'not_owner' },
    });
  });

  it('takes one rating after the conversation is resolved, and refuses a second', async () => {
    const { visitor, conversationId } = await visitorWithAlice();
    const early = await visitor.emitWithAck('rating:give', { clientId: 'r0', score: 5, comment: null });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    await alice.emitWithAck('conversation:resolve', { conversationId });

    expect(
      await visitor.emitWithAck('rating:give', { clientId: 'r1', score: 4, comment: 'Quick help' }),
    ).toMatchObject({
      ok: true,
    });
    const again = await visitor.emitWithAck('rating:give', { clientId: 'r2', score: 1, comment: null });
    expect(again).toMatchObject({ ok: false, error: { code: 'already_rated' } });
    expect(await harness.store.findConversation(conversationId)).toMatchObject({
      rating: { score: 4, comment: 'Quick help' },
    });
  });
});
