import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentAppended } from '../../protocol/agent-events.js';
import type { Entry } from '../../protocol/entries.js';
import type { Ack } from '../../protocol/errors.js';
import type { Appended, ResumeResult, VisitorAppended } from '../../protocol/visitor-events.js';
import {
  collectEntries,
  collectTabEntries,
  startHarness,
  type AgentSocket,
  type Harness,
  type VisitorSocket,
} from '../testing/switchboard-harness.js';
import { createScriptedBot } from '../testing/scripted-bot.js';

const CONTEXT = {
  pageUrl: 'https://shop.example/returns',
  pageTitle: 'Returns',
  referrer: null,
  locale: 'en-GB',
};

let harness: Harness;
let scripted: ReturnType<typeof createScriptedBot>;

beforeEach(async () => {
  scripted = createScriptedBot({ 'what is your return policy?': 'Returns are free within 30 days.' });
  harness = await startHarness(scripted.bot);
});

afterEach(async () => {
  scripted.release();
  await harness.close();
});

function resume(visitor: VisitorSocket, conversationId: string | null = null, lastSeq = 0) {
  return visitor.emitWithAck('session:resume', { conversationId, lastSeq, context: CONTEXT }) as Promise<
    Ack<ResumeResult>
  >;
}

function say(visitor: VisitorSocket, text: string, clientId = `c-${Math.random().toString(36).slice(2)}`) {
  return visitor.emitWithAck('message:send', { clientId, text }) as Promise<Ack<VisitorAppended>>;
}

async function openVisitor() {
  const visitor = await harness.connectVisitor();
  const resumed = await resume(visitor);
  if (!resumed.ok) throw new Error(resumed.error.code);
  return { visitor, token: resumed.token, log: collectTabEntries(visitor) };
}

async function conversationOf(visitor: VisitorSocket): Promise<string> {
  const sent = await say(visitor, 'Hello');
  if (!sent.ok) throw new Error(sent.error.code);
  return sent.conversationId;
}

function isKind(kind: Entry['kind']) {
  return (entry: Entry) => entry.kind === kind;
}

