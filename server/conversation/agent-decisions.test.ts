import { describe, expect, it } from 'vitest';
import type { Command } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { decide } from './decide.js';
import { alice, bob, control, decisionContext, NOW } from './test-context.js';

const waiting = control({ state: 'waiting', waitingSince: NOW - 90_000, ownerVersion: 3 });
const withAlice = control({ state: 'agent', agent: alice, ownerVersion: 3 });

function accepted(current: ConversationControl, command: Command) {
  const decision = decide(current, command, decisionContext());
  if (!decision.ok) throw new Error(`expected acceptance, got ${decision.error.code}`);
  return decision;
}

function refusedWith(current: ConversationControl, command: Command) {
  const decision = decide(current, command, decisionContext());
  return decision.ok ? null : decision.error.code;
}

describe('routing assignment', () => {
  it('gives the waiting visitor to the agent routing chose, saying how long they waited', () => {
    const decision = accepted(waiting, { type: 'assign', agent: bob, waitingSince: NOW - 90_000 });
    expect(decision.entries).toEqual([
      { kind: 'agent_joined', agent: bob, waitedMs: 90_000, isAssigned: true },
    ]);
    expect(decision.control).toMatchObject({ state: 'agent', agent: bob, waitingSince: null });
  });

  it('changes nothing when an agent claimed the conversation since routing chose', () => {
    expect(refusedWith(withAlice, { type: 'assign', agent: bob, waitingSince: NOW - 90_000 })).toBe(
      'invalid_transition',
    );
  });

  it('changes nothing for an earlier wait of the same conversation', () => {
    expect(refusedWith(waiting, { type: 'assign', agent: bob, waitingSince: NOW - 500_000 })).toBe(
      'invalid_transition',
    );
  });
});

describe('transfer', () => {
  it('makes the receiving agent the owner at once, with the note for agents', () => {
    const decision = accepted(withAlice, { type: 'transfer', from: alice, to: bob, note: 'Wants a refund.' });
    expect(decision.entries).toEqual([
      { kind: 'transferred', from: alice, to: bob, note: 'Wants a refund.' },
    ]);
    expect(decision.control).toMatchObject({
      state: 'agent',
      agent: bob,
      ownerVersion: withAlice.version + 1,
    });
  });

  it('is for the owner only, and not to themselves', () => {
    expect(refusedWith(withAlice, { type: 'transfer', from: bob, to: alice, note: null })).toBe('not_owner');
    expect(refusedWith(waiting, { type: 'transfer', from: alice, to: bob, note: null })).toBe('not_owner');
    expect(refusedWith(withAlice, { type: 'transfer', from: alice, to: alice, note: null })).toBe(
      'invalid_transition',
    );
  });
});

describe('private notes', () => {
  it('lets any agent add one in any state without changing the owner', () => {
    for (const current of [control(), waiting, withAlice, control({ state: 'resolved' })]) {
      const decision = accepted(current, { type: 'add_note', agent: bob, text: 'Called them.' });
      expect(decision.entries).toEqual([{ kind: 'note_added', agent: bob, text: 'Called them.' }]);
      expect(decision.control).toMatchObject({ state: current.state, ownerVersion: current.ownerVersion });
    }
  });
});

describe('hand back and resolve', () => {
  it('has the assistant say it is back, naming the agent', () => {
    const [handedBack, said] = accepted(withAlice, { type: 'hand_back', agent: alice }).entries;
    expect(handedBack).toEqual({ kind: 'handed_back', agent: alice });
    expect(said).toMatchObject({ kind: 'bot_message', isMiss: false, sources: [] });
    expect(said?.kind === 'bot_message' && said.text).toContain('Alice handed this conversation back to me');
  });

  it('opens the resolved conversation to the visitor’s rating', () => {
    expect(accepted(withAlice, { type: 'resolve', agent: alice }).control.isRatingOpen).toBe(true);
  });
});
