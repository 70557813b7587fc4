import { describe, expect, it } from 'vitest';
import { removePending, settleOutbox, unacknowledged, updatePending, type PendingMessage } from './outbox.js';
import { agentEntry, visitorEntry } from './test-fixtures.js';

function message(clientId: string, status: PendingMessage['status'] = 'sending'): PendingMessage {
  return { kind: 'message', clientId, conversationId: 'c1', text: 'hi', status, error: null };
}

describe('settleOutbox', () => {
  it('replaces a pending message by the committed entry with the same client id', () => {
    expect(settleOutbox([message('m1'), message('m2')], [agentEntry(4, 'm1')])).toEqual([message('m2')]);
  });

  it('keeps messages when the client id belongs to another conversation', () => {
    expect(settleOutbox([message('m1')], [agentEntry(4, 'm1', 'c2')])).toEqual([message('m1')]);
  });

  it('keeps messages when entries carry no client id', () => {
    expect(settleOutbox([message('m1')], [visitorEntry(4)])).toEqual([message('m1')]);
  });
});

describe('outbox changes', () => {
  it('marks one message and leaves the others', () => {
    const outbox = updatePending([message('m1'), message('m2')], 'm2', 'failed', 'Not yours.');
    expect(outbox).toEqual([message('m1'), { ...message('m2', 'failed'), error: 'Not yours.' }]);
  });

  it('resends only the messages never acknowledged', () => {
    const outbox = [
      message('a', 'unsent'),
      message('b', 'sent'),
      message('c', 'failed'),
      message('d', 'unsent'),
    ];
    expect(unacknowledged(outbox).map((m) => m.clientId)).toEqual(['a', 'd']);
  });

  it('removes a discarded message', () => {
    expect(removePending([message('m1'), message('m2')], 'm1')).toEqual([message('m2')]);
  });
});
