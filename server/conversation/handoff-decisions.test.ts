import { describe, expect, it } from 'vitest';
import type { BotAnswer } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { decide, type DecisionContext } from './decide.js';
import { control, decisionContext, NOW } from './test-context.js';

const withBot = control();
const sure: BotAnswer = { messages: [{ text: 'Sure.', sources: [] }], isMiss: false, confidence: 0.9 };

function decided(current: ConversationControl, text: string, context = decisionContext()) {
  const decision = decide(current, { type: 'visitor_message', text }, context);
  if (!decision.ok) throw new Error(decision.error.code);
  return decision;
}

function botSays(current: ConversationControl, reply: BotAnswer, context: DecisionContext) {
  const decision = decide(current, { type: 'bot_reply', reply, computedAtVersion: current.version }, context);
  if (!decision.ok) throw new Error(decision.error.code);
  return decision;
}

describe('handoff rules: what the visitor writes', () => {
  const billing = decisionContext({
    topics: [{ name: 'billing', phrases: ['refund', 'cancel my account'] }],
  });

  it('hands a topic the site always gives to a person straight to the queue, naming it', () => {
    const decision = decided(withBot, 'I want a REFUND for order 42', billing);
    expect(decision.control.state).toBe('waiting');
    expect(decision.entries.at(-1)).toEqual({
      kind: 'handoff_requested',
      trigger: 'keyword',
      reason: 'The visitor mentioned “refund” (billing), which always goes to a person.',
    });
    expect(decision.asksBot).toBe(false);
  });

  it('matches a topic phrase as whole words only', () => {
    expect(decided(withBot, 'Please cancel my account.', billing).control.handoff?.trigger).toBe('keyword');
    expect(decided(withBot, 'Is the refundable deposit returned?', billing).control.state).toBe('bot');
  });

  it('honours the site’s own phrases for asking for a person', () => {
    const sales = decisionContext({ requestPhrases: ['speak to sales'] });
    expect(decided(withBot, 'Can I speak to sales?', sales).control.handoff?.trigger).toBe('visitor_phrase');
  });

  it('hands over on the second frustration signal, not the first', () => {
    const first = decided(withBot, 'This is useless.');
    expect(first.control).toMatchObject({ state: 'bot', frustrationSignals: 1 });
    const second = decided({ ...withBot, ...first.control }, 'Not helpful at all');
    expect(second.control.handoff).toEqual({
      trigger: 'frustration',
      reason: 'The visitor seems frustrated: “Not helpful at all”',
    });
  });

  it('counts the same question asked again, whatever its case and punctuation, as frustration', () => {
    const once = decided(control({ frustrationSignals: 1 }), 'Where is my order?');
    const again = decided({ ...withBot, ...once.control }, 'where is my ORDER');
    expect(again.control.handoff?.trigger).toBe('frustration');
    expect(again.control.handoff?.reason).toBe(
      'The visitor asked the same question again: “where is my ORDER”',
    );
  });

  it('does not count a different question as a repeat', () => {
    const once = decided(withBot, 'Where is my order?');
    expect(decided({ ...withBot, ...once.control }, 'How much is shipping?').control.frustrationSignals).toBe(
      0,
    );
  });

  it('applies no rule while the visitor waits or talks with an agent', () => {
    const waiting = control({ state: 'waiting', waitingSince: NOW - 1000 });
    expect(decided(waiting, 'refund now, this is useless', decisionContext()).entries).toEqual([
      { kind: 'visitor_message', text: 'refund now, this is useless' },
    ]);
  });
});

describe('handoff rules: what the bot answers', () => {
  it('hands over after the site’s number of misses in a row', () => {
    const threeMisses = decisionContext({ botMissesInARow: 3 });
    const miss: BotAnswer = { messages: [{ text: 'Hmm.', sources: [] }], isMiss: true };
    expect(botSays(control({ botMissStreak: 1 }), miss, threeMisses).control.state).toBe('bot');
    const third = botSays(control({ botMissStreak: 2 }), miss, threeMisses);
    expect(third.control.handoff).toEqual({
      trigger: 'bot_misses',
      reason: 'The assistant found no good answer 3 times in a row.',
    });
  });

  it('calls a handoff after answers below the site’s confidence low confidence, not misses', () => {
    const strict = decisionContext({ minConfidence: 0.95 });
    const decision = botSays(control({ botMissStreak: 1 }), sure, strict);
    expect(decision.control.handoff).toEqual({
      trigger: 'low_confidence',
      reason: 'The assistant was unsure of its answers twice in a row (confidence 0.90).',
    });
  });
});

describe('availability before promise', () => {
  const closed = decisionContext({}, { isAvailable: false, why: 'closed', opensAt: NOW + 3_600_000 });
  const nobody = decisionContext({}, { isAvailable: false, why: 'no_agents', opensAt: null });

  it('tells the visitor nobody can come, keeps the bot, and records the trigger', () => {
    const decision = decide(withBot, { type: 'request_handoff' }, closed);
    expect(decision).toMatchObject({
      ok: true,
      control: { state: 'bot', waitingSince: null, handoff: null },
    });
    if (!decision.ok) return;
    expect(decision.entries).toEqual([
      {
        kind: 'handoff_unavailable',
        trigger: 'visitor_button',
        reason: 'The visitor pressed “Talk to a person”.',
        why: 'closed',
        opensAt: NOW + 3_600_000,
      },
    ]);
  });

  it('lets the bot keep helping after a phrase asked for a person nobody can be', () => {
    const decision = decided(withBot, 'real person please', nobody);
    expect(decision.control.state).toBe('bot');
    expect(decision.entries.map((entry) => entry.kind)).toEqual(['visitor_message', 'handoff_unavailable']);
  });

  it('starts counting misses again once the visitor was told nobody can come', () => {
    const miss: BotAnswer = { messages: [{ text: 'Hmm.', sources: [] }], isMiss: true };
    const decision = botSays(control({ botMissStreak: 1 }), miss, nobody);
    expect(decision.entries.at(-1)).toMatchObject({ kind: 'handoff_unavailable', trigger: 'bot_misses' });
    expect(decision.control.botMissStreak).toBe(0);
  });
});
