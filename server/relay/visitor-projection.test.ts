import { describe, expect, it } from 'vitest';
import type { Entry } from '../../protocol/entries.js';
import { forVisitor } from './visitor-projection.js';

const alice = { id: 'agent-alice', name: 'Alice' };
const bob = { id: 'agent-bob', name: 'Bob' };
const placed = { conversationId: 'c1', seq: 4, at: 1000, clientId: 'note-1' };

describe('forVisitor', () => {
  it('hides a private note behind an internal entry at the same seq, without its client id', () => {
    const note: Entry = { ...placed, kind: 'note_added', agent: alice, text: 'Refund approved' };
    expect(forVisitor(note)).toEqual({
      kind: 'internal',
      conversationId: 'c1',
      seq: 4,
      at: 1000,
      clientId: null,
    });
  });

  it('keeps a transfer but drops its note', () => {
    const transfer: Entry = {
      ...placed,
      clientId: null,
      kind: 'transferred',
      from: alice,
      to: bob,
      note: 'VIP',
    };
    expect(forVisitor(transfer)).toEqual({ ...transfer, note: null });
  });

  it('passes the visitor’s own and the agents’ messages as they are', () => {
    const message: Entry = { ...placed, kind: 'agent_message', agent: alice, text: 'Hello' };
    expect(forVisitor(message)).toBe(message);
  });
});
