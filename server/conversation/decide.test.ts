import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../protocol/conversation.js';
import type { ErrorCode } from '../../protocol/errors.js';
import type { EntryKind } from '../../protocol/entries.js';
import type { BotAnswer, Command } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { decide } from './decide.js';
import { DEFAULT_HANDOFF_RULES } from './handoff-rules.js';
import { alice, bob, control, decisionContext, NOW } from './test-context.js';

const context = decisionContext();
const MIN_BOT_CONFIDENCE = DEFAULT_HANDOFF_RULES.minConfidence;
const answer: BotAnswer = {
  messages: [{ text: 'Returns are free within 30 days.', sources: [{ title: 'Returns', url: null }] }],
  isMiss: false,
};
const miss: BotAnswer = { messages: [{ text: 'I am not sure.', sources: [] }], isMiss: true };

const withBot = control();
const waiting = control({ state: 'waiting', waitingSince: NOW - 60_000, ownerVersion: 3 });
const withAlice = control({ state: 'agent', agent: alice, ownerVersion: 3 });
const resolved = control({ state: 'resolved', ownerVersion: 3 });
const byState: Record<ConversationState, ConversationControl> = {
  bot: withBot,
  waiting,
  agent: withAlice,
  resolved,
};

function accepted(current: ConversationControl, command: Command) {
  const decision = decide(current, command, context);
  if (!decision.ok) throw new Error(`expected acceptance, got ${decision.error.code}`);
  return decision;
}

describe('decide: accepted transitions', () => {
  it.each<[ConversationState, Command, ConversationState, EntryKind[]]>([
    ['bot', { type: 'visitor_message', text: 'Where is my order?' }, 'bot', ['visitor_message']],
    [
      'bot',
      { type: 'visitor_message', text: 'Can I talk to a human?' },
      'waiting',
      ['visitor_message', 'handoff_requested'],
    ],
    ['bot', { type: 'request_handoff' }, 'waiting', ['handoff_requested']],
    ['bot', { type: 'bot_reply', reply: answer, computedAtVersion: 4 }, 'bot', ['bot_message']],
    ['bot', { type: 'claim', agent: alice }, 'agent', ['handoff_requested', 'agent_joined']],
    ['bot', { type: 'resolve', agent: alice }, 'resolved', ['resolved']],
    ['waiting', { type: 'visitor_message', text: 'Hello? Anyone?' }, 'waiting', ['visitor_message']],
    ['waiting', { type: 'visitor_message', text: 'human please' }, 'waiting', ['visitor_message']],
    ['waiting', { type: 'claim', agent: alice }, 'agent', ['agent_joined']],
    ['waiting', { type: 'resolve', agent: bob }, 'resolved', ['resolved']],
    ['agent', { type: 'visitor_message', text: 'Thanks, that helps' }, 'agent', ['visitor_message']],
    ['agent', { type: 'agent_message', agent: alice, text: 'Happy to help' }, 'agent', ['agent_message']],
    ['agent', { type: 'hand_back', agent: alice }, 'bot', ['handed_back', 'bot_message']],
    ['agent', { type: 'resolve', agent: alice }, 'resolved', ['resolved']],
    ['resolved', { type: 'visitor_message', text: 'One more thing' }, 'bot', ['reopened', 'visitor_message']],
    [
      'resolved',
      { type: 'visitor_message', text: 'real person please' },
      'waiting',
      ['reopened', 'visitor_message', 'handoff_requested'],
    ],
    ['resolved', { type: 'request_handoff' }, 'waiting', ['reopened', 'handoff_requested']],
    ['agent', { type: 'release_agent', agent: alice, ownerVersion: 3 }, 'waiting', ['agent_left']],
    ['waiting', { type: 'time_out_wait', waitingSince: NOW - 60_000 }, 'bot', ['wait_timed_out']],
    ['bot', { type: 'close_idle', version: 4, idleSince: NOW - 60_000 }, 'resolved', ['idle_closed']],
    ['waiting', { type: 'close_idle', version: 4, idleSince: NOW - 60_000 }, 'resolved', ['idle_closed']],
    ['agent', { type: 'close_idle', version: 4, idleSince: NOW - 60_000 }, 'resolved', ['idle_closed']],
  ])('from %s, %o leads to %s appending %o', (from, command, to, expectedKinds) => {
    const decision = accepted(byState[from], command);
    expect(decision.control.state).toBe(to);
    expect(decision.entries.map((entry) => entry.kind)).toEqual(expectedKinds);
  });
});

