import { describe, expect, it } from 'vitest';
import { botEntry, testEntry } from './test-entry.js';
import {
  CONTEXT,
  TOKEN,
  connectAndResume,
  memoryStorage,
  resumed,
  setup,
  shown,
  tick,
} from './test-relay.js';

describe('chat session: resume', () => {
  it('resumes on connect with what it holds and the page context, then is online', async () => {
    const { relay, session, storage } = setup();
    expect(session.$connection.get()).toBe('connecting');
    expect(relay.handshake?.()).toEqual({ protocolVersion: 1, siteId: 'demo', token: null });
    relay.connect();
    const resume = relay.take('session:resume');
    expect(resume.payload).toEqual({ conversationId: null, lastSeq: 0, context: CONTEXT });
    resume.answer(resumed());
    await tick();
    expect(session.$connection.get()).toBe('online');
    expect(JSON.parse(storage.items.get('switchboard:visitor:demo') ?? '{}')).toMatchObject({ token: TOKEN });
    expect(relay.handshake?.().token).toBe(TOKEN);
  });

  it('resumes the stored conversation with the stored token', () => {
    const storage = memoryStorage();
    storage.setItem(
      'switchboard:visitor:demo',
      JSON.stringify({ token: TOKEN, conversationId: 'c1', seenSeq: 0 }),
    );
    const { relay } = setup(storage);
    expect(relay.handshake?.().token).toBe(TOKEN);
    relay.connect();
    expect(relay.take('session:resume').payload).toMatchObject({ conversationId: 'c1', lastSeq: 0 });
  });

  it('resumes again from the new last seq while the relay has more', async () => {
    const { relay, session } = setup();
    relay.connect();
    relay.take('session:resume').answer(resumed({ entries: [testEntry(1), botEntry(2)], hasMore: true }));
    await tick();
    const again = relay.take('session:resume');
    expect(again.payload).toMatchObject({ conversationId: 'c1', lastSeq: 2 });
    again.answer(resumed({ entries: [testEntry(3)] }));
    await tick();
    expect(session.$transcript.get().entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(relay.names()).toEqual([]);
  });

  it('resumes on every reconnect from the newest seq it holds', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: [testEntry(1), botEntry(2)] });
    relay.drop();
    expect(session.$connection.get()).toBe('reconnecting');
    relay.connect();
    expect(relay.take('session:resume').payload).toMatchObject({ conversationId: 'c1', lastSeq: 2 });
  });

  it('replaces the transcript on a full resync', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: [testEntry(1), botEntry(2)] });
    relay.drop();
    relay.connect();
    relay
      .take('session:resume')
      .answer(resumed({ isFullResync: true, entries: [testEntry(1, undefined, null, 'c2')] }));
    await tick();
    expect(session.$transcript.get()).toMatchObject({ conversationId: 'c2', lastSeq: 1 });
  });
});

describe('chat session: live entries', () => {
  it('appends the next entry and drops one it already holds', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: [testEntry(1)] });
    relay.events?.entryAdded(botEntry(2));
    relay.events?.entryAdded(botEntry(2));
    relay.events?.entryAdded(testEntry(1));
    expect(session.$timeline.get()).toHaveLength(2);
    expect(relay.names()).toEqual([]);
  });

  it('resumes from the last seq when an entry arrives after a gap', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay, { entries: [testEntry(1)] });
    relay.events?.entryAdded(botEntry(3));
    const resume = relay.take('session:resume');
    expect(resume.payload).toMatchObject({ lastSeq: 1 });
    resume.answer(resumed({ entries: [botEntry(2), botEntry(3)] }));
    await tick();
    expect(session.$transcript.get().entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
  });
});

