import { describe, expect, it } from 'vitest';
import type { EntryBody } from '../../protocol/entries.js';
import { testEntry } from './test-entry.js';
import { connectAndResume, setup, tick } from './test-relay.js';

const alice = { id: 'a1', name: 'Alice' };
const waiting: EntryBody = { kind: 'handoff_requested', trigger: 'visitor_button', reason: '' };
const unavailable: EntryBody = {
  kind: 'handoff_unavailable',
  trigger: 'visitor_button',
  reason: '',
  why: 'no_agents',
  opensAt: null,
};

describe('chat session: asking for a person', () => {
  it('settles the request on whichever entry the relay appended for it', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.requestHandoff();
    relay
      .take('handoff:request')
      .answer({ ok: true, conversationId: 'c1', seq: 1, entries: [testEntry(1, unavailable, 'id-1')] });
    await tick();
    expect(session.$handoff.get().status).toBe('idle');
    expect(session.$conversation.get()?.state).toBe('bot');
    expect(session.$formOffer.get()).toEqual({ kind: 'lead', seq: 1 });
  });
});

describe('chat session: queue', () => {
  it('shows the place in the queue only while waiting, and clears it when the wait ends', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: [testEntry(1)] });
    relay.events?.queueUpdated({ position: 3, estimatedWaitMs: 120_000 });
    expect(session.$queueLine.get()).toBe('');
    relay.events?.entryAdded(testEntry(2, waiting));
    relay.events?.queueUpdated({ position: 2, estimatedWaitMs: 120_000 });
    expect(session.$queueLine.get()).toBe("You're number 2 in the queue, about 2 min");
    relay.events?.queueUpdated({ position: 1, estimatedWaitMs: null });
    expect(session.$queueLine.get()).toBe("You're number 1 in the queue");
    relay.events?.entryAdded(testEntry(3, { kind: 'agent_joined', agent: alice }));
    expect(session.$queueLine.get()).toBe('');
    relay.events?.entryAdded(testEntry(4, { kind: 'agent_left', agent: alice, reason: 'disconnected' }));
    expect(session.$queueLine.get()).toBe('');
  });

  it('tells listeners only when the text changes, so a live region does not repeat itself', async () => {
    const { relay, session } = setup();
    const conversation = { id: 'c1', state: 'waiting', agent: null, lastSeq: 1 };
    await connectAndResume(relay, { conversation, entries: [testEntry(1, waiting)] });
    const heard: string[] = [];
    session.$queueLine.listen((line) => heard.push(line));
    relay.events?.queueUpdated({ position: 2, estimatedWaitMs: 150_000 });
    relay.events?.queueUpdated({ position: 2, estimatedWaitMs: 170_000 });
    relay.events?.queueUpdated({ position: 1, estimatedWaitMs: 140_000 });
    expect(heard).toEqual([
      "You're number 2 in the queue, about 3 min",
      "You're number 1 in the queue, about 2 min",
    ]);
  });

  it('clears the place when the relay says the visitor no longer waits', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: [testEntry(1, waiting)] });
    relay.events?.queueUpdated({ position: 1, estimatedWaitMs: null });
    relay.events?.queueUpdated(null);
    expect(session.$queueLine.get()).toBe('');
  });
});

describe('chat session: typing', () => {
  it('tells the relay the visitor types, never what, and stops on send', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.typing();
    session.typing();
    session.send('Hello');
    expect(relay.sent.map(({ name, payload }) => [name, payload])).toEqual([
      ['typing:set', { isTyping: true }],
      ['typing:set', { isTyping: false }],
      ['message:send', { clientId: 'id-1', text: 'Hello' }],
    ]);
  });

  it('sends nothing about typing while offline', () => {
    const { relay, session } = setup();
    session.typing();
    session.stopTyping();
    expect(relay.sent).toEqual([]);
  });

  it('shows the agent typing until their message arrives, or 6 s after the last signal', async () => {
    const { relay, session, clock } = setup();
    await connectAndResume(relay, { entries: [testEntry(1, { kind: 'agent_joined', agent: alice })] });
    relay.events?.typingChanged({ isTyping: true, agent: alice });
    expect(session.$typing.get()).toEqual({ name: 'Alice', isTyping: true });
    relay.events?.entryAdded(testEntry(2, { kind: 'agent_message', text: 'Hi', agent: alice }));
    expect(session.$typing.get()).toBeNull();
    relay.events?.typingChanged({ isTyping: true, agent: alice });
    clock.advance(6_000);
    expect(session.$typing.get()).toBeNull();
  });
});