describe('decide: refused commands', () => {
  it.each<[ConversationState, Command, ErrorCode]>([
    ['bot', { type: 'agent_message', agent: alice, text: 'Hi' }, 'not_owner'],
    ['bot', { type: 'hand_back', agent: alice }, 'not_owner'],
    ['waiting', { type: 'request_handoff' }, 'already_waiting'],
    ['waiting', { type: 'bot_reply', reply: answer, computedAtVersion: 4 }, 'not_owner'],
    ['waiting', { type: 'agent_message', agent: alice, text: 'Hi' }, 'not_owner'],
    ['waiting', { type: 'hand_back', agent: alice }, 'not_owner'],
    ['agent', { type: 'request_handoff' }, 'already_with_agent'],
    ['agent', { type: 'bot_reply', reply: answer, computedAtVersion: 4 }, 'not_owner'],
    ['agent', { type: 'claim', agent: bob }, 'conversation_taken'],
    ['agent', { type: 'claim', agent: alice }, 'invalid_transition'],
    ['agent', { type: 'agent_message', agent: bob, text: 'Hi' }, 'not_owner'],
    ['agent', { type: 'hand_back', agent: bob }, 'not_owner'],
    ['agent', { type: 'resolve', agent: bob }, 'not_owner'],
    ['resolved', { type: 'bot_reply', reply: answer, computedAtVersion: 4 }, 'not_owner'],
    ['resolved', { type: 'claim', agent: alice }, 'conversation_resolved'],
    ['resolved', { type: 'agent_message', agent: alice, text: 'Hi' }, 'conversation_resolved'],
    ['resolved', { type: 'hand_back', agent: alice }, 'conversation_resolved'],
    ['resolved', { type: 'resolve', agent: alice }, 'conversation_resolved'],
    ['bot', { type: 'release_agent', agent: alice, ownerVersion: 1 }, 'invalid_transition'],
    ['agent', { type: 'release_agent', agent: bob, ownerVersion: 3 }, 'invalid_transition'],
    ['waiting', { type: 'time_out_wait', waitingSince: NOW - 60_000 + 1 }, 'invalid_transition'],
    ['agent', { type: 'time_out_wait', waitingSince: NOW - 60_000 }, 'invalid_transition'],
    ['resolved', { type: 'close_idle', version: 4, idleSince: NOW - 60_000 }, 'conversation_resolved'],
  ])('from %s, refuses %o with %s', (from, command, code) => {
    const decision = decide(byState[from], command, context);
    expect(decision).toMatchObject({ ok: false, error: { code } });
  });
});

