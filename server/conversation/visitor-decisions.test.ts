import { describe, expect, it } from 'vitest';
import type { Command } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { decide } from './decide.js';
import { alice, control, decisionContext, NOW } from './test-context.js';

const resolvedToRate = control({ state: 'resolved', isRatingOpen: true });
const leave: Command = { type: 'leave_message', email: 'ana@example.com', text: 'Call me back.' };

function decided(current: ConversationControl, command: Command) {
  return decide(current, command, decisionContext());
}

describe('leaving a message', () => {
  it('records the lead and ends a wait, leaving the assistant to help meanwhile', () => {
    const decision = decided(control({ state: 'waiting', waitingSince: NOW - 1000 }), leave);
    expect(decision).toMatchObject({
      ok: true,
      entries: [{ kind: 'message_left', email: 'ana@example.com', text: 'Call me back.' }],
      control: { state: 'bot', waitingSince: null },
    });
  });

  it('reopens a resolved conversation first', () => {
    const decision = decided(control({ state: 'resolved' }), leave);
    expect(decision.ok && decision.entries.map((entry) => entry.kind)).toEqual(['reopened', 'message_left']);
  });

  it('is refused while an agent is in the conversation', () => {
    expect(decided(control({ state: 'agent', agent: alice }), leave)).toMatchObject({
      ok: false,
      error: { code: 'already_with_agent' },
    });
  });
});

describe('rating', () => {
  const rate: Command = { type: 'rate', score: 4, comment: 'Quick and kind.' };

  it('records the score and comment once the conversation is resolved, and only once', () => {
    const decision = decided(resolvedToRate, rate);
    expect(decision).toMatchObject({
      ok: true,
      entries: [{ kind: 'rated', score: 4, comment: 'Quick and kind.' }],
      control: { state: 'resolved', isRatingOpen: false },
    });
    expect(decided({ ...resolvedToRate, isRatingOpen: false }, rate)).toMatchObject({
      ok: false,
      error: { code: 'already_rated' },
    });
  });

  it('is refused before the conversation is resolved', () => {
    expect(decided(control(), rate)).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
  });

  it('closes when the visitor writes again', () => {
    const decision = decided(resolvedToRate, { type: 'visitor_message', text: 'One more thing' });
    expect(decision.ok && decision.control.isRatingOpen).toBe(false);
  });
});
