import { describe, expect, it } from 'vitest';
import { createOutbox } from './outbox.js';

/** A visitor socket that holds each send until the test acknowledges it. */
function fakeVisitor() {
  /** @type {{ payload: unknown, ack: (data: string) => void }[]} */
  const inFlight = [];
  return {
    inFlight,
    /** @type {(event: string, payload: unknown, onAck: (data: string) => void) => void} */
    send(_event, payload, onAck) {
      inFlight.push({ payload, ack: onAck });
    },
    acknowledgeOldest() {
      inFlight.shift()?.ack('[{"ok":true}]');
    },
  };
}

describe('createOutbox', () => {
  it('sends a message at once when nothing is in flight', () => {
    const visitor = fakeVisitor();
    const outbox = createOutbox(visitor, 'hi', () => {});
    expect(outbox.add('a')).toBe(false);
    expect(visitor.inFlight.map((sent) => sent.payload)).toEqual([{ clientId: 'a', text: 'hi' }]);
  });

  it('holds later messages back until the one in flight is acknowledged, in order', () => {
    const visitor = fakeVisitor();
    /** @type {string[]} */
    const acks = [];
    const outbox = createOutbox(visitor, 'hi', (data) => acks.push(data));
    outbox.add('a');
    expect(outbox.add('b')).toBe(true);
    expect(outbox.add('c')).toBe(true);
    expect(visitor.inFlight).toHaveLength(1);

    visitor.acknowledgeOldest();
    expect(visitor.inFlight.map((sent) => sent.payload)).toEqual([{ clientId: 'b', text: 'hi' }]);
    visitor.acknowledgeOldest();
    visitor.acknowledgeOldest();
    expect(visitor.inFlight).toHaveLength(0);
    expect(acks).toHaveLength(3);
  });

  it('sends at once again once it has emptied', () => {
    const visitor = fakeVisitor();
    const outbox = createOutbox(visitor, 'hi', () => {});
    outbox.add('a');
    visitor.acknowledgeOldest();
    expect(outbox.add('b')).toBe(false);
    expect(visitor.inFlight).toHaveLength(1);
  });
});
