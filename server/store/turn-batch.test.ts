import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createTurnBatch, MAX_ITEMS_PER_DELIVERY } from './turn-batch.js';

/** A turn batch of numbers, and every delivery it has made so far. */
function recordingBatch() {
  const deliveries: number[][] = [];
  return { send: createTurnBatch((items: number[]) => deliveries.push(items)), deliveries };
}

const upTo = (count: number, from = 0) => Array.from({ length: count }, (_, index) => from + index);

describe('a turn batch', () => {
  it('delivers what one turn sent together, once that turn is done', async () => {
    const { send, deliveries } = recordingBatch();
    send(1);
    send(2);
    send(3);

    expect(deliveries).toEqual([]);
    await nextTurn();
    expect(deliveries).toEqual([[1, 2, 3]]);
  });

  it('delivers at once when a group is full, and the rest after the turn', async () => {
    const { send, deliveries } = recordingBatch();
    for (const item of upTo(MAX_ITEMS_PER_DELIVERY + 2)) send(item);

    expect(deliveries).toEqual([upTo(MAX_ITEMS_PER_DELIVERY)]);
    await nextTurn();
    expect(deliveries).toEqual([upTo(MAX_ITEMS_PER_DELIVERY), upTo(2, MAX_ITEMS_PER_DELIVERY)]);
  });

  it('makes no empty delivery after a turn whose items filled a group exactly', async () => {
    const { send, deliveries } = recordingBatch();
    for (const item of upTo(MAX_ITEMS_PER_DELIVERY)) send(item);
    await nextTurn();

    expect(deliveries).toEqual([upTo(MAX_ITEMS_PER_DELIVERY)]);
  });

  it('delivers each turn’s items apart, in the order they were sent', async () => {
    const { send, deliveries } = recordingBatch();
    send(1);
    await nextTurn();
    send(2);
    send(3);
    await nextTurn();

    expect(deliveries).toEqual([[1], [2, 3]]);
  });
});
