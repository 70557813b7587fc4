import { describe, expect, it } from 'vitest';
import { EMPTY_VISITOR_RECORD, parseVisitorRecord, serialiseVisitorRecord } from './visitor-record.js';

const TOKEN = 'tok_abcdefghijklmnop';

describe('visitor record', () => {
  it('round-trips through storage', () => {
    const record = { token: TOKEN, conversationId: 'c1', seenSeq: 7 };
    expect(parseVisitorRecord(serialiseVisitorRecord(record))).toEqual(record);
  });

  it('starts as a new visitor when nothing or something malformed is stored', () => {
    expect(parseVisitorRecord(null)).toEqual(EMPTY_VISITOR_RECORD);
    expect(parseVisitorRecord('nope')).toEqual(EMPTY_VISITOR_RECORD);
    expect(parseVisitorRecord('{"token":"short"}')).toEqual(EMPTY_VISITOR_RECORD);
  });

  it('drops a malformed conversation id or seen seq but keeps the token', () => {
    const raw = JSON.stringify({ token: TOKEN, conversationId: '../x', seenSeq: -3 });
    expect(parseVisitorRecord(raw)).toEqual({ token: TOKEN, conversationId: null, seenSeq: 0 });
  });
});