describe('relay: the visitor and the bot', () => {
  it('acknowledges a message after committing it, then the bot answers it', async () => {
    const { visitor, log } = await openVisitor();
    const sent = await say(visitor, 'What is your return policy?');
    expect(sent).toMatchObject({ ok: true, seq: 1 });
    const reply = await log.waitFor(isKind('bot_message'));
    expect(reply).toMatchObject({ seq: 2, text: 'Returns are free within 30 days.', isMiss: false });
    expect(scripted.turns[0]).toMatchObject({ siteId: 'shop', text: 'What is your return policy?' });
  });

  it('appends a resent message once and acknowledges the resend with the original seq', async () => {
    const { visitor } = await openVisitor();
    const first = await say(visitor, 'Hello', 'same-client-id');
    const resends = await Promise.all([1, 2, 3].map(() => say(visitor, 'Hello', 'same-client-id')));
    expect(resends.every((resend) => resend.ok && first.ok && resend.seq === first.seq)).toBe(true);
    await harness.switchboard.relay.conversations.settled();
    const entries = await harness.store.readEntries(first.ok ? first.conversationId : '', 0, 100);
    expect(entries.filter((entry) => entry.kind === 'visitor_message')).toHaveLength(1);
  });

  it('answers a question the relay committed but stopped before answering, once, when the visitor returns', async () => {
    const { visitor, token } = await openVisitor();
    const conversationId = await conversationOf(visitor);
    await harness.switchboard.relay.conversations.settled();
    const conversation = await harness.store.findConversation(conversationId);
    if (!conversation) throw new Error('no conversation');
    // As if the relay died right after committing this question, before the bot answered it.
    await harness.store.commit({
      conversationId,
      expectedVersion: conversation.version,
      control: conversation,
      entries: [
        { kind: 'visitor_message', text: 'What is your return policy?', clientId: 'asked-before-crash' },
      ],
      at: Date.now(),
    });
    const tabs = await Promise.all([harness.connectVisitor({ token }), harness.connectVisitor({ token })]);
    await Promise.all(tabs.map((tab) => resume(tab, conversationId, 3)));
    await Promise.all(tabs.map((tab) => resume(tab, conversationId, 3)));
    await harness.switchboard.relay.conversations.settled();
    const entries = await harness.store.readEntries(conversationId, 3, 100);
    expect(entries.map((entry) => entry.kind)).toEqual(['bot_message']);
    expect(entries[0]).toMatchObject({
      text: 'Returns are free within 30 days.',
      clientId: 'bot-reply-to-3',
    });
  });

  it('acknowledges every copy of a resent handoff request with the original seq', async () => {
    const { visitor } = await openVisitor();
    await conversationOf(visitor);
    const copies = await Promise.all(
      [1, 2, 3, 4, 5].map(
        () => visitor.emitWithAck('handoff:request', { clientId: 'one-handoff' }) as Promise<Ack<Appended>>,
      ),
    );
    const seqs = copies.map((copy) => (copy.ok ? copy.seq : copy.error.code));
    expect(new Set(seqs).size).toBe(1);
    expect(typeof seqs[0]).toBe('number');
  });

  it('hands the visitor to a person after two bot misses in a row', async () => {
    await harness.connectAgent('Alice');
    const { visitor, log } = await openVisitor();
    await say(visitor, 'Do you sell boats?');
    await log.waitFor(isKind('bot_message'));
    await say(visitor, 'Or canoes?');
    const handoff = await log.waitFor(isKind('handoff_requested'));
    expect(handoff).toMatchObject({ trigger: 'bot_misses' });
  });

  it('keeps the bot silent once the visitor asks for a person', async () => {
    await harness.connectAgent('Alice');
    const { visitor, log } = await openVisitor();
    await say(visitor, 'Can I talk to a human?');
    await say(visitor, 'What is your return policy?');
    await harness.switchboard.relay.conversations.settled();
    expect(log.entries.map((entry) => entry.kind)).toEqual([
      'visitor_message',
      'handoff_requested',
      'visitor_message',
    ]);
    expect(scripted.turns).toHaveLength(0);
  });

  it('resumes with the entries after the last seq the client holds', async () => {
    const { visitor, token } = await openVisitor();
    const conversationId = await conversationOf(visitor);
    await harness.switchboard.relay.conversations.settled();
    const again = await harness.connectVisitor({ token });
    const resumed = await resume(again, conversationId, 1);
    expect(resumed).toMatchObject({
      ok: true,
      token,
      isFullResync: false,
      conversation: { id: conversationId, lastSeq: 2 },
    });
    expect(resumed.ok && resumed.entries.map((entry) => entry.seq)).toEqual([2]);
  });

  it('answers a client that holds another conversation, or a seq beyond the log, with a full resync', async () => {
    const { visitor, token } = await openVisitor();
    const conversationId = await conversationOf(visitor);
    await harness.switchboard.relay.conversations.settled();
    const stale = await resume(await harness.connectVisitor({ token }), 'someOtherConversation', 7);
    const ahead = await resume(await harness.connectVisitor({ token }), conversationId, 99);
    for (const result of [stale, ahead]) {
      expect(result).toMatchObject({ ok: true, isFullResync: true });
      expect(result.ok && result.entries.map((entry) => entry.seq)).toEqual([1, 2]);
    }
  });

  it('shows one conversation in every tab a visitor has open', async () => {
    const first = await openVisitor();
    const secondTab = await harness.connectVisitor({ token: first.token });
    const secondLog = collectTabEntries(secondTab);
    await say(secondTab, 'What is your return policy?');
    await first.log.waitFor(isKind('bot_message'));
    await secondLog.waitFor(isKind('bot_message'));
    expect(first.log.entries.map((entry) => entry.seq)).toEqual(secondLog.entries.map((entry) => entry.seq));
  });

  it('acknowledges a message with its entry, which only the visitor’s other tabs get as entry:added', async () => {
    const first = await openVisitor();
    const secondTab = await harness.connectVisitor({ token: first.token });
    const fannedOutToSender = collectEntries(first.visitor);
    const fannedOutToOtherTab = collectEntries(secondTab);
    const sent = await say(first.visitor, 'Do you ship to Lyon?', 'lyon-1');
    expect(sent).toMatchObject({
      ok: true,
      entries: [{ kind: 'visitor_message', text: 'Do you ship to Lyon?', clientId: 'lyon-1' }],
    });
    const other = await fannedOutToOtherTab.waitFor(isKind('visitor_message'));
    expect(sent.ok && sent.entries).toEqual([other]);
    await fannedOutToSender.waitFor(isKind('bot_message'));
    expect(fannedOutToSender.entries.map((entry) => entry.kind)).toEqual(['bot_message']);
  });

  it('serves clients on long-polling, with the poll held open until there is news', async () => {
    const visitor = await harness.connectVisitor({ transports: ['polling'] });
    const log = collectTabEntries(visitor);
    await resume(visitor);
    await say(visitor, 'What is your return policy?');
    await log.waitFor(isKind('bot_message'));
    const page = await fetch(`${harness.switchboard.url}/healthz`);
    expect(page.status).toBe(200);
  });

  it('gives a new visitor a fresh token and never lets a token cross sites', async () => {
    const { token } = await openVisitor();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await harness.store.upsertSite({ id: 'elsewhere', name: 'Elsewhere', allowedOrigins: [], createdAt: 0 });
    await expect(harness.connectVisitor({ token, siteId: 'elsewhere' })).rejects.toMatchObject({
      data: { code: 'unauthorized' },
    });
    const fresh = await resume(await harness.connectVisitor({ siteId: 'elsewhere' }));
    expect(fresh.ok && fresh.token).not.toBe(token);
  });
});

