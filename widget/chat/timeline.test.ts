import { describe, expect, it } from 'vitest';
import { enqueue, setStatus } from './outbox.js';
import { botEntry, testEntry } from './test-entry.js';
import { buildTimeline, offeredQuickReplies } from './timeline.js';
import { en } from '../i18n/en.js';

const alice = { id: 'a1', name: 'Alice Martin' };

describe('buildTimeline', () => {
  it('shows a pending message after the committed entries', () => {
    const outbox = enqueue([], 'p1', 'Is it in stock?');
    const items = buildTimeline([testEntry(1)], outbox, en);
    expect(items.map((item) => [item.speaker, item.text])).toEqual([
      ['visitor', 'message 1'],
      ['visitor', 'Is it in stock?'],
    ]);
    expect(items[1]).toMatchObject({ key: 'client:p1', pending: { status: 'queued' } });
  });

  it('replaces a pending message by its committed entry under the same key, never twice', () => {
    const outbox = setStatus(enqueue([], 'p1', 'Hello'), 'p1', 'sent');
    const items = buildTimeline([testEntry(1, { kind: 'visitor_message', text: 'Hello' }, 'p1')], outbox, en);
    expect(items).toEqual([{ key: 'client:p1', speaker: 'visitor', text: 'Hello', pending: null }]);
  });

  it('links only http and https sources', () => {
    const [item] = buildTimeline(
      [
        testEntry(1, {
          kind: 'bot_message',
          text: 'Returns are free.',
          isMiss: false,
          sources: [
            { title: 'Returns', url: 'https://shop.example/returns' },
            { title: 'Trick', url: 'javascript:alert(1)' },
            { title: 'Handbook', url: null },
          ],
        }),
      ],
      [],
      en,
    );
    expect(item).toMatchObject({
      speaker: 'assistant',
      sources: [
        { title: 'Returns', href: 'https://shop.example/returns' },
        { title: 'Trick', href: null },
        { title: 'Handbook', href: null },
      ],
    });
  });

  it('resolves a relative source against the host page, never against the relay', () => {
    const [item] = buildTimeline(
      [
        testEntry(1, {
          kind: 'bot_message',
          text: 'Returns are free.',
          isMiss: false,
          sources: [
            { title: 'Returns', url: '/returns.html' },
            { title: 'Trick', url: 'javascript:alert(1)' },
          ],
        }),
      ],
      [],
      en,
      'https://shop.example/products/jacket?colour=red',
    );
    expect(item).toMatchObject({
      sources: [
        { title: 'Returns', href: 'https://shop.example/returns.html' },
        { title: 'Trick', href: null },
      ],
    });
  });

  it('names the agent and gives initials for the avatar', () => {
    const [item] = buildTimeline([testEntry(1, { kind: 'agent_message', text: 'Hi', agent: alice })], [], en);
    expect(item).toMatchObject({ speaker: 'agent', agentName: 'Alice Martin', initials: 'AM' });
  });

  it('writes a line for each change of who is answering', () => {
    const items = buildTimeline(
      [
        testEntry(1, { kind: 'handoff_requested', trigger: 'visitor_button', reason: '' }),
        testEntry(2, { kind: 'agent_joined', agent: alice }),
        testEntry(3, { kind: 'handed_back', agent: alice }),
        testEntry(4, { kind: 'handoff_requested', trigger: 'bot_misses', reason: '' }),
        testEntry(5, { kind: 'handoff_requested', trigger: 'agent_takeover', reason: '' }),
        testEntry(6, { kind: 'resolved', agent: alice }),
        testEntry(7, { kind: 'reopened' }),
        testEntry(8, { kind: 'handoff_requested', trigger: 'bot_request', reason: 'Refund over £500.' }),
        testEntry(9, { kind: 'handoff_requested', trigger: 'visitor_phrase', reason: '' }),
      ],
      [],
      en,
    );
    expect(items.map((item) => item.text)).toEqual([
      'You asked for a person. Someone will join shortly.',
      'Alice Martin joined the conversation',
      'Alice Martin handed you back to the assistant',
      'Let me get a person to help you.',
      'Alice Martin marked the conversation as resolved',
      'Conversation reopened',
      'Let me get a person to help you.',
      'You asked for a person. Someone will join shortly.',
    ]);
  });
});

describe('offeredQuickReplies', () => {
  const offer = testEntry(2, {
    kind: 'bot_message',
    text: 'Anything else?',
    sources: [],
    isMiss: false,
    quickReplies: [
      { title: 'Yes', payload: '/affirm' },
      { title: 'No', payload: '/deny' },
    ],
  });

  it('offers the labels of the quick replies of the assistant’s newest message', () => {
    expect(offeredQuickReplies(buildTimeline([testEntry(1), offer], [], en))).toEqual(['Yes', 'No']);
  });

  it('stops offering them once anything else is said, even a message still being sent', () => {
    expect(offeredQuickReplies(buildTimeline([testEntry(1), offer, testEntry(3)], [], en))).toEqual([]);
    expect(offeredQuickReplies(buildTimeline([offer, botEntry(3)], [], en))).toEqual([]);
    expect(offeredQuickReplies(buildTimeline([offer], enqueue([], 'p1', 'Yes'), en))).toEqual([]);
  });

  it('stops offering them when the visitor is handed to a person', () => {
    const handoff = testEntry(3, { kind: 'handoff_requested', trigger: 'bot_request', reason: 'Asked.' });
    expect(offeredQuickReplies(buildTimeline([offer, handoff], [], en))).toEqual([]);
  });

  it('offers nothing for a message without quick replies, or before anything is said', () => {
    expect(offeredQuickReplies(buildTimeline([botEntry(1)], [], en))).toEqual([]);
    expect(offeredQuickReplies([])).toEqual([]);
  });
});

describe('buildTimeline: changes of who answers', () => {
  it('shows the joining agent’s initials beside the line', () => {
    const items = buildTimeline(
      [
        testEntry(1, { kind: 'agent_joined', agent: alice }),
        testEntry(2, { kind: 'transferred', from: alice, to: { id: 'a2', name: 'Bob' }, note: null }),
        testEntry(3, { kind: 'handed_back', agent: { id: 'a2', name: 'Bob' } }),
      ],
      [],
      en,
    );
    expect(items.map((item) => item.speaker === 'system' && [item.text, item.initials])).toEqual([
      ['Alice Martin joined the conversation', 'AM'],
      ['Alice Martin passed you to Bob', 'B'],
      ['Bob handed you back to the assistant', null],
    ]);
  });

  it('shows no line for an internal entry and keeps the lines around it', () => {
    const items = buildTimeline([testEntry(1), testEntry(2, { kind: 'internal' }), botEntry(3)], [], en);
    expect(items.map((item) => item.key)).toEqual(['seq:1', 'seq:3']);
    expect(offeredQuickReplies(items)).toEqual([]);
  });
});