describe('decide: ownership bookkeeping', () => {
  it('drops a bot reply computed before the conversation last changed owner', () => {
    const handedBack = control({ state: 'bot', ownerVersion: 7, version: 8 });
    const decision = decide(handedBack, { type: 'bot_reply', reply: answer, computedAtVersion: 6 }, context);
    expect(decision).toMatchObject({ ok: false, error: { code: 'not_owner' } });
  });

  it('keeps a bot reply when only more visitor messages arrived since it was computed', () => {
    const decision = accepted(control({ ownerVersion: 1, version: 9 }), {
      type: 'bot_reply',
      reply: answer,
      computedAtVersion: 5,
    });
    expect(decision.control.ownerVersion).toBe(1);
  });

  it('marks each change of owner with the version its commit will get', () => {
    expect(accepted(withBot, { type: 'claim', agent: alice }).control.ownerVersion).toBe(withBot.version + 1);
    expect(
      accepted(withAlice, { type: 'agent_message', agent: alice, text: 'Hi' }).control.ownerVersion,
    ).toBe(withAlice.ownerVersion);
  });

  it('asks the bot only for visitor messages the bot owns', () => {
    expect(accepted(withBot, { type: 'visitor_message', text: 'Shipping costs?' }).asksBot).toBe(true);
    expect(accepted(resolved, { type: 'visitor_message', text: 'Shipping costs?' }).asksBot).toBe(true);
    expect(accepted(withBot, { type: 'visitor_message', text: 'agent please' }).asksBot).toBe(false);
    expect(accepted(waiting, { type: 'visitor_message', text: 'Shipping costs?' }).asksBot).toBe(false);
    expect(accepted(withAlice, { type: 'visitor_message', text: 'Shipping costs?' }).asksBot).toBe(false);
  });

  it('starts the wait clock at the handoff and keeps it while the visitor waits', () => {
    expect(accepted(withBot, { type: 'request_handoff' }).control.waitingSince).toBe(NOW);
    expect(accepted(waiting, { type: 'visitor_message', text: 'Hello?' }).control.waitingSince).toBe(
      waiting.waitingSince,
    );
    expect(accepted(waiting, { type: 'claim', agent: alice }).control.waitingSince).toBeNull();
  });

  it('records the trigger and reason of each handoff', () => {
    expect(accepted(withBot, { type: 'request_handoff' }).control.handoff).toEqual({
      trigger: 'visitor_button',
      reason: 'The visitor pressed “Talk to a person”.',
    });
    expect(accepted(withBot, { type: 'claim', agent: alice }).control.handoff?.trigger).toBe(
      'agent_takeover',
    );
    expect(accepted(withBot, { type: 'visitor_message', text: 'human' }).control.handoff?.trigger).toBe(
      'visitor_phrase',
    );
  });

  it('names the agent who joins and who hands back', () => {
    const joined = accepted(waiting, { type: 'claim', agent: alice }).entries;
    expect(joined).toEqual([{ kind: 'agent_joined', agent: alice, waitedMs: 60_000 }]);
    expect(accepted(withAlice, { type: 'hand_back', agent: alice }).control).toMatchObject({
      state: 'bot',
      agent: null,
    });
  });
});

describe('decide: stored deadlines', () => {
  it('puts a disconnected agent’s visitor back in the queue, not with the bot', () => {
    const decision = accepted(withAlice, { type: 'release_agent', agent: alice, ownerVersion: 3 });
    expect(decision.control).toMatchObject({ state: 'waiting', agent: null, waitingSince: NOW });
    expect(decision.entries).toEqual([{ kind: 'agent_left', agent: alice, reason: 'disconnected' }]);
  });

  it('keeps the conversation with an agent who reconnected and took it again since the sweep', () => {
    const retaken = control({ state: 'agent', agent: alice, ownerVersion: 9, version: 9 });
    const decision = decide(retaken, { type: 'release_agent', agent: alice, ownerVersion: 3 }, context);
    expect(decision).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
  });

  it('records how long the visitor waited when the wait times out', () => {
    const decision = accepted(waiting, { type: 'time_out_wait', waitingSince: NOW - 60_000 });
    expect(decision.entries).toEqual([{ kind: 'wait_timed_out', waitedMs: 60_000 }]);
    expect(decision.control.waitingSince).toBeNull();
  });

  it('leaves open a conversation that was active after it was found idle', () => {
    const decision = decide(withBot, { type: 'close_idle', version: 3, idleSince: NOW - 60_000 }, context);
    expect(decision).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
  });
});

describe('decide: bot misses', () => {
  it('hands the visitor to a person after two misses in a row', () => {
    const first = accepted(withBot, { type: 'bot_reply', reply: miss, computedAtVersion: 4 });
    expect(first.control).toMatchObject({ state: 'bot', botMissStreak: 1 });
    const second = accepted(
      { ...withBot, ...first.control, version: 6 },
      { type: 'bot_reply', reply: miss, computedAtVersion: 6 },
    );
    expect(second.control).toMatchObject({
      state: 'waiting',
      botMissStreak: 0,
      handoff: { trigger: 'bot_misses' },
    });
    expect(second.entries.map((entry) => entry.kind)).toEqual(['bot_message', 'handoff_requested']);
  });

  it('forgets a miss once the bot finds an answer', () => {
    const afterMiss = control({ botMissStreak: 1 });
    expect(
      accepted(afterMiss, { type: 'bot_reply', reply: answer, computedAtVersion: 4 }).control.botMissStreak,
    ).toBe(0);
  });

  it('starts counting misses again after an agent hands back', () => {
    const decision = accepted(control({ state: 'agent', agent: alice, botMissStreak: 1 }), {
      type: 'hand_back',
      agent: alice,
    });
    expect(decision.control.botMissStreak).toBe(0);
  });
});

