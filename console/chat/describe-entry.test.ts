import { describe, expect, it } from 'vitest';
import {
  describeHandoffTrigger,
  describeQuickReplies,
  describeSystemEntry,
  isSystemEntry,
} from './describe-entry.js';
import { ALICE, BOB, visitorEntry } from './test-fixtures.js';

describe('describeHandoffTrigger', () => {
  it('names each way a visitor reaches a person', () => {
    expect(describeHandoffTrigger('visitor_button')).toBe('visitor pressed Talk to a person');
    expect(describeHandoffTrigger('visitor_phrase')).toBe('visitor asked for a person');
    expect(describeHandoffTrigger('bot_misses')).toBe('the assistant found no answer twice in a row');
    expect(describeHandoffTrigger('agent_takeover')).toBe('an agent took over from the assistant');
    expect(describeHandoffTrigger('bot_request')).toBe('the assistant asked for a person');
    expect(describeHandoffTrigger('low_confidence')).toBe(
      'the assistant was unsure of its answers several times in a row',
    );
    expect(describeHandoffTrigger('keyword')).toBe('the visitor raised a topic that always goes to a person');
    expect(describeHandoffTrigger('frustration')).toBe('the visitor seemed frustrated with the assistant');
  });
});

describe('describeQuickReplies', () => {
  it('lists the labels the bot offered, not the payloads the bot receives', () => {
    expect(
      describeQuickReplies([
        { title: 'Yes', payload: '/affirm' },
        { title: 'No thanks', payload: '/deny' },
      ]),
    ).toBe('Offered: Yes · No thanks');
  });

  it('says nothing when none were offered', () => {
    expect(describeQuickReplies([])).toBeNull();
    expect(describeQuickReplies()).toBeNull();
  });
});

describe('describeSystemEntry', () => {
  it('leads a handoff with its trigger and keeps the reason as detail', () => {
    expect(
      describeSystemEntry({
        kind: 'handoff_requested',
        trigger: 'visitor_button',
        reason: 'Wants a refund.',
      }),
    ).toEqual({
      text: 'Handoff requested: visitor pressed Talk to a person',
      detail: 'Reason: Wants a refund.',
      isProminent: true,
    });
  });

  it('names the agent who joined, handed back or resolved', () => {
    expect(describeSystemEntry({ kind: 'agent_joined', agent: BOB }).text).toBe(
      'Bob joined the conversation',
    );
    expect(describeSystemEntry({ kind: 'handed_back', agent: BOB }).text).toBe(
      'Bob handed the conversation back to the assistant',
    );
    expect(describeSystemEntry({ kind: 'resolved', agent: BOB }).text).toBe('Bob resolved the conversation');
  });

  it('calls the signed-in agent you', () => {
    expect(describeSystemEntry({ kind: 'agent_joined', agent: ALICE }, ALICE.id).text).toBe(
      'You joined the conversation',
    );
  });

  it('says when the visitor reopened a resolved conversation', () => {
    expect(describeSystemEntry({ kind: 'reopened' })).toEqual({
      text: 'The visitor wrote again: the conversation reopened with the assistant',
      detail: null,
      isProminent: false,
    });
  });
});

describe('describeSystemEntry: what the relay does on its own', () => {
  it('flags an agent who left by disconnecting, and says the visitor is queued again', () => {
    expect(describeSystemEntry({ kind: 'agent_left', agent: BOB, reason: 'disconnected' })).toEqual({
      text: 'Bob left: disconnected past the grace period',
      detail: 'The conversation went back to the waiting queue.',
      isProminent: true,
    });
  });

  it('gives the wait and the quiet spell in seconds or minutes', () => {
    expect(describeSystemEntry({ kind: 'wait_timed_out', waitedMs: 600_000 }).text).toBe(
      'Nobody took the conversation within 10 minutes: it went back to the assistant',
    );
    expect(describeSystemEntry({ kind: 'idle_closed', idleMs: 60_000 }).text).toBe(
      'Closed after 1 minute without activity',
    );
    expect(describeSystemEntry({ kind: 'wait_timed_out', waitedMs: 8_400 }).text).toBe(
      'Nobody took the conversation within 8 seconds: it went back to the assistant',
    );
  });
});

describe('describeSystemEntry: the handoff workflow', () => {
  it('says how long the visitor waited and whether routing assigned the agent', () => {
    expect(describeSystemEntry({ kind: 'agent_joined', agent: BOB, waitedMs: 90_000 }).text).toBe(
      'Bob joined the conversation after the visitor waited 2 minutes',
    );
    expect(
      describeSystemEntry({ kind: 'agent_joined', agent: ALICE, waitedMs: 5_000, isAssigned: true }, ALICE.id)
        .text,
    ).toBe('You were assigned the conversation after the visitor waited 5 seconds');
  });

  it('says why nobody could take the conversation, with the handoff’s reason', () => {
    expect(
      describeSystemEntry({
        kind: 'handoff_unavailable',
        trigger: 'keyword',
        reason: 'Mentioned a refund.',
        why: 'closed',
        opensAt: null,
      }),
    ).toEqual({
      text: 'Nobody could take the conversation: outside business hours',
      detail:
        'Asked for because the visitor raised a topic that always goes to a person. Reason: Mentioned a refund. The visitor was offered to leave a message.',
      isProminent: true,
    });
  });

  it('tells a re-offer to agents from an offer to leave a message', () => {
    expect(describeSystemEntry({ kind: 'wait_escalated', stage: 'reoffered', waitedMs: 120_000 }).text).toBe(
      'Nobody accepted within 2 minutes: offered to agents again',
    );
    expect(
      describeSystemEntry({ kind: 'wait_escalated', stage: 'message_offered', waitedMs: 300_000 }).text,
    ).toBe('Nobody accepted within 5 minutes: the visitor was offered to leave a message');
  });

  it('names both agents of a transfer and keeps its note, prominent for the receiver', () => {
    expect(describeSystemEntry({ kind: 'transferred', from: ALICE, to: BOB, note: 'VIP' }, BOB.id)).toEqual({
      text: 'Alice transferred the conversation to you',
      detail: 'Note: VIP',
      isProminent: true,
    });
    expect(describeSystemEntry({ kind: 'transferred', from: ALICE, to: BOB, note: null }).detail).toBeNull();
  });
});

describe('isSystemEntry', () => {
  it('tells system lines from messages', () => {
    expect(isSystemEntry(visitorEntry(1))).toBe(false);
    const base = { conversationId: 'c1', seq: 2, at: 0, clientId: null };
    expect(isSystemEntry({ ...base, kind: 'note_added', agent: ALICE, text: 'x' })).toBe(false);
    expect(isSystemEntry({ ...base, kind: 'message_left', email: 'a@b.example', text: 'x' })).toBe(false);
    expect(isSystemEntry({ ...base, kind: 'rated', score: 5, comment: null })).toBe(false);
    expect(isSystemEntry({ kind: 'reopened', conversationId: 'c1', seq: 2, at: 0, clientId: null })).toBe(
      true,
    );
  });
});
