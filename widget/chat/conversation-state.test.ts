import { describe, expect, it } from 'vitest';
import { applyEntryToConversation, isLive, mergeConversation } from './conversation-state.js';
import { botEntry, testEntry } from './test-entry.js';

const alice = { id: 'a1', name: 'Alice Martin' };

describe('applyEntryToConversation', () => {
  it('starts a bot conversation from its first entry', () => {
    expect(applyEntryToConversation(null, testEntry(1))).toEqual({
      id: 'c1',
      state: 'bot',
      agent: null,
      lastSeq: 1,
    });
  });

  it('follows the handoff from waiting to an agent and back to the bot', () => {
    let conversation = applyEntryToConversation(null, botEntry(1));
    conversation = applyEntryToConversation(
      conversation,
      testEntry(2, { kind: 'handoff_requested', trigger: 'visitor_button', reason: '' }),
    );
    expect(conversation.state).toBe('waiting');
    conversation = applyEntryToConversation(
      conversation,
      testEntry(3, { kind: 'agent_joined', agent: alice }),
    );
    expect(conversation).toMatchObject({ state: 'agent', agent: alice, lastSeq: 3 });
    conversation = applyEntryToConversation(
      conversation,
      testEntry(4, { kind: 'handed_back', agent: alice }),
    );
    expect(conversation).toMatchObject({ state: 'bot', agent: null });
    conversation = applyEntryToConversation(conversation, testEntry(5, { kind: 'resolved', agent: alice }));
    expect(isLive(conversation)).toBe(false);
  });

  it('follows what the relay does on its own: requeue, wait timeout, idle close', () => {
    const withAlice = { id: 'c1', state: 'agent' as const, agent: alice, lastSeq: 3 };
    const requeued = applyEntryToConversation(
      withAlice,
      testEntry(4, { kind: 'agent_left', agent: alice, reason: 'disconnected' }),
    );
    expect(requeued).toMatchObject({ state: 'waiting', agent: null });
    const backWithBot = applyEntryToConversation(
      requeued,
      testEntry(5, { kind: 'wait_timed_out', waitedMs: 600_000 }),
    );
    expect(backWithBot.state).toBe('bot');
    expect(
      applyEntryToConversation(backWithBot, testEntry(6, { kind: 'idle_closed', idleMs: 1_800_000 })).state,
    ).toBe('resolved');
  });

  it('hands the conversation to the agent a transfer names', () => {
    const withAlice = { id: 'c1', state: 'agent' as const, agent: alice, lastSeq: 3 };
    const bob = { id: 'a2', name: 'Bob' };
    expect(
      applyEntryToConversation(
        withAlice,
        testEntry(4, { kind: 'transferred', from: alice, to: bob, note: null }),
      ),
    ).toMatchObject({ state: 'agent', agent: bob, lastSeq: 4 });
  });

  it('stays with the bot when nobody is available, and leaves the queue for a message left', () => {
    const waiting = { id: 'c1', state: 'waiting' as const, agent: null, lastSeq: 3 };
    const left = testEntry(4, { kind: 'message_left', email: 'ann@example.com', text: 'Call me' });
    expect(applyEntryToConversation(waiting, left).state).toBe('bot');
    const unavailable = testEntry(1, {
      kind: 'handoff_unavailable',
      trigger: 'visitor_button',
      reason: '',
      why: 'closed',
      opensAt: null,
    });
    expect(applyEntryToConversation(null, unavailable).state).toBe('bot');
  });

  it('does not wait when an agent takes over without being asked', () => {
    const conversation = applyEntryToConversation(
      null,
      testEntry(1, { kind: 'handoff_requested', trigger: 'agent_takeover', reason: '' }),
    );
    expect(conversation.state).toBe('bot');
  });
});

describe('mergeConversation', () => {
  const current = { id: 'c1', state: 'agent' as const, agent: alice, lastSeq: 5 };

  it('takes the relay’s newer view', () => {
    const update = { id: 'c1', state: 'bot' as const, agent: null, lastSeq: 6 };
    expect(mergeConversation(current, update)).toBe(update);
  });

  it('ignores an update older than what the log already showed', () => {
    expect(mergeConversation(current, { id: 'c1', state: 'waiting', agent: null, lastSeq: 4 })).toBe(current);
  });

  it('keeps what it has when the relay sends no conversation', () => {
    expect(mergeConversation(current, null)).toBe(current);
  });
});

describe('isLive', () => {
  it('is live while a conversation exists and is not resolved', () => {
    expect(isLive(null)).toBe(false);
    expect(isLive({ id: 'c1', state: 'waiting', agent: null, lastSeq: 2 })).toBe(true);
  });
});