describe('relay: agents', () => {
  async function waitingConversation() {
    const opened = await openVisitor();
    await say(opened.visitor, 'I want a real person');
    const handoff = await opened.log.waitFor(isKind('handoff_requested'));
    return { ...opened, conversationId: handoff.conversationId };
  }

  function claim(agent: AgentSocket, conversationId: string) {
    return agent.emitWithAck('conversation:claim', { conversationId }) as Promise<Ack<AgentAppended>>;
  }

  it('lists the waiting conversation in the inbox with its handoff reason', async () => {
    const agent = await harness.connectAgent('Alice');
    const { conversationId } = await waitingConversation();
    const inbox = await agent.emitWithAck('inbox:subscribe', {});
    expect(inbox.ok && inbox.conversations).toEqual([
      expect.objectContaining({
        id: conversationId,
        state: 'waiting',
        handoff: {
          trigger: 'visitor_phrase',
          reason: 'The visitor asked for a person: “I want a real person”',
        },
        visitor: CONTEXT,
        preview: 'I want a real person',
      }),
    ]);
  });

  it('tells the visitor of the conversation when it starts and when it changes hands, not with each message', async () => {
    const alice = await harness.connectAgent('Alice');
    const { visitor, log } = await openVisitor();
    const updates: string[] = [];
    visitor.on('conversation:updated', ({ state, lastSeq }) => updates.push(`${state} at ${lastSeq}`));
    await say(visitor, 'What is your return policy?');
    await log.waitFor(isKind('bot_message'));
    const { conversationId } = (await say(visitor, 'I want a real person')) as Appended;
    await log.waitFor(isKind('handoff_requested'));
    await claim(alice, conversationId);
    await alice.emitWithAck('message:send', { conversationId, clientId: 'agent-1', text: 'Hi, Alice here.' });
    await log.waitFor(isKind('agent_message'));
    // The relay publishes a commit before acknowledging it: every update is in by the acknowledgement.
    expect(await say(visitor, 'Thanks Alice')).toMatchObject({ ok: true, seq: 7 });

    expect(updates).toEqual(['bot at 1', 'waiting at 4', 'agent at 5']);
  });

  it('takes over, replies, hands back, and the bot answers again, all in one log', async () => {
    const alice = await harness.connectAgent('Alice');
    const { visitor, log, conversationId } = await waitingConversation();
    const opened = await alice.emitWithAck('conversation:open', { conversationId, lastSeq: 0 });
    expect(opened.ok && opened.entries.map((entry) => entry.kind)).toEqual([
      'visitor_message',
      'handoff_requested',
    ]);
    const watched = collectTabEntries(alice);

    expect(await claim(alice, conversationId)).toMatchObject({ ok: true });
    await alice.emitWithAck('message:send', { conversationId, clientId: 'agent-1', text: 'Hi, Alice here.' });
    await log.waitFor((entry) => entry.kind === 'agent_message');
    await say(visitor, 'Thanks Alice');
    await alice.emitWithAck('conversation:hand-back', { conversationId });
    await say(visitor, 'What is your return policy?');
    await log.waitFor((entry) => entry.kind === 'bot_message' && entry.text.startsWith('Returns'));

    const kinds = log.entries.map((entry) => entry.kind);
    expect(kinds).toEqual([
      'visitor_message',
      'handoff_requested',
      'agent_joined',
      'agent_message',
      'visitor_message',
      'handed_back',
      'bot_message',
      'visitor_message',
      'bot_message',
    ]);
    expect(log.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await watched.waitFor((entry) => entry.seq === 9);
    expect(watched.entries.map((entry) => entry.seq)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('acknowledges a console’s message with its entry, which only the other consoles get as entry:added', async () => {
    const alice = await harness.connectAgent('Alice');
    const aliceElsewhere = await harness.connectAgentSession(
      await harness.signIn('alice@example.com', 'Alice-password'),
    );
    const { visitor, conversationId } = await waitingConversation();
    for (const tab of [alice, aliceElsewhere]) {
      await tab.emitWithAck('conversation:open', { conversationId, lastSeq: 0 });
    }
    expect(await claim(alice, conversationId)).toMatchObject({
      ok: true,
      entries: [{ kind: 'agent_joined', agent: { name: 'Alice' } }],
    });
    const fannedOutToSender = collectEntries(alice);
    const fannedOutElsewhere = collectEntries(aliceElsewhere);

    const sent = (await alice.emitWithAck('message:send', {
      conversationId,
      clientId: 'alice-1',
      text: 'Hi, Alice here.',
    })) as Ack<AgentAppended>;
    expect(sent).toMatchObject({
      ok: true,
      entries: [{ kind: 'agent_message', text: 'Hi, Alice here.', clientId: 'alice-1' }],
    });
    expect(sent.ok && sent.entries).toEqual([await fannedOutElsewhere.waitFor(isKind('agent_message'))]);
    await say(visitor, 'Thanks Alice');
    await fannedOutToSender.waitFor(isKind('visitor_message'));
    expect(fannedOutToSender.entries.map((entry) => entry.kind)).toEqual(['visitor_message']);
  });

  it('lets exactly one of two agents who claim at once win, every time', async () => {
    const alice = await harness.connectAgent('Alice');
    const bob = await harness.connectAgent('Bob');
    for (let race = 0; race < 15; race++) {
      const { conversationId } = await waitingConversation();
      const results = await Promise.all([claim(alice, conversationId), claim(bob, conversationId)]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.find((result) => !result.ok)).toMatchObject({
        ok: false,
        error: { code: 'conversation_taken' },
      });
      const entries = await harness.store.readEntries(conversationId, 0, 100);
      expect(entries.filter((entry) => entry.kind === 'agent_joined')).toHaveLength(1);
    }
  }, 30_000);

  it('drops a bot reply computed before an agent took over, and counts it', async () => {
    const alice = await harness.connectAgent('Alice');
    const { visitor, log } = await openVisitor();
    scripted.hold();
    const sent = await say(visitor, 'What is your return policy?');
    if (!sent.ok) throw new Error(sent.error.code);
    expect(await claim(alice, sent.conversationId)).toMatchObject({ ok: true });
    scripted.release();
    await harness.switchboard.relay.conversations.settled();
    expect(log.entries.map((entry) => entry.kind)).not.toContain('bot_message');
    expect(harness.switchboard.relay.conversations.droppedBotReplies()).toBe(1);
  });

  it('commits every one of many messages sent at once to one conversation', async () => {
    const alice = await harness.connectAgent('Alice');
    const { conversationId } = await waitingConversation();
    await claim(alice, conversationId);
    const sent = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        alice.emitWithAck('message:send', {
          conversationId,
          clientId: `burst-${index}`,
          text: `Line ${index}`,
        }),
      ),
    );
    expect(sent.filter((ack) => !ack.ok)).toEqual([]);
    const entries = await harness.store.readEntries(conversationId, 0, 100);
    expect(entries.filter((entry) => entry.kind === 'agent_message')).toHaveLength(40);
  });

  it('refuses a reply from an agent who does not own the conversation', async () => {
    const bob = await harness.connectAgent('Bob');
    const { conversationId } = await waitingConversation();
    const refused = await bob.emitWithAck('message:send', { conversationId, clientId: 'x1', text: 'Hi' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_owner' } });
  });

  it('disconnects an agent’s sockets when they sign out', async () => {
    const alice = await harness.connectAgent('Alice');
    const disconnected = new Promise((resolve) => alice.once('disconnect', resolve));
    const cookie = await harness.signIn('alice@example.com', 'Alice-password');
    await fetch(`${harness.switchboard.url}/api/session`, { method: 'DELETE', headers: { cookie } });
    await disconnected;
    expect(alice.connected).toBe(false);
  });
});
