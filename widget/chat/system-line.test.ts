import { describe, expect, it } from 'vitest';
import type { EntryBody } from '../../protocol/entries.js';
import { openingTime, systemLine } from './system-line.js';
import { testEntry } from './test-entry.js';
import { en } from '../i18n/en.js';

const alice = { id: 'a1', name: 'Alice Martin' };
const bob = { id: 'a2', name: 'Bob Stone' };
const line = (body: EntryBody) => systemLine(testEntry(1, body), en, 'en-US');
/** Monday 4 March 2024, 09:30 in the machine's time zone. */
const MONDAY_MORNING = new Date(2024, 2, 4, 9, 30).getTime();

describe('openingTime', () => {
  it('gives the weekday and time in the visitor’s locale', () => {
    expect(openingTime(MONDAY_MORNING, 'en-US')).toBe('Monday 9:30 AM');
    expect(openingTime(MONDAY_MORNING, 'de-DE')).toBe('Montag, 09:30');
  });
});

describe('systemLine', () => {
  const unavailable = { kind: 'handoff_unavailable', trigger: 'visitor_button', reason: '' } as const;

  it('says when the team is back when it is closed, and offers to leave a message', () => {
    expect(line({ ...unavailable, why: 'closed', opensAt: MONDAY_MORNING })).toBe(
      "Nobody from the team is available right now. We're back Monday 9:30 AM. You can leave a message for " +
        'the team below; the assistant can keep helping meanwhile.',
    );
  });

  it('leaves the time out when the relay does not know it', () => {
    expect(line({ ...unavailable, why: 'closed', opensAt: null })).toBe(
      'Nobody from the team is available right now. You can leave a message for the team below; the ' +
        'assistant can keep helping meanwhile.',
    );
  });

  it('says nobody is online within hours', () => {
    expect(line({ ...unavailable, why: 'no_agents', opensAt: null })).toMatch(
      /^Nobody from the team is online right now\. You can leave a message .* meanwhile\.$/,
    );
  });

  it('tells a long wait apart from the offer to leave a message', () => {
    expect(line({ kind: 'wait_escalated', stage: 'reoffered', waitedMs: 60_000 })).toBe(
      'Still looking for someone…',
    );
    expect(line({ kind: 'wait_escalated', stage: 'message_offered', waitedMs: 120_000 })).toMatch(
      /leave a message/,
    );
  });

  it('names both agents of a transfer and never the note', () => {
    expect(line({ kind: 'transferred', from: alice, to: bob, note: null })).toBe(
      'Alice Martin passed you to Bob Stone',
    );
  });

  it('confirms a message left and a rating given', () => {
    expect(line({ kind: 'message_left', email: 'ann@example.com', text: 'Call me' })).toBe(
      'Message left. The team will reply to ann@example.com.',
    );
    expect(line({ kind: 'rated', score: 4, comment: null })).toBe('Thanks for your rating');
  });

  it('shows nothing for an entry only agents may read', () => {
    expect(line({ kind: 'internal' })).toBeNull();
  });

  it('shows nothing for an agent taking over without being asked', () => {
    expect(line({ kind: 'handoff_requested', trigger: 'agent_takeover', reason: '' })).toBeNull();
  });
});
