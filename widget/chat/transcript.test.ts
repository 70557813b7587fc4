import { describe, expect, it } from 'vitest';
import { botEntry, testEntry } from './test-entry.js';
import {
  addEntry,
  applyResume,
  committedClientIds,
  EMPTY_TRANSCRIPT,
  type Transcript,
} from './transcript.js';

function holding(...seqs: number[]): Transcript {
  let transcript = EMPTY_TRANSCRIPT;
  for (const seq of seqs) transcript = addEntry(transcript, testEntry(seq)).transcript;
  return transcript;
}

describe('addEntry', () => {
  it('appends the next seq and adopts its conversation', () => {
    const { transcript, outcome } = addEntry(EMPTY_TRANSCRIPT, testEntry(1));
    expect(outcome).toBe('appended');
    expect(transcript).toMatchObject({ conversationId: 'c1', lastSeq: 1 });
    expect(transcript.entries.map((entry) => entry.seq)).toEqual([1]);
  });

  it('drops an entry it already holds', () => {
    const before = holding(1, 2, 3);
    const { transcript, outcome } = addEntry(before, testEntry(2));
    expect(outcome).toBe('held');
    expect(transcript).toBe(before);
  });

  it('drops a second delivery of the newest entry', () => {
    const before = holding(1, 2);
    expect(addEntry(before, testEntry(2)).outcome).toBe('held');
  });

  it('detects a gap instead of appending out of order', () => {
    const before = holding(1, 2);
    const { transcript, outcome } = addEntry(before, testEntry(4));
    expect(outcome).toBe('gap');
    expect(transcript).toBe(before);
  });

  it('treats an entry of another conversation as foreign', () => {
    const before = holding(1);
    expect(addEntry(before, testEntry(2, undefined, null, 'c2')).outcome).toBe('foreign');
  });

  it('holds an internal entry in its seq, so the next entry follows without a gap', () => {
    const withInternal = addEntry(holding(1), testEntry(2, { kind: 'internal' }));
    expect(withInternal.outcome).toBe('appended');
    expect(addEntry(withInternal.transcript, testEntry(3)).outcome).toBe('appended');
  });

  it('sees a gap when it holds nothing and the entry is not the first', () => {
    expect(addEntry(EMPTY_TRANSCRIPT, testEntry(3)).outcome).toBe('gap');
  });
});

describe('applyResume', () => {
  it('appends the entries after what it holds, dropping the ones it has', () => {
    const { transcript, isComplete } = applyResume(holding(1, 2), {
      conversation: null,
      entries: [testEntry(2), testEntry(3), botEntry(4)],
      isFullResync: false,
      hasMore: false,
    });
    expect(transcript.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
    expect(transcript.lastSeq).toBe(4);
    expect(isComplete).toBe(true);
  });

  it('replaces the transcript on a full resync', () => {
    const { transcript } = applyResume(holding(1, 2, 3), {
      conversation: { id: 'c2', state: 'bot', agent: null, lastSeq: 2 },
      entries: [testEntry(1, undefined, null, 'c2'), { ...botEntry(2, 'fresh'), conversationId: 'c2' }],
      isFullResync: true,
      hasMore: false,
    });
    expect(transcript.conversationId).toBe('c2');
    expect(transcript.entries.map((entry) => [entry.conversationId, entry.seq])).toEqual([
      ['c2', 1],
      ['c2', 2],
    ]);
  });

  it('empties the transcript on a full resync without entries', () => {
    const { transcript } = applyResume(holding(1, 2), {
      conversation: null,
      entries: [],
      isFullResync: true,
      hasMore: false,
    });
    expect(transcript).toEqual(EMPTY_TRANSCRIPT);
  });

  it('asks for more when the relay has more', () => {
    const { isComplete } = applyResume(holding(1), {
      conversation: null,
      entries: [testEntry(2)],
      isFullResync: false,
      hasMore: true,
    });
    expect(isComplete).toBe(false);
  });

  it('stops at a gap and asks again', () => {
    const { transcript, isComplete } = applyResume(holding(1), {
      conversation: null,
      entries: [testEntry(2), testEntry(4)],
      isFullResync: false,
      hasMore: false,
    });
    expect(transcript.lastSeq).toBe(2);
    expect(isComplete).toBe(false);
  });

  it('keeps seq order across pages', () => {
    const first = applyResume(EMPTY_TRANSCRIPT, {
      conversation: null,
      entries: [testEntry(1), botEntry(2)],
      isFullResync: false,
      hasMore: true,
    });
    const second = applyResume(first.transcript, {
      conversation: null,
      entries: [testEntry(3), botEntry(4)],
      isFullResync: false,
      hasMore: false,
    });
    expect(second.transcript.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
  });
});

describe('committedClientIds', () => {
  it('lists the client ids of committed entries', () => {
    const transcript = addEntry(EMPTY_TRANSCRIPT, testEntry(1, undefined, 'client-a')).transcript;
    expect([...committedClientIds(addEntry(transcript, botEntry(2)).transcript)]).toEqual(['client-a']);
  });
});
