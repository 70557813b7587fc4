import { describe, expect, it } from 'vitest';
import type { AgentRef, Entry, EntryBody } from '../../protocol/entries.js';
import { conversationEvents, type EventSource } from './conversation-events.js';

const AT = 1_700_000_000_000;
const alice: AgentRef = { id: 'agent-alice', name: 'Alice' };
const conversation: EventSource = {
  id: 'c1',
  siteId: 'shop',
  visitor: { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en' },
};

/** Entries committed from `seq` on, as the store returns them. */
function committed(firstSeq: number, bodies: EntryBody[]): Entry[] {
  return bodies.map(
    (body, index) =>
      ({ ...body, conversationId: 'c1', seq: firstSeq + index, at: AT + index, clientId: null }) as Entry,
  );
}

function typesOf(firstSeq: number, bodies: EntryBody[]) {
  return conversationEvents(conversation, committed(firstSeq, bodies)).map((event) => event.type);
}

describe('conversationEvents', () => {
  it('starts the conversation with its first entry, then reports the message', () => {
    const events = conversationEvents(conversation, committed(1, [{ kind: 'visitor_message', text: 'Hi' }]));
    expect(events).toEqual([
      {
        id: 'c1:1:conversation.started',
        type: 'conversation.started',
        siteId: 'shop',
        conversationId: 'c1',
        seq: 1,
        createdAt: AT,
        data: { visitor: conversation.visitor, isReopened: false },
      },
      {
        id: 'c1:1:message.created',
        type: 'message.created',
        siteId: 'shop',
        conversationId: 'c1',
        seq: 1,
        createdAt: AT,
        data: { author: 'visitor', text: 'Hi' },
      },
    ]);
  });

  it('does not start the conversation again on later entries', () => {
    expect(typesOf(2, [{ kind: 'visitor_message', text: 'Again' }])).toEqual(['message.created']);
  });

  it('starts a reopened conversation once, marked as reopened', () => {
    const events = conversationEvents(
      conversation,
      committed(7, [{ kind: 'reopened' }, { kind: 'visitor_message', text: 'Back' }]),
    );
    expect(events.map((event) => [event.type, event.seq])).toEqual([
      ['conversation.started', 7],
      ['message.created', 8],
    ]);
    expect(events[0]?.data).toMatchObject({ isReopened: true });
  });

  it('reports a handoff, the agent who joins, and what each side says', () => {
    const events = conversationEvents(
      conversation,
      committed(3, [
        { kind: 'handoff_requested', trigger: 'visitor_button', reason: 'Pressed the button.' },
        { kind: 'agent_joined', agent: alice },
        { kind: 'agent_message', text: 'Hello', agent: alice },
        { kind: 'bot_message', text: 'Answer', sources: [{ title: 'Returns', url: null }], isMiss: false },
      ]),
    );
    expect(events.map((event) => [event.type, event.data])).toEqual([
      ['handoff.requested', { trigger: 'visitor_button', reason: 'Pressed the button.' }],
      ['agent.assigned', { agent: alice }],
      ['message.created', { author: 'agent', text: 'Hello', agent: alice }],
      [
        'message.created',
        { author: 'bot', text: 'Answer', sources: [{ title: 'Returns', url: null }], isMiss: false },
      ],
    ]);
  });

  it('reports the receiving agent of a transfer as assigned, without the note', () => {
    const bob = { id: 'agent-bob', name: 'Bob' };
    const events = conversationEvents(
      conversation,
      committed(6, [{ kind: 'transferred', from: alice, to: bob, note: 'VIP customer' }]),
    );
    expect(events.map((event) => [event.type, event.data])).toEqual([['agent.assigned', { agent: bob }]]);
  });

  it('reports resolution by an agent and closing after silence as resolved', () => {
    const events = conversationEvents(
      conversation,
      committed(5, [
        { kind: 'resolved', agent: alice },
        { kind: 'idle_closed', idleMs: 1000 },
      ]),
    );
    expect(events.map((event) => [event.type, event.data])).toEqual([
      ['conversation.resolved', { resolvedBy: alice, reason: 'agent' }],
      ['conversation.resolved', { resolvedBy: null, reason: 'idle' }],
    ]);
  });

  it('reports nothing for hand-backs, agents leaving, wait timeouts and notes', () => {
    expect(
      typesOf(4, [
        { kind: 'handed_back', agent: alice },
        { kind: 'agent_left', agent: alice, reason: 'disconnected' },
        { kind: 'wait_timed_out', waitedMs: 1000 },
        { kind: 'note_added', agent: alice, text: 'Private' },
      ]),
    ).toEqual([]);
  });
});
