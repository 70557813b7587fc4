import { describe, expect, it } from 'vitest';
import type { PendingMessage } from './outbox.js';
import { addEntries, addEntry, createTimeline, timelineItems } from './timeline.js';
import { agentEntry, visitorEntry } from './test-fixtures.js';

function timelineOf(...seqs: number[]) {
  return addEntries(
    createTimeline('c1'),
    seqs.map((seq) => visitorEntry(seq)),
  ).timeline;
}

function pending(clientId: string, conversationId = 'c1'): PendingMessage {
  return { kind: 'message', clientId, conversationId, text: 'hi', status: 'sending', error: null };
}

describe('addEntry', () => {
  it('appends the entry right after lastSeq', () => {
    const { timeline, outcome } = addEntry(timelineOf(1, 2), visitorEntry(3));
    expect(outcome).toBe('appended');
    expect(timeline.lastSeq).toBe(3);
    expect(timeline.entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
  });

  it('drops an entry it already holds', () => {
    const held = timelineOf(1, 2);
    const { timeline, outcome } = addEntry(held, visitorEntry(2));
    expect(outcome).toBe('held');
    expect(timeline).toBe(held);
  });

  it('reports a gap and keeps the timeline when entries are missing', () => {
    const held = timelineOf(1);
    const { timeline, outcome } = addEntry(held, visitorEntry(3));
    expect(outcome).toBe('gap');
    expect(timeline).toBe(held);
  });

  it('drops an entry of another conversation', () => {
    expect(addEntry(timelineOf(1), visitorEntry(2, { conversationId: 'c2' })).outcome).toBe('foreign');
  });
});

describe('addEntries', () => {
  it('appends a page of entries and skips those already held', () => {
    const { timeline, hasGap } = addEntries(
      timelineOf(1, 2),
      [2, 3, 4].map((seq) => visitorEntry(seq)),
    );
    expect(hasGap).toBe(false);
    expect(timeline.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
  });

  it('stops at the first gap so the caller asks again from lastSeq', () => {
    const { timeline, hasGap } = addEntries(
      timelineOf(1),
      [2, 4, 5].map((seq) => visitorEntry(seq)),
    );
    expect(hasGap).toBe(true);
    expect(timeline.lastSeq).toBe(2);
  });
});

describe('timelineItems', () => {
  it('shows pending messages of this conversation after the committed entries', () => {
    const items = timelineItems(timelineOf(1), [pending('m1'), pending('m2', 'c2')]);
    expect(items.map((item) => item.kind)).toEqual(['entry', 'pending']);
  });

  it('shows a message once when its committed entry has arrived', () => {
    const { timeline } = addEntry(timelineOf(1), agentEntry(2, 'm1'));
    const items = timelineItems(timeline, [pending('m1')]);
    expect(items.map((item) => (item.kind === 'entry' ? item.entry.seq : item.message.clientId))).toEqual([
      1, 2,
    ]);
  });
});
