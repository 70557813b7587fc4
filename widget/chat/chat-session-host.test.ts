import { describe, expect, it } from 'vitest';
import { botEntry, testEntry } from './test-entry.js';
import { connectAndResume, resumed, setup, tick } from './test-relay.js';

const CLAIM = { id: 'user-42', name: 'Ann Lee', email: 'ann@example.com', userHash: null };
const IDENTIFIED = { ok: true, identity: { id: 'user-42', name: 'Ann Lee', email: null, isVerified: false } };

describe('chat session: messages for the host page', () => {
  it('reports messages committed after the history loaded, never the history', async () => {
    const { relay, host } = setup();
    await connectAndResume(relay, { entries: [testEntry(1), botEntry(2)] });
    expect(host.messages).toEqual([]);
    relay.events?.entryAdded(testEntry(3, { kind: 'visitor_message', text: 'Still there?' }));
    relay.events?.entryAdded(testEntry(4, { kind: 'agent_joined', agent: { id: 'a1', name: 'Alice' } }));
    relay.events?.entryAdded(
      testEntry(5, { kind: 'agent_message', text: 'Yes!', agent: { id: 'a1', name: 'Alice' } }),
    );
    expect(host.messages).toEqual([
      { author: 'visitor', text: 'Still there?', at: 1_700_000_000_003 },
      { author: 'agent', text: 'Yes!', at: 1_700_000_000_005 },
    ]);
  });

  it('reports each message once, including those fetched after a reconnect', async () => {
    const { relay, host } = setup();
    await connectAndResume(relay, { entries: [testEntry(1)] });
    relay.events?.entryAdded(botEntry(2));
    relay.drop();
    relay.connect();
    relay.take('session:resume').answer(resumed({ entries: [botEntry(2), botEntry(3, 'More')] }));
    await tick();
    relay.events?.entryAdded(botEntry(3, 'More'));
    expect(host.messages.map((message) => [message.author, message.text])).toEqual([
      ['assistant', 'answer 2'],
      ['assistant', 'More'],
    ]);
  });

  it('reports a new visitor’s first message, which starts the conversation', async () => {
    const { relay, session, host } = setup();
    await connectAndResume(relay);
    session.send('Hello');
    relay.take('message:send').answer({
      ok: true,
      conversationId: 'c1',
      seq: 1,
      entries: [testEntry(1, { kind: 'visitor_message', text: 'Hello' }, 'id-1')],
    });
    await tick();
    expect(host.messages.map((message) => message.text)).toEqual(['Hello']);
  });
});

describe('chat session: identity', () => {
  it('waits for the resume, then tells the relay who the visitor is', async () => {
    const { relay, session } = setup();
    session.identify(CLAIM);
    relay.connect();
    expect(relay.names()).toEqual(['session:resume']);
    relay.take('session:resume').answer(resumed());
    await tick();
    expect(relay.take('visitor:identify').payload).toEqual(CLAIM);
  });

  it('sends the newest claim at once when already resumed, and not again on a plain reconnect', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.identify(CLAIM);
    relay.take('visitor:identify').answer(IDENTIFIED);
    await tick();
    relay.drop();
    await connectAndResume(relay);
    expect(relay.names()).toEqual([]);
  });

  it('sends the claim again after a full resync or a new token', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.identify(CLAIM);
    relay.take('visitor:identify').answer(IDENTIFIED);
    await tick();
    relay.drop();
    await connectAndResume(relay, { token: 'tok_qrstuvwxyzabcdef' });
    relay.take('visitor:identify').answer(IDENTIFIED);
    await tick();
    relay.drop();
    await connectAndResume(relay, {
      token: 'tok_qrstuvwxyzabcdef',
      isFullResync: true,
      entries: [testEntry(1)],
    });
    expect(relay.take('visitor:identify').payload).toEqual(CLAIM);
  });

  it('sends a claim lost with the connection after the next resume', async () => {
    const { relay, session } = setup();
    await connectAndResume(relay);
    session.identify(CLAIM);
    relay.drop();
    await tick();
    await connectAndResume(relay);
    expect(relay.take('visitor:identify').payload).toEqual(CLAIM);
  });

  it('reports a refusal to the host page and does not send the claim again', async () => {
    const { relay, session, host } = setup();
    await connectAndResume(relay);
    session.identify({ ...CLAIM, userHash: 'ab'.repeat(32) });
    const error = { code: 'identity_unverified', message: 'The identity could not be verified.' };
    relay.take('visitor:identify').answer({ ok: false, error });
    await tick();
    expect(host.refusals).toEqual([error]);
    relay.drop();
    await connectAndResume(relay);
    expect(relay.names()).toEqual([]);
  });
});
