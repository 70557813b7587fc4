import { describe, expect, it } from 'vitest';
import { createDisplayedTranscript } from './displayed-transcript.js';

/** @param {number} seq @param {string} [conversationId] @returns {import('../../protocol/entries.js').Entry} */
const entry = (seq, conversationId = 'c1') => ({
  kind: 'reopened',
  conversationId,
  seq,
  at: 0,
  clientId: null,
});

describe('createDisplayedTranscript', () => {
  it('appends the next seq and drops one it already holds', () => {
    const transcript = createDisplayedTranscript(null);
    expect(transcript.receive(entry(1))).toBe('appended');
    expect(transcript.receive(entry(1))).toBe('held');
    expect(transcript.conversationId()).toBe('c1');
    expect(transcript.shown().map((shown) => shown.seq)).toEqual([1]);
    expect(transcript.stats()).toMatchObject({ received: 2, redelivered: 1 });
  });

  it('leaves an entry past a gap for a resume, and another conversation alone', () => {
    const transcript = createDisplayedTranscript('c1');
    expect(transcript.receive(entry(2))).toBe('gap');
    expect(transcript.receive(entry(1, 'c2'))).toBe('foreign');
    expect(transcript.lastSeq()).toBe(0);
  });

  it('starts again from the first seq of a full resync', () => {
    const transcript = createDisplayedTranscript('c1');
    transcript.receive(entry(1));
    transcript.replace('c2', 1);
    expect(transcript.shown()).toEqual([]);
    expect(transcript.receive(entry(1, 'c2'))).toBe('appended');
  });
});
