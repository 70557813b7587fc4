import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationSummary, QueueStatus } from '../../protocol/conversation.js';
import type { Entry } from '../../protocol/entries.js';
import type { Ack } from '../../protocol/errors.js';
import type { Appended } from '../../protocol/visitor-events.js';
import { DEFAULT_HANDOFF_RULES, type HandoffRules } from '../conversation/handoff-rules.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import {
  collectTabEntries,
  startHarness,
  type Harness,
  type HarnessOptions,
  type VisitorSocket,
} from '../testing/switchboard-harness.js';

const CONTEXT = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' };

let harness: Harness;

afterEach(async () => {
  await harness.close();
});

async function start(rules: Partial<HandoffRules> = {}, options: HarnessOptions = {}) {
  const handoffRules = { ...DEFAULT_HANDOFF_RULES, ...rules };
  harness = await startHarness(createScriptedBot({}).bot, {
    ...options,
    handoffRules: { forSite: () => handoffRules },
  });
}

const isKind = (kind: Entry['kind']) => (entry: Entry) => entry.kind === kind;

async function openVisitor(context = CONTEXT) {
  const visitor = await harness.connectVisitor();
  const resumed = await visitor.emitWithAck('session:resume', { conversationId: null, lastSeq: 0, context });
  if (!resumed.ok) throw new Error(resumed.error.code);
  return { visitor, token: resumed.token, log: collectTabEntries(visitor) };
}

function askForPerson(visitor: VisitorSocket, clientId = 'handoff-1') {
  return visitor.emitWithAck('handoff:request', { clientId }) as Promise<Ack<Appended>>;
}

