import { describe, expect, it } from 'vitest';
import {
  enqueue,
  nextToSend,
  parseOutbox,
  removePending,
  requeueInFlight,
  serialiseOutbox,
  setStatus,
  settle,
  type PendingMessage,
} from './outbox.js';

function outboxOf(...ids: string[]): PendingMessage[] {
  return ids.reduce<PendingMessage[]>((outbox, id) => enqueue(outbox, id, `text ${id}`), []);
}

describe('outbox', () => {
  it('sends the oldest queued message first', () => {
    const outbox = setStatus(outboxOf('a', 'b', 'c'), 'a', 'sent');
    expect(nextToSend(outbox)?.clientId).toBe('b');
  });

  it('keeps the order messages were written in', () => {
    const outbox = setStatus(outboxOf('a', 'b', 'c'), 'b', 'failed', 'Too many messages.');
    expect(outbox.map((message) => message.clientId)).toEqual(['a', 'b', 'c']);
    expect(outbox[1]).toMatchObject({ status: 'failed', error: 'Too many messages.' });
  });

  it('queues an unacknowledged message again with the same client id', () => {
    const sending = setStatus(outboxOf('a', 'b'), 'a', 'sending');
    const requeued = requeueInFlight(sending);
    expect(requeued[0]).toEqual({ clientId: 'a', text: 'text a', status: 'queued', error: null });
    expect(nextToSend(requeued)?.clientId).toBe('a');
  });

  it('returns the same outbox when nothing is in flight', () => {
    const outbox = outboxOf('a');
    expect(requeueInFlight(outbox)).toBe(outbox);
  });

  it('drops a message once its committed entry arrives', () => {
    const outbox = outboxOf('a', 'b');
    expect(settle(outbox, new Set(['a'])).map((message) => message.clientId)).toEqual(['b']);
    expect(settle(outbox, new Set(['z']))).toBe(outbox);
  });

  it('removes a message', () => {
    expect(removePending(outboxOf('a', 'b'), 'a').map((message) => message.clientId)).toEqual(['b']);
  });
});

describe('outbox persistence', () => {
  it('round-trips through storage with client ids, text, order and refusals', () => {
    let outbox = outboxOf('a', 'b', 'c');
    outbox = setStatus(outbox, 'a', 'sent');
    outbox = setStatus(outbox, 'b', 'failed', 'Refused.');
    outbox = setStatus(outbox, 'c', 'sending');
    expect(parseOutbox(serialiseOutbox(outbox))).toEqual([
      { clientId: 'a', text: 'text a', status: 'queued', error: null },
      { clientId: 'b', text: 'text b', status: 'failed', error: 'Refused.' },
      { clientId: 'c', text: 'text c', status: 'queued', error: null },
    ]);
  });

  it('reads nothing from missing or malformed storage', () => {
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox('{not json')).toEqual([]);
    expect(parseOutbox('{"clientId":"a"}')).toEqual([]);
  });

  it('skips malformed and repeated items', () => {
    const raw = JSON.stringify([
      { clientId: 'a', text: 'one' },
      { clientId: 'a', text: 'again' },
      { clientId: 7, text: 'bad id' },
      null,
      { clientId: 'b', text: 'two', error: 42 },
    ]);
    expect(parseOutbox(raw).map((message) => [message.clientId, message.text])).toEqual([
      ['a', 'one'],
      ['b', 'two'],
    ]);
  });
});
