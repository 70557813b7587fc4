import { describe, expect, it } from 'vitest';
import type { EntryBody } from '../../protocol/entries.js';
import { offeredForm } from './form-offer.js';
import { botEntry, testEntry } from './test-entry.js';

const alice = { id: 'a1', name: 'Alice' };
const resolved: EntryBody = { kind: 'resolved', agent: alice };
const unavailable: EntryBody = {
  kind: 'handoff_unavailable',
  trigger: 'visitor_button',
  reason: '',
  why: 'no_agents',
  opensAt: null,
};
const log = (...bodies: EntryBody[]) => bodies.map((body, index) => testEntry(index + 1, body));

describe('offeredForm: rating', () => {
  it('offers a rating after the conversation is resolved', () => {
    expect(offeredForm(log({ kind: 'agent_message', text: 'Done', agent: alice }, resolved))).toEqual({
      kind: 'rating',
      seq: 2,
    });
  });

  it('still offers it after entries only agents may read', () => {
    expect(offeredForm(log(resolved, { kind: 'internal' }, { kind: 'internal' }))).toEqual({
      kind: 'rating',
      seq: 1,
    });
  });

  it('offers no rating once rated', () => {
    expect(offeredForm(log(resolved, { kind: 'rated', score: 5, comment: null }))).toBeNull();
  });

  it('offers no rating once a new message reopened the conversation', () => {
    expect(
      offeredForm(log(resolved, { kind: 'reopened' }, { kind: 'visitor_message', text: 'One more thing' })),
    ).toBeNull();
  });

  it('offers no rating for a conversation closed for being idle', () => {
    expect(offeredForm(log({ kind: 'idle_closed', idleMs: 1 }))).toBeNull();
  });
});

describe('offeredForm: leaving a message', () => {
  it('offers it when nobody can take the chat, while the visitor goes on with the assistant', () => {
    const entries = [
      ...log({ kind: 'visitor_message', text: 'Help' }, unavailable),
      testEntry(3),
      botEntry(4),
    ];
    expect(offeredForm(entries)).toEqual({ kind: 'lead', seq: 2 });
  });

  it('offers it when a long wait is escalated to it, not when agents are only asked again', () => {
    const asked: EntryBody = { kind: 'handoff_requested', trigger: 'visitor_button', reason: '' };
    expect(offeredForm(log(asked, { kind: 'wait_escalated', stage: 'reoffered', waitedMs: 1 }))).toBeNull();
    expect(
      offeredForm(
        log(
          asked,
          { kind: 'wait_escalated', stage: 'reoffered', waitedMs: 1 },
          { kind: 'wait_escalated', stage: 'message_offered', waitedMs: 2 },
        ),
      ),
    ).toEqual({ kind: 'lead', seq: 3 });
  });

  it('keeps offering it when the wait times out', () => {
    const entries = log(
      { kind: 'wait_escalated', stage: 'message_offered', waitedMs: 2 },
      { kind: 'wait_timed_out', waitedMs: 3 },
    );
    expect(offeredForm(entries)).toEqual({ kind: 'lead', seq: 1 });
  });

  it('ends the offer once a message is left or a person joins', () => {
    expect(offeredForm(log(unavailable, { kind: 'message_left', email: 'a@b.co', text: 'Hi' }))).toBeNull();
    expect(
      offeredForm(
        log(
          { kind: 'wait_escalated', stage: 'message_offered', waitedMs: 2 },
          { kind: 'agent_joined', agent: alice },
        ),
      ),
    ).toBeNull();
  });
});