describe('decide: what the bot says', () => {
  const reply = (overrides: Partial<BotAnswer>) => ({
    type: 'bot_reply' as const,
    reply: { ...answer, ...overrides },
    computedAtVersion: 4,
  });

  it('appends one bot message per message, in order', () => {
    const decision = accepted(
      withBot,
      reply({
        messages: [
          { text: 'Hi!', sources: [] },
          { text: 'How can I help?', sources: [] },
        ],
      }),
    );
    expect(decision.entries).toEqual([
      { kind: 'bot_message', text: 'Hi!', sources: [], isMiss: false },
      { kind: 'bot_message', text: 'How can I help?', sources: [], isMiss: false },
    ]);
  });

  it('offers the quick replies after the last message, and keeps the confidence on each', () => {
    const quickReplies = [
      { title: 'Yes', payload: '/affirm' },
      { title: 'No', payload: '/deny' },
    ];
    const decision = accepted(
      withBot,
      reply({
        messages: [
          { text: 'Found it.', sources: [] },
          { text: 'Track it?', sources: [] },
        ],
        confidence: 0.9,
        quickReplies,
      }),
    );
    expect(decision.entries).toEqual([
      { kind: 'bot_message', text: 'Found it.', sources: [], isMiss: false, confidence: 0.9 },
      { kind: 'bot_message', text: 'Track it?', sources: [], isMiss: false, confidence: 0.9, quickReplies },
    ]);
  });

  it('hands the visitor to a person when the bot asks, with the bot’s reason, after what it said', () => {
    const decision = accepted(
      withBot,
      reply({ handoff: { reason: 'The visitor wants a refund over £500.' } }),
    );
    expect(decision.entries).toEqual([
      {
        kind: 'bot_message',
        text: 'Returns are free within 30 days.',
        sources: [{ title: 'Returns', url: null }],
        isMiss: false,
      },
      { kind: 'handoff_requested', trigger: 'bot_request', reason: 'The visitor wants a refund over £500.' },
    ]);
    expect(decision.control).toMatchObject({
      state: 'waiting',
      waitingSince: NOW,
      handoff: { trigger: 'bot_request', reason: 'The visitor wants a refund over £500.' },
    });
  });

  it('hands over without a message when the bot only asks for a person', () => {
    const decision = accepted(withBot, reply({ messages: [], handoff: { reason: 'Angry customer.' } }));
    expect(decision.entries.map((entry) => entry.kind)).toEqual(['handoff_requested']);
    expect(decision.control.state).toBe('waiting');
  });

  it('refuses a reply that says nothing and asks for no one', () => {
    expect(decide(withBot, reply({ messages: [] }), context)).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
  });

  it('drops a handoff request that comes after the bot lost the conversation', () => {
    const decision = decide(waiting, reply({ handoff: { reason: 'Too late.' } }), context);
    expect(decision).toMatchObject({ ok: false, error: { code: 'not_owner' } });
  });

  it(`counts an answer with confidence below ${MIN_BOT_CONFIDENCE} as a miss, and marks it so`, () => {
    const unsure = accepted(withBot, reply({ confidence: MIN_BOT_CONFIDENCE - 0.01 }));
    expect(unsure.control.botMissStreak).toBe(1);
    expect(unsure.entries).toMatchObject([{ kind: 'bot_message', isMiss: true }]);

    const twice = accepted(control({ botMissStreak: 1 }), reply({ confidence: 0.1 }));
    expect(twice.control).toMatchObject({ state: 'waiting', handoff: { trigger: 'low_confidence' } });
  });

  it(`counts an answer with confidence of ${MIN_BOT_CONFIDENCE} or more, or none, as an answer`, () => {
    const afterMiss = control({ botMissStreak: 1 });
    expect(accepted(afterMiss, reply({ confidence: MIN_BOT_CONFIDENCE })).control.botMissStreak).toBe(0);
    expect(accepted(afterMiss, reply({})).control.botMissStreak).toBe(0);
  });

  it('counts a miss the bot reports even when it claims to be confident', () => {
    expect(accepted(withBot, reply({ isMiss: true, confidence: 1 })).control.botMissStreak).toBe(1);
  });
});