/** The queue statuses a visitor is told, in order. */
function queueUpdates(visitor: VisitorSocket) {
  const updates: (QueueStatus | null)[] = [];
  visitor.on('queue:updated', (status) => updates.push(status));
  return {
    updates,
    async until(matches: (status: QueueStatus | null) => boolean, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!updates.some(matches)) {
        if (Date.now() > deadline) throw new Error(`no such queue update in ${JSON.stringify(updates)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

// Each test signs agents in (scrypt): slow on a busy machine.
describe('handoff workflow', { timeout: 30_000 }, () => {
  it('tells a visitor nobody is online, and the assistant keeps the conversation', async () => {
    await start();
    const { visitor, log } = await openVisitor();
    const asked = await askForPerson(visitor);

    const unavailable = await log.waitFor(isKind('handoff_unavailable'));
    expect(unavailable).toMatchObject({ why: 'no_agents', trigger: 'visitor_button', clientId: 'handoff-1' });
    expect(asked).toMatchObject({ ok: true, seq: unavailable.seq });
    expect(await harness.store.findConversation(unavailable.conversationId)).toMatchObject({ state: 'bot' });
  });

  it('stores the message a visitor leaves as a lead to answer by email', async () => {
    await start();
    const { visitor, log } = await openVisitor();
    await askForPerson(visitor);
    const left = (await visitor.emitWithAck('lead:leave', {
      clientId: 'lead-1',
      email: 'ada@example.com',
      text: 'Please call me about my order.',
    })) as Ack<Appended>;

    const entry = await log.waitFor(isKind('message_left'));
    expect(left).toMatchObject({ ok: true, seq: entry.seq });
    expect(await harness.store.findConversation(entry.conversationId)).toMatchObject({
      state: 'bot',
      lead: { email: 'ada@example.com', at: entry.at },
    });
  });

  it('assigns a waiting visitor to the least loaded online agent when the site routes automatically', async () => {
    await start({ routing: 'auto' });
    const alice = await harness.connectAgent('Alice');
    await harness.connectAgent('Bob');
    const first = await openVisitor();
    await first.visitor.emitWithAck('message:send', { clientId: 'm1', text: 'Hello' });
    const busy = await first.log.waitFor(isKind('visitor_message'));
    await alice.emitWithAck('conversation:claim', { conversationId: busy.conversationId });

    const second = await openVisitor();
    await askForPerson(second.visitor);
    const joined = await second.log.waitFor(isKind('agent_joined'));
    expect(joined).toMatchObject({ agent: { name: 'Bob' }, isAssigned: true });
  });

  it('leaves an away agent out of routing and of availability', async () => {
    await start({ routing: 'auto' });
    const alice = await harness.connectAgent('Alice');
    const team = new Promise((resolve) => alice.on('team:changed', resolve));
    await alice.emitWithAck('inbox:subscribe', {});
    expect(await alice.emitWithAck('agent:set-status', { status: 'away' })).toEqual({ ok: true });
    expect(await team).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Alice', status: 'away' })]),
    );

    const { visitor, log } = await openVisitor();
    await askForPerson(visitor);
    expect(await log.waitFor(isKind('handoff_unavailable'))).toMatchObject({ why: 'no_agents' });
    await harness.switchboard.relay.conversations.settled();
    expect(log.entries.filter(isKind('agent_joined'))).toEqual([]);
  });

  it('updates the queue positions of three waiting visitors when one is taken', async () => {
    await start();
    const alice = await harness.connectAgent('Alice');
    const visitors = [];
    for (const index of [1, 2, 3]) {
      const opened = await openVisitor();
      const queue = queueUpdates(opened.visitor);
      const asked = await askForPerson(opened.visitor, `handoff-${index}`);
      if (!asked.ok) throw new Error(asked.error.code);
      visitors.push({ ...opened, queue, conversationId: asked.conversationId });
    }
    for (const [index, { queue }] of visitors.entries()) {
      await queue.until((status) => status?.position === index + 1);
    }

    const [first, second, third] = visitors as [
      (typeof visitors)[0],
      (typeof visitors)[0],
      (typeof visitors)[0],
    ];
    await alice.emitWithAck('conversation:claim', { conversationId: first.conversationId });
    await first.queue.until((status) => status === null);
    // Each was further back before: these positions come only from the update after the claim.
    await second.queue.until((status) => status?.position === 1);
    await third.queue.until((status) => status?.position === 2);
    expect(first.queue.updates.at(-1)).toBeNull();
    expect(second.queue.updates.at(-1)).toEqual({ position: 1, estimatedWaitMs: null });
    expect(third.queue.updates.at(-1)).toEqual({ position: 2, estimatedWaitMs: null });
  });

  it('tells a waiting visitor their place again when they come back', async () => {
    await start();
    await harness.connectAgent('Alice');
    const { visitor, token } = await openVisitor();
    await askForPerson(visitor);
    visitor.disconnect();

    const back = await harness.connectVisitor({ token });
    const queue = queueUpdates(back);
    await back.emitWithAck('session:resume', { conversationId: null, lastSeq: 0, context: CONTEXT });
    await queue.until((status) => status?.position === 1);
    expect(queue.updates).toContainEqual({ position: 1, estimatedWaitMs: null });
  });

  it('escalates a wait nobody accepts: offered again, then the visitor offered to leave a message', async () => {
    let clock = Date.now();
    await start(
      { escalation: { reofferAfterMs: 60_000, offerMessageAfterMs: 120_000 } },
      { now: () => clock },
    );
    await harness.connectAgent('Alice');
    const { visitor, log } = await openVisitor();
    await askForPerson(visitor);
    await log.waitFor(isKind('handoff_requested'));

    clock += 60_000;
    expect(await log.waitFor(isKind('wait_escalated'), 5000)).toMatchObject({ stage: 'reoffered' });
    clock += 60_000;
    await log.waitFor((entry) => entry.kind === 'wait_escalated' && entry.stage === 'message_offered', 5000);
    expect(log.entries.filter(isKind('wait_escalated'))).toHaveLength(2);
    expect(await harness.store.findConversation(log.entries[0]!.conversationId)).toMatchObject({
      state: 'waiting',
      escalation: 'message_offered',
    });
  });

  it('remembers each page the visitor opens, and shows them in the inbox at once', async () => {
    await start();
    const alice = await harness.connectAgent('Alice');
    await alice.emitWithAck('inbox:subscribe', {});
    const { visitor, token } = await openVisitor();
    const sent = (await visitor.emitWithAck('message:send', { clientId: 'm1', text: 'Hi' })) as Ack<Appended>;
    if (!sent.ok) throw new Error(sent.error.code);
    visitor.disconnect();
    const moved = new Promise<ConversationSummary>((resolve) =>
      alice.on('conversations:changed', (summaries) => {
        const onTwoPages = summaries.find((summary) => summary.pages.length === 2);
        if (onTwoPages) resolve(onTwoPages);
      }),
    );
    const back = await harness.connectVisitor({ token });
    const pricing = { ...CONTEXT, pageUrl: 'https://shop.example/pricing', pageTitle: 'Pricing' };
    await back.emitWithAck('session:resume', {
      conversationId: sent.conversationId,
      lastSeq: 1,
      context: pricing,
    });

    const pages = [
      { url: 'https://shop.example/', title: 'Shop', at: expect.any(Number) },
      { url: 'https://shop.example/pricing', title: 'Pricing', at: expect.any(Number) },
    ];
    expect((await moved).pages).toEqual(pages);
    expect((await harness.store.findConversation(sent.conversationId))?.pages).toEqual(pages);
  });
});
