import { describe, expect, it } from 'vitest';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import { createCommitBatcher } from './commit-batcher.js';
import type { CommitRequest, CommitResult } from './store.js';

const { version: _version, ...control } = NEW_CONVERSATION_CONTROL;

function request(conversationId: string): CommitRequest {
  return { conversationId, expectedVersion: 0, control, entries: [], at: 0 };
}

/** A transaction writer that records each batch it is given and fails any batch containing `poison`. */
function recordingWriter() {
  const batches: string[][] = [];
  const commitMany = async (requests: readonly CommitRequest[]): Promise<CommitResult[]> => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    batches.push(requests.map((item) => item.conversationId));
    if (requests.some((item) => item.conversationId === 'poison')) throw new Error('constraint failed');
    return requests.map(() => ({ status: 'conflict' }));
  };
  return { batches, commitMany };
}

describe('createCommitBatcher', () => {
  it('writes requests made together in one transaction, in arrival order', async () => {
    const { batches, commitMany } = recordingWriter();
    const commit = createCommitBatcher(commitMany);
    await Promise.all(['a', 'b', 'c'].map((id) => commit(request(id))));
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('gathers requests made while a batch is written into the next one', async () => {
    const { batches, commitMany } = recordingWriter();
    const commit = createCommitBatcher(commitMany);
    const first = commit(request('a'));
    await new Promise((resolve) => setTimeout(resolve, 1));
    await Promise.all([first, commit(request('b')), commit(request('c'))]);
    expect(batches).toEqual([['a'], ['b', 'c']]);
  });

  it('retries a failed batch one request at a time, failing only the bad one', async () => {
    const { batches, commitMany } = recordingWriter();
    const commit = createCommitBatcher(commitMany);
    const outcomes = await Promise.allSettled(['a', 'poison', 'b'].map((id) => commit(request(id))));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([['a', 'poison', 'b'], ['a'], ['poison'], ['b']]);
  });
});