describe('chat session: sending', () => {
  it('shows a message at once as pending and replaces it by the committed entry its ack carries', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.send('Where is my order?');
    expect(shown(session)).toEqual([['visitor', 'Where is my order?', true]]);
    const send = relay.take('message:send');
    expect(send.payload).toEqual({ clientId: 'id-1', text: 'Where is my order?' });
    const committed = testEntry(1, { kind: 'visitor_message', text: 'Where is my order?' }, 'id-1');
    send.answer({ ok: true, conversationId: 'c1', seq: 1, entries: [committed] });
    await tick();
    expect(shown(session)).toEqual([['visitor', 'Where is my order?', false]]);
    expect(session.$outbox.get()).toEqual([]);
  });

  it('fetches the entry when the ack’s entries do not reach its seq', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.send('Hello');
    relay.take('message:send').answer({ ok: true, conversationId: 'c1', seq: 1, entries: [] });
    await tick();
    const resume = relay.take('session:resume');
    expect(resume.payload).toMatchObject({ lastSeq: 0 });
    resume.answer(resumed({ entries: [testEntry(1, { kind: 'visitor_message', text: 'Hello' }, 'id-1')] }));
    await tick();
    expect(shown(session)).toEqual([['visitor', 'Hello', false]]);
  });

  it('sends messages one at a time, in the order written', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.send('one');
    session.send('two');
    expect(relay.names()).toEqual(['message:send']);
    relay.take('message:send').answer({
      ok: true,
      conversationId: 'c1',
      seq: 1,
      entries: [testEntry(1, { kind: 'visitor_message', text: 'one' }, 'id-1')],
    });
    await tick();
    expect(relay.take('message:send').payload).toEqual({ clientId: 'id-2', text: 'two' });
  });

  it('queues messages while disconnected and sends them after the resume, with the same client ids', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.send('one');
    relay.drop();
    await tick();
    session.send('two');
    expect(shown(session).map(([, , isPending]) => isPending)).toEqual([true, true]);
    relay.connect();
    expect(relay.names()).toEqual(['session:resume']);
    relay.take('session:resume').answer(resumed());
    await tick();
    const first = relay.take('message:send');
    expect(first.payload).toEqual({ clientId: 'id-1', text: 'one' });
    first.answer({
      ok: true,
      conversationId: 'c1',
      seq: 1,
      entries: [testEntry(1, { kind: 'visitor_message', text: 'one' }, 'id-1')],
    });
    await tick();
    expect(relay.take('message:send').payload).toEqual({ clientId: 'id-2', text: 'two' });
  });

  it('resends a message whose ack never came, with the same client id', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.send('one');
    const lost = relay.take('message:send');
    relay.drop();
    lost.fail();
    await tick();
    expect(session.$outbox.get()[0]?.status).toBe('queued');
    await connectAndResume(relay);
    expect(relay.take('message:send').payload).toEqual({ clientId: 'id-1', text: 'one' });
  });

  it('shows a refusal on the message and retries it with the same client id', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.send('spam');
    relay.take('message:send').answer({ ok: false, error: { code: 'rate_limited', message: 'Slow down.' } });
    await tick();
    expect(session.$outbox.get()[0]).toMatchObject({ status: 'failed', error: 'Slow down.' });
    session.retry('id-1');
    expect(relay.take('message:send').payload).toEqual({ clientId: 'id-1', text: 'spam' });
  });

  it('removes a refused message', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.send('spam');
    relay.take('message:send').answer({ ok: false, error: { code: 'rate_limited', message: 'Slow down.' } });
    await tick();
    session.discard('id-1');
    expect(session.$timeline.get()).toEqual([]);
  });

  it('keeps unsent messages across a reload and sends them with their client ids', async () => {
    const first = setup();
    first.session.send('before reload');
    first.session.stop();
    const second = setup(first.storage);
    expect(shown(second.session)).toEqual([['visitor', 'before reload', true]]);
    await connectAndResume(second.relay);
    expect(second.relay.take('message:send').payload).toEqual({ clientId: 'id-1', text: 'before reload' });
  });
});

describe('chat session: panel, unread and liveness', () => {
  it('counts entries from others while the panel is closed and resets when it opens', async () => {
    const { relay, session, storage } = setup();
    await connectAndResume(relay, { entries: [testEntry(1)] });
    session.setPanelOpen(true);
    relay.events?.entryAdded(botEntry(2));
    expect(session.$unread.get()).toBe(0);
    session.setPanelOpen(false);
    relay.events?.entryAdded(botEntry(3));
    relay.events?.entryAdded(testEntry(4, { kind: 'agent_joined', agent: { id: 'a1', name: 'Alice' } }));
    expect(session.$unread.get()).toBe(2);
    session.setPanelOpen(true);
    expect(session.$unread.get()).toBe(0);
    expect(JSON.parse(storage.items.get('switchboard:visitor:demo') ?? '{}')).toMatchObject({ seenSeq: 4 });
  });

  it('does not count again on the next page what the visitor has seen', async () => {
    const first = setup();
    await connectAndResume(first.relay, { entries: [testEntry(1), botEntry(2)] });
    first.session.setPanelOpen(true);
    first.session.stop();
    const second = setup(first.storage);
    await connectAndResume(second.relay, { entries: [testEntry(1), botEntry(2), botEntry(3)] });
    expect(second.session.$unread.get()).toBe(1);
  });

  it('says whether a conversation is live only once the relay has answered', async () => {
    const { relay, session } = setup();
    expect(session.$isLive.get()).toBeNull();
    await connectAndResume(relay);
    expect(session.$isLive.get()).toBe(false);
    relay.events?.entryAdded(testEntry(1));
    expect(session.$isLive.get()).toBe(true);
    relay.events?.conversationUpdated({ id: 'c1', state: 'resolved', agent: null, lastSeq: 1 });
    expect(session.$isLive.get()).toBe(false);
  });
});

describe('chat session: handoff and refusals', () => {
  it('asks for a person with a client id and settles on the entry the relay’s ack carries', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.requestHandoff();
    expect(session.$handoff.get().status).toBe('sending');
    const request = relay.take('handoff:request');
    expect(request.payload).toEqual({ clientId: 'id-1' });
    const requested = testEntry(
      1,
      { kind: 'handoff_requested', trigger: 'visitor_button', reason: '' },
      'id-1',
    );
    request.answer({ ok: true, conversationId: 'c1', seq: 1, entries: [requested] });
    await tick();
    expect(session.$handoff.get().status).toBe('idle');
    expect(session.$transcript.get().entries).toEqual([requested]);
  });

  it('shows why a request for a person was refused', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.requestHandoff();
    relay.take('handoff:request').answer({ ok: false, error: { code: 'internal', message: 'Try again.' } });
    await tick();
    expect(session.$handoff.get()).toEqual({ status: 'failed', clientId: null, error: 'Try again.' });
  });

  it('starts again as a new visitor once when the relay no longer knows the token', () => {
    const storage = memoryStorage();
    storage.setItem(
      'switchboard:visitor:demo',
      JSON.stringify({ token: TOKEN, conversationId: 'c1', seenSeq: 3 }),
    );
    const { relay, session } = setup(storage);
    relay.events?.refused('unauthorized');
    expect(relay.connects).toBe(2);
    expect(relay.handshake?.().token).toBeNull();
    relay.events?.refused('unauthorized');
    expect(relay.connects).toBe(2);
    expect(session.$connection.get()).toBe('unavailable');
  });
});
