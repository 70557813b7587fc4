import { describe, expect, it } from 'vitest';
import type { HandoffTrigger } from '../../protocol/entries.js';
import { botEntry, testEntry } from './test-entry.js';
import { countUnread, isFromOthers } from './unread.js';

const alice = { id: 'a1', name: 'Alice Martin' };

describe('countUnread', () => {
  const entries = [
    testEntry(1),
    botEntry(2),
    testEntry(3, { kind: 'handoff_requested', trigger: 'visitor_button', reason: 'Asked.' }),
    testEntry(4, { kind: 'agent_joined', agent: alice }),
    testEntry(5, { kind: 'agent_message', text: 'Hello', agent: alice }),
    testEntry(6),
  ];

  it('counts bot, agent and system entries after the seen seq', () => {
    expect(countUnread(entries, 2)).toBe(2);
  });

  it('counts nothing the visitor has seen', () => {
    expect(countUnread(entries, 6)).toBe(0);
  });

  it('never counts the visitor’s own messages or requests', () => {
    expect(countUnread(entries, 0)).toBe(3);
  });
});

describe('isFromOthers', () => {
  it('does not count what the visitor did, nor an entry only agents may read', () => {
    expect(isFromOthers(testEntry(1, { kind: 'internal' }))).toBe(false);
    expect(isFromOthers(testEntry(1, { kind: 'message_left', email: 'a@b.co', text: 'Hi' }))).toBe(false);
    expect(isFromOthers(testEntry(1, { kind: 'rated', score: 5, comment: null }))).toBe(false);
  });

  it('counts news of nobody being available', () => {
    const entry = testEntry(1, {
      kind: 'handoff_unavailable',
      trigger: 'visitor_button',
      reason: '',
      why: 'no_agents',
      opensAt: null,
    });
    expect(isFromOthers(entry)).toBe(true);
  });

  it('counts a handoff the bot or an agent started, not one the visitor asked for', () => {
    const handoff = (trigger: HandoffTrigger) =>
      testEntry(1, { kind: 'handoff_requested', trigger, reason: '' });
    expect(isFromOthers(handoff('visitor_phrase'))).toBe(false);
    expect(isFromOthers(handoff('visitor_button'))).toBe(false);
    expect(isFromOthers(handoff('bot_misses'))).toBe(true);
    expect(isFromOthers(handoff('bot_request'))).toBe(true);
    expect(isFromOthers(handoff('agent_takeover'))).toBe(true);
    expect(isFromOthers(testEntry(1, { kind: 'reopened' }))).toBe(false);
    expect(isFromOthers(testEntry(1, { kind: 'resolved', agent: alice }))).toBe(true);
  });
});