describe('chat session: rating', () => {
  const resolvedLog = [
    testEntry(1, { kind: 'agent_joined', agent: alice }),
    testEntry(2, { kind: 'resolved', agent: alice }),
  ];

  it('sends the rating once, with the same client id after a reconnect, and closes on its entry', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: resolvedLog });
    expect(session.$formOffer.get()).toEqual({ kind: 'rating', seq: 2 });
    session.rate(4, 'Quick and kind');
    expect(relay.sent.find(({ name }) => name === 'rating:give')?.payload).toEqual({
      clientId: 'id-1',
      score: 4,
      comment: 'Quick and kind',
    });
    relay.drop();
    relay.connect();
    relay
      .take('session:resume')
      .answer({ ok: true, token: 't', conversation: null, entries: [], isFullResync: false, hasMore: false });
    await tick();
    const resent = relay.take('rating:give');
    expect(resent.payload).toMatchObject({ clientId: 'id-1', score: 4 });
    const rated = testEntry(3, { kind: 'rated', score: 4, comment: 'Quick and kind' }, 'id-1');
    resent.answer({ ok: true, conversationId: 'c1', seq: 3, entries: [rated] });
    await tick();
    expect(session.$rating.get().status).toBe('idle');
    expect(session.$formOffer.get()).toBeNull();
  });

  it('shows a refusal by its message', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: resolvedLog });
    session.rate(2, null);
    relay.take('rating:give').answer({ ok: false, error: { code: 'invalid_payload', message: 'Too long.' } });
    await tick();
    expect(session.$rating.get()).toEqual({ status: 'failed', clientId: null, error: 'Too long.' });
    expect(session.$formOffer.get()).not.toBeNull();
  });

  it('closes the prompt when the conversation was already rated', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: resolvedLog });
    session.rate(5, null);
    relay.take('rating:give').answer({ ok: false, error: { code: 'already_rated', message: 'Rated.' } });
    await tick();
    expect(session.$rating.get().status).toBe('idle');
    expect(session.$formOffer.get()).toBeNull();
  });

  it('withdraws the prompt when a new message reopens the conversation', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: resolvedLog });
    relay.events?.entryAdded(testEntry(3, { kind: 'reopened' }));
    expect(session.$formOffer.get()).toBeNull();
  });
});

describe('chat session: leaving a message', () => {
  it('sends the message with a client id, and the entry confirms it', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: [testEntry(1, unavailable)] });
    session.leaveMessage('ann@example.com', 'Please call me back');
    const sent = relay.take('lead:leave');
    expect(sent.payload).toEqual({ clientId: 'id-1', email: 'ann@example.com', text: 'Please call me back' });
    relay.events?.entryAdded(
      testEntry(2, { kind: 'message_left', email: 'ann@example.com', text: 'Please call me back' }, 'id-1'),
    );
    expect(session.$formOffer.get()).toBeNull();
    expect(session.$timeline.get().at(-1)?.text).toBe(
      'Message left. The team will reply to ann@example.com.',
    );
  });

  it('closes the form when the visitor is already with a person, until the next offer', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: [testEntry(1, unavailable)] });
    session.leaveMessage('ann@example.com', 'Hi');
    relay
      .take('lead:leave')
      .answer({ ok: false, error: { code: 'already_with_agent', message: 'With Alice.' } });
    await tick();
    expect(session.$formOffer.get()).toBeNull();
    relay.events?.entryAdded(testEntry(2, { kind: 'visitor_message', text: 'Anyone?' }));
    relay.events?.entryAdded(testEntry(3, unavailable));
    expect(session.$formOffer.get()).toEqual({ kind: 'lead', seq: 3 });
  });
});
