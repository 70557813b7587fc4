import { describe, expect, it } from 'vitest';
import { groupInbox, indexConversations, tabOf, upsertConversations } from './inbox.js';
import { ALICE, BOB, summary } from './test-fixtures.js';

describe('tabOf', () => {
  it('lists a conversation owned by me under mine and one owned by a colleague under others', () => {
    expect(tabOf(summary({ id: 'a', state: 'agent', agent: ALICE }), ALICE.id)).toBe('mine');
    expect(tabOf(summary({ id: 'b', state: 'agent', agent: BOB }), ALICE.id)).toBe('others');
  });

  it('lists waiting, bot and resolved conversations by their state', () => {
    expect(tabOf(summary({ id: 'a', state: 'waiting' }), ALICE.id)).toBe('waiting');
    expect(tabOf(summary({ id: 'b', state: 'bot' }), ALICE.id)).toBe('bot');
    expect(tabOf(summary({ id: 'c', state: 'resolved' }), ALICE.id)).toBe('resolved');
  });
});

describe('groupInbox', () => {
  it('sorts waiting conversations oldest wait first', () => {
    const groups = groupInbox(
      [
        summary({ id: 'late', state: 'waiting', waitingSince: 3_000, updatedAt: 9_000 }),
        summary({ id: 'early', state: 'waiting', waitingSince: 1_000, updatedAt: 9_500 }),
        summary({ id: 'middle', state: 'waiting', waitingSince: 2_000, updatedAt: 1_000 }),
      ],
      ALICE.id,
    );
    expect(groups.waiting.map((c) => c.id)).toEqual(['early', 'middle', 'late']);
  });

  it('sorts the other tabs newest activity first', () => {
    const groups = groupInbox(
      [
        summary({ id: 'old', state: 'bot', updatedAt: 1_000 }),
        summary({ id: 'new', state: 'bot', updatedAt: 5_000 }),
        summary({ id: 'mine-old', state: 'agent', agent: ALICE, updatedAt: 1_000 }),
        summary({ id: 'mine-new', state: 'agent', agent: ALICE, updatedAt: 2_000 }),
      ],
      ALICE.id,
    );
    expect(groups.bot.map((c) => c.id)).toEqual(['new', 'old']);
    expect(groups.mine.map((c) => c.id)).toEqual(['mine-new', 'mine-old']);
  });

  it('puts requeued visitors first, then the longest wait first', () => {
    const groups = groupInbox(
      [
        summary({ id: 'early', state: 'waiting', waitingSince: 1_000 }),
        summary({ id: 'requeued-late', state: 'waiting', waitingSince: 5_000, isRequeued: true }),
        summary({ id: 'requeued-early', state: 'waiting', waitingSince: 4_000, isRequeued: true }),
        summary({ id: 'late', state: 'waiting', waitingSince: 2_000 }),
      ],
      null,
    );
    expect(groups.waiting.map((c) => c.id)).toEqual(['requeued-early', 'requeued-late', 'early', 'late']);
  });

  it('lists unanswered messages left by visitors, oldest first, until the conversation is resolved', () => {
    const groups = groupInbox(
      [
        summary({ id: 'new-lead', lead: { email: 'n@example.com', at: 9 } }),
        summary({ id: 'old-lead', state: 'waiting', lead: { email: 'o@example.com', at: 1 } }),
        summary({ id: 'answered', state: 'resolved', lead: { email: 'a@example.com', at: 5 } }),
        summary({ id: 'no-lead' }),
      ],
      null,
    );
    expect(groups.messages.map((c) => c.id)).toEqual(['old-lead', 'new-lead']);
    expect(groups.resolved.map((c) => c.id)).toEqual(['answered']);
  });

  it('puts every conversation in exactly one tab of who answers it', () => {
    const groups = groupInbox(
      [
        summary({ id: 'w', state: 'waiting', waitingSince: 1 }),
        summary({ id: 'b', state: 'bot' }),
        summary({ id: 'm', state: 'agent', agent: ALICE }),
        summary({ id: 'o', state: 'agent', agent: BOB }),
        summary({ id: 'r', state: 'resolved' }),
      ],
      ALICE.id,
    );
    expect(
      Object.fromEntries(Object.entries(groups).map(([tab, list]) => [tab, list.map((c) => c.id)])),
    ).toEqual({
      waiting: ['w'],
      bot: ['b'],
      mine: ['m'],
      others: ['o'],
      resolved: ['r'],
      messages: [],
    });
  });

  it('breaks ties by id so the order is stable', () => {
    const groups = groupInbox([summary({ id: 'b', updatedAt: 1 }), summary({ id: 'a', updatedAt: 1 })], null);
    expect(groups.bot.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('upsertConversations', () => {
  it('adds new conversations and replaces changed ones, in one change', () => {
    const inbox = indexConversations([summary({ id: 'a', lastSeq: 2 })]);
    const changed = upsertConversations(inbox, [
      summary({ id: 'b' }),
      summary({ id: 'a', lastSeq: 3, state: 'waiting' }),
    ]);
    expect(Object.keys(changed).toSorted()).toEqual(['a', 'b']);
    expect(changed['a']?.state).toBe('waiting');
    expect(inbox['a']?.state).toBe('bot');
  });

  it('ignores a summary older than the one it holds, and keeps the inbox when nothing is newer', () => {
    const inbox = indexConversations([summary({ id: 'a', lastSeq: 5, state: 'agent', agent: BOB })]);
    expect(upsertConversations(inbox, [summary({ id: 'a', lastSeq: 4, state: 'waiting' })])).toBe(inbox);
    const withB = upsertConversations(inbox, [
      summary({ id: 'a', lastSeq: 4, state: 'waiting' }),
      summary({ id: 'b' }),
    ]);
    expect(withB['a']?.state).toBe('agent');
    expect(withB['b']).toBeDefined();
  });

  it('moves a conversation between tabs as its state changes', () => {
    let inbox = indexConversations([summary({ id: 'a', state: 'waiting', waitingSince: 1, lastSeq: 3 })]);
    inbox = upsertConversations(inbox, [summary({ id: 'a', state: 'agent', agent: BOB, lastSeq: 4 })]);
    const groups = groupInbox(Object.values(inbox), ALICE.id);
    expect(groups.waiting).toEqual([]);
    expect(groups.others.map((c) => c.id)).toEqual(['a']);
  });
});
